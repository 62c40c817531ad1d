package io.restgres.sql;

import static io.restgres.plan.RpcFixtures.call;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Types;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whole call statements, text plus parameters. */
class CallSqlTest {
  private static final String TAIL = " AS body, nullif(current_setting('response.headers', true), '') AS response_headers,"
      + " nullif(current_setting('response.status', true), '') AS response_status FROM (SELECT * FROM pgrst_source)"
      + " _postgrest_t";

  @Test
  void scalar_get_bindsEachValueCastToItsParameterType() {
    Sql sql = CallSql.main(call("GET", "rpc/add_them?a=1&b=2", ""));
    assertEquals("WITH pgrst_source AS (SELECT \"add_them\".* FROM \"api\".\"add_them\"(\"a\" := ?::integer,"
        + " \"b\" := ?::integer) AS \"add_them\"(\"pgrst_scalar\")) SELECT NULL::bigint AS total_result_set,"
        + " pg_catalog.count(_postgrest_t) AS page_total,"
        + " coalesce((json_agg(_postgrest_t.pgrst_scalar)->0)::text, 'null')" + TAIL, sql.text());
    assertEquals(List.of(new SqlParam("1", Types.OTHER), new SqlParam("2", Types.OTHER)), sql.params());
  }

  @Test
  void post_readsArgumentsWithJsonToRecord() {
    Sql sql = CallSql.from(call("POST", "rpc/add_them", "{\"a\":1,\"b\":2}"));
    assertEquals("json_to_record(?::json) AS pgrst_body(\"a\" integer, \"b\" integer), LATERAL"
        + " \"api\".\"add_them\"(\"a\" := pgrst_body.\"a\", \"b\" := pgrst_body.\"b\") AS \"add_them\"(\"pgrst_scalar\")",
        sql.text());
    assertEquals(List.of(new SqlParam("{\"a\":1,\"b\":2}", Types.OTHER)), sql.params());
  }

  @Test
  void wholeBody_isTheSingleArgument() {
    Sql sql = CallSql.from(call("POST", "rpc/echo", "[1]"));
    assertEquals("\"api\".\"echo\"(?::jsonb) AS \"echo\"(\"pgrst_scalar\")", sql.text());
    assertEquals(List.of(new SqlParam("[1]", Types.OTHER)), sql.params());
  }

  @Test
  void setofTable_isTheFromOfARead() {
    Sql sql = CallSql.main(call("GET", "rpc/films_of?year=2000&select=id&id=gt.3&order=id&limit=2", ""));
    assertEquals("WITH pgrst_source AS (SELECT \"films\".\"id\" FROM \"api\".\"films_of\"(\"year\" := ?::integer) AS"
        + " \"films\" WHERE \"films\".\"id\" > ? ORDER BY \"films\".\"id\" LIMIT ?) SELECT NULL::bigint AS"
        + " total_result_set, pg_catalog.count(_postgrest_t) AS page_total,"
        + " coalesce(json_agg(_postgrest_t), '[]')::text" + TAIL, sql.text());
    assertEquals(List.of(new SqlParam("2000", Types.OTHER), new SqlParam("3", Types.OTHER),
        new SqlParam(2L, Types.BIGINT)), sql.params());
  }
}
