package io.restgres.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One row per SQLSTATE rule of PostgREST's mapSQLtoHTTP. */
class PgErrorStatusTest {
  @ParameterizedTest(name = "{0} {1} authenticated={2} -> {3}")
  @CsvSource(delimiter = '|', value = {
    "08006|connection failure|false|503",
    "09000|x|false|500",
    "0L000|x|false|403",
    "0P000|x|false|403",
    "21000|UPDATE requires a WHERE clause|false|400",
    "21000|more than one row|false|500",
    "22023|role \"nobody\" does not exist|true|401",
    "22023|invalid value|false|400",
    "23503|fk|false|409",
    "23505|unique|false|409",
    "25006|read-only|false|405",
    "25001|x|false|500",
    "28000|x|false|403",
    "2D000|x|false|500",
    "38000|x|false|500",
    "39000|x|false|500",
    "3B000|x|false|500",
    "40001|x|false|500",
    "53400|x|false|500",
    "53100|x|false|503",
    "54001|x|false|500",
    "55000|x|false|500",
    "57P01|x|false|503",
    "57014|timeout|false|500",
    "58000|x|false|500",
    "F0000|x|false|500",
    "HV000|x|false|500",
    "P0001|raised|false|400",
    "P0002|x|false|500",
    "XX000|x|false|500",
    "42883|function xmlagg(x) does not exist|false|406",
    "42883|function f() does not exist|false|404",
    "42P01|x|false|404",
    "42P17|x|false|500",
    "42501|denied|false|401",
    "42501|denied|true|403",
    "PT402|payment|false|402",
    "PTxyz|bad|false|500",
    "42703|column|false|400",
    "23502|not null|false|400",
    "23514|check|false|400",
    "22P02|syntax|false|400"
  })
  void status(String state, String message, boolean authenticated, int expected) {
    assertEquals(expected, PgErrorStatus.of(state, message, authenticated));
  }
}
