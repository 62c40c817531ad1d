package io.restgres.sql;

import static io.restgres.plan.RpcFixtures.call;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.sql.Types;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whole call statements, text plus parameters. */
class CallSqlTest {
  private static final String TAIL = " AS body, nullif(current_setting('response.headers', true), '') AS response_headers,"
      + " nullif(current_setting('response.status', true), '') AS response_status FROM (SELECT * FROM pgrst_source)"
      + " _postgrest_t";

  private static SqlParam unknown(String value) {
    return new SqlParam(value, Types.OTHER);
  }

  @Test
  void scalar_get_bindsEachValueCastToItsParameterType() {
    Sql sql = CallSql.main(call("GET", "rpc/add_them?a=1&b=2", ""));
    assertEquals("WITH pgrst_source AS (SELECT \"add_them\".* FROM (SELECT \"api\".\"add_them\"(\"a\" := ?::integer,"
        + " \"b\" := ?::integer) AS pgrst_scalar) AS \"add_them\") SELECT NULL::bigint AS total_result_set,"
        + " pg_catalog.count(_postgrest_t) AS page_total,"
        + " coalesce((json_agg(_postgrest_t.pgrst_scalar)->0)::text, 'null')" + TAIL, sql.text());
    assertEquals(List.of(unknown("1"), unknown("2")), sql.params());
  }

  @Test
  void post_readsArgumentsWithJsonToRecord() {
    Sql sql = CallSql.from(call("POST", "rpc/add_them", "{\"a\":1,\"b\":2}"));
    assertEquals("json_to_record(?::json) AS pgrst_body(\"a\" integer, \"b\" integer), LATERAL"
        + " (SELECT \"api\".\"add_them\"(\"a\" := pgrst_body.\"a\", \"b\" := pgrst_body.\"b\") AS pgrst_scalar)"
        + " AS \"add_them\"", sql.text());
    assertEquals(List.of(unknown("{\"a\":1,\"b\":2}")), sql.params());
  }

  @Test
  void postArray_readsOnlyTheFirstObject() {
    Sql sql = CallSql.from(call("POST", "rpc/add_them", "[{\"a\":1,\"b\":2},{\"a\":3,\"b\":4}]"));
    assertEquals("(SELECT * FROM json_to_recordset(?::json) AS _(\"a\" integer, \"b\" integer) LIMIT 1)"
        + " AS pgrst_body, LATERAL (SELECT \"api\".\"add_them\"(\"a\" := pgrst_body.\"a\", \"b\" := pgrst_body.\"b\")"
        + " AS pgrst_scalar) AS \"add_them\"", sql.text());
    assertEquals(List.of(unknown("[{\"a\":1,\"b\":2},{\"a\":3,\"b\":4}]")), sql.params());
  }

  @Test
  void wholeBody_isTheSingleArgument() {
    Sql sql = CallSql.from(call("POST", "rpc/echo", "{\"x\": [1]}"));
    assertEquals("(SELECT \"api\".\"echo\"(?::jsonb) AS pgrst_scalar) AS \"echo\"", sql.text());
    assertEquals(List.of(unknown("{\"x\": [1]}")), sql.params());
  }

  @Test
  void emptyName_bodyGoesByPosition() {
    Sql sql = CallSql.from(call("POST", "rpc/poly", "{\"\": \"test\"}"));
    assertEquals("(SELECT \"api\".\"poly\"(?::text) AS pgrst_scalar) AS \"poly\"", sql.text());
    assertEquals(List.of(unknown("{\"\": \"test\"}")), sql.params());
  }

  @Test
  void octetStream_isBoundAsBytes() {
    Sql sql = CallSql.from(call("POST", "rpc/upload", "application/octet-stream", "bytes"));
    assertEquals("(SELECT \"api\".\"upload\"(?) AS pgrst_scalar) AS \"upload\"", sql.text());
    assertEquals(Types.BINARY, sql.params().get(0).jdbcType());
    assertArrayEquals("bytes".getBytes(StandardCharsets.UTF_8), (byte[]) sql.params().get(0).value());
  }

  @Test
  void variadic_repeatedValuesAreOneArray() {
    Sql get = CallSql.from(call("GET", "rpc/words?sep=-&w=a&w=b%2Cc", ""));
    assertEquals("(SELECT \"api\".\"words\"(\"sep\" := ?::text, VARIADIC \"w\" := ?::text[]) AS pgrst_scalar)"
        + " AS \"words\"", get.text());
    assertEquals(List.of(unknown("-"), unknown("{\"a\",\"b,c\"}")), get.params());
    Sql post = CallSql.from(call("POST", "rpc/words", "{\"sep\":\"-\",\"w\":[\"a\"]}"));
    assertEquals("json_to_record(?::json) AS pgrst_body(\"sep\" text, \"w\" text[]), LATERAL (SELECT"
        + " \"api\".\"words\"(\"sep\" := pgrst_body.\"sep\", VARIADIC \"w\" := pgrst_body.\"w\") AS pgrst_scalar)"
        + " AS \"words\"", post.text());
  }

  @Test
  void characterParameter_castToCharacterVarying() {
    Sql sql = CallSql.from(call("GET", "rpc/pad?c=abcdefg", ""));
    assertEquals("(SELECT \"api\".\"pad\"(\"c\" := ?::character varying) AS pgrst_scalar) AS \"pad\"", sql.text());
  }

  @Test
  void outParameter_isAColumnOfTheFromItem() {
    Sql sql = CallSql.main(call("GET", "rpc/plus_one?num=5", ""));
    assertEquals("WITH pgrst_source AS (SELECT \"plus_one\".* FROM \"api\".\"plus_one\"(\"num\" := ?::integer) AS"
        + " \"plus_one\") SELECT NULL::bigint AS total_result_set, pg_catalog.count(_postgrest_t) AS page_total,"
        + " coalesce((json_agg(_postgrest_t)->0)::text, 'null')" + TAIL, sql.text());
    assertEquals(List.of(unknown("5")), sql.params());
  }

  @Test
  void setofTable_isTheFromOfARead_oneRowPerElement() {
    Sql sql = CallSql.main(call("GET", "rpc/films_of?year=2000&select=id&id=gt.3&order=id&limit=2", ""));
    assertEquals("WITH pgrst_source AS (SELECT \"films\".\"id\" FROM \"api\".\"films_of\"(\"year\" := ?::integer) AS"
        + " \"films\" WHERE \"films\".\"id\" > ? ORDER BY \"films\".\"id\" LIMIT ?) SELECT row_to_json(_postgrest_t)::text"
        + " AS pgrst_item, NULL::text AS pgrst_csv_header, NULL::bigint AS total_result_set, NULL::text AS"
        + " response_headers, NULL::text AS response_status FROM (SELECT * FROM pgrst_source) _postgrest_t"
        + " UNION ALL SELECT NULL, NULL, NULL::bigint, nullif(current_setting('response.headers', true), '') AS"
        + " response_headers, nullif(current_setting('response.status', true), '') AS response_status",
        sql.text());
    assertEquals(List.of(unknown("2000"), unknown("3"), new SqlParam(2L, Types.BIGINT)), sql.params());
  }
}
