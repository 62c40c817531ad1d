package io.restgres.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restgres.plan.ActionPlan;
import io.restgres.plan.Films;
import io.restgres.plan.Planner;
import io.restgres.request.MediaType;
import io.restgres.request.RawRequest;
import io.restgres.request.parse.ApiRequestParser;
import java.nio.charset.StandardCharsets;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whole write statements, text plus parameters, planned from a URL against the film schema. */
class MutateSqlTest {
  private static final String TAIL = " AS body, nullif(current_setting('response.headers', true), '') AS response_headers,"
      + " nullif(current_setting('response.status', true), '') AS response_status, ";
  private static final String INSERTED = " AS location, nullif(current_setting('pgrst.inserted', true), '')::bigint"
      + " AS inserted FROM (";
  private static final String PAYLOAD = "(SELECT CASE WHEN json_typeof(b) = 'array' THEN b ELSE json_build_array(b)"
      + " END FROM (SELECT ?::json AS b) pgrst_payload)";

  private static Sql main(String method, String url, String prefer, String body) {
    int q = url.indexOf('?');
    RawRequest raw = new RawRequest(method, url.substring(0, q < 0 ? url.length() : q), q < 0 ? "" : url.substring(q + 1),
        Map.of("content-type", List.of("application/json"), "prefer", List.of(prefer)),
        body.getBytes(StandardCharsets.UTF_8));
    ActionPlan plan = new Planner(Films.CACHE, Films.config()).plan(ApiRequestParser.parse(raw, List.of("api")));
    return MutateSql.main(plan.mutate().orElseThrow(), plan.read(), plan.media(), plan.representation(),
        BodyRows.AGGREGATED);
  }

  private static SqlParam json(String body) {
    return new SqlParam(body, Types.OTHER);
  }

  @Test
  void insert_returnMinimal_returnsNothingOfTheRows() {
    Sql sql = main("POST", "directors", "return=minimal", "{\"id\":1,\"name\":\"x\"}");
    assertEquals("WITH pgrst_source AS (INSERT INTO \"api\".\"directors\" AS \"directors\" (\"id\", \"name\")"
        + " SELECT pgrst_body.\"id\", pgrst_body.\"name\" FROM json_populate_recordset(NULL::\"api\".\"directors\", "
        + PAYLOAD + ") pgrst_body RETURNING 1) SELECT NULL::bigint AS total_result_set,"
        + " pg_catalog.count(_postgrest_t) AS page_total, ''::text" + TAIL + "NULL::text[]" + INSERTED
        + "SELECT 1 FROM pgrst_source) _postgrest_t", sql.text());
    assertEquals(List.of(json("{\"id\":1,\"name\":\"x\"}")), sql.params());
  }

  @Test
  void insert_headersOnly_returnsTheSelectAndTheKeyForLocation() {
    Sql sql = main("POST", "films?select=title", "return=headers-only", "{\"title\":\"t\"}");
    assertEquals("WITH pgrst_source AS (INSERT INTO \"api\".\"films\" AS \"films\" (\"title\")"
        + " SELECT pgrst_body.\"title\" FROM json_populate_recordset(NULL::\"api\".\"films\", " + PAYLOAD
        + ") pgrst_body RETURNING \"films\".\"title\", \"films\".\"id\") SELECT NULL::bigint AS total_result_set,"
        + " pg_catalog.count(_postgrest_t) AS page_total, ''::text" + TAIL
        + "(SELECT ARRAY[pgrst_loc.\"id\"::text] FROM pgrst_source AS pgrst_loc LIMIT 1)" + INSERTED
        + "SELECT 1 FROM pgrst_source) _postgrest_t", sql.text());
  }

  @Test
  void insert_withoutKeys_insertsOneRowOfDefaultsPerObject() {
    Sql sql = main("POST", "directors", "return=minimal", "[{}, {}]");
    assertEquals("WITH pgrst_source AS (INSERT INTO \"api\".\"directors\" AS \"directors\""
        + " SELECT FROM json_array_elements(" + PAYLOAD + ") pgrst_body RETURNING 1)", prefix(sql));
    assertEquals(List.of(json("[{}, {}]")), sql.params());
  }

  @Test
  void upsert_withoutKeys_ignoresConflicts() {
    Sql sql = main("POST", "directors", "resolution=merge-duplicates", "{}");
    assertEquals("WITH pgrst_source AS (INSERT INTO \"api\".\"directors\" AS \"directors\""
        + " SELECT FROM json_array_elements(" + PAYLOAD + ") pgrst_body WHERE set_config('pgrst.inserted',"
        + " (coalesce(nullif(current_setting('pgrst.inserted', true), '')::bigint, 0) + 1)::text, true)"
        + " IS NOT NULL ON CONFLICT (\"id\") DO NOTHING RETURNING 1)", prefix(sql));
  }

  @Test
  void update_takesObjectsOrArraysAndReturnsComputedFieldsByName() {
    Sql sql = main("PATCH", "films?id=eq.1&select=title,full_name", "return=representation", "[{\"title\":\"t\"}]");
    assertEquals("WITH pgrst_source AS (UPDATE \"api\".\"films\" AS \"films\" SET \"title\" = pgrst_body.\"title\""
        + " FROM (SELECT pgrst_row.*, pgrst_elem.j AS pgrst_json FROM jsonb_array_elements((SELECT CASE"
        + " WHEN jsonb_typeof(b) = 'array' THEN b ELSE jsonb_build_array(b) END FROM (SELECT ?::jsonb AS b)"
        + " pgrst_payload)) pgrst_elem(j), LATERAL jsonb_populate_record(NULL::\"api\".\"films\", pgrst_elem.j)"
        + " pgrst_row) pgrst_body WHERE \"films\".\"id\" = ?"
        + " RETURNING \"films\".\"title\", \"films\".\"full_name\", \"films\".\"id\"),"
        + " pgrst_representation AS (SELECT \"films\".\"title\", \"films\".\"full_name\""
        + " FROM pgrst_source AS \"films\")", prefix(sql));
    assertEquals(List.of(json("[{\"title\":\"t\"}]"), new SqlParam("1", Types.OTHER)), sql.params());
  }

  @Test
  void update_emptyBody_touchesNoRow() {
    assertEquals("WITH pgrst_source AS (SELECT 1 WHERE false)", prefix(main("PATCH", "films", "return=minimal", "[]")));
    assertEquals("WITH pgrst_source AS (SELECT \"films\".* FROM \"api\".\"films\" AS \"films\" WHERE false),"
        + " pgrst_representation AS (SELECT \"films\".* FROM pgrst_source AS \"films\")",
        prefix(main("PATCH", "films", "return=representation", "{}")));
  }

  @Test
  void delete_representation_isSortedAndCsvHeaderReadsIt() {
    Sql sql = main("DELETE", "films?year=lt.2000&select=title&order=year.desc", "return=representation", "");
    assertEquals("WITH pgrst_source AS (DELETE FROM \"api\".\"films\" AS \"films\" WHERE \"films\".\"year\" < ?"
        + " RETURNING \"films\".\"title\", \"films\".\"year\", \"films\".\"id\"), pgrst_representation AS"
        + " (SELECT \"films\".\"title\" FROM pgrst_source AS \"films\" ORDER BY \"films\".\"year\" DESC)",
        prefix(sql));
  }

  @Test
  void csvBody_takesItsHeaderFromTheRepresentation() {
    ActionPlan plan = Films.plan("PATCH", "films?select=title", Films.config());
    Sql sql = MutateSql.main(plan.mutate().orElseThrow(), plan.read(), MediaType.CSV, true, BodyRows.AGGREGATED);
    assertEquals(true, sql.text().contains("SELECT row_to_json(hh) AS r FROM pgrst_representation AS hh LIMIT 1"),
        sql.text());
  }

  // The CTEs: everything before the final SELECT.
  private static String prefix(Sql sql) {
    String text = sql.text();
    return text.substring(0, text.indexOf(" SELECT NULL::bigint AS total_result_set"));
  }
}
