package io.restgres.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restgres.plan.ActionPlan;
import io.restgres.plan.Films;
import io.restgres.plan.Planner;
import io.restgres.request.RawRequest;
import io.restgres.request.parse.ApiRequestParser;
import io.restgres.schema.Column;
import io.restgres.schema.MediaHandlers;
import io.restgres.schema.QualifiedName;
import io.restgres.schema.Representation;
import io.restgres.schema.SchemaCache;
import io.restgres.schema.Table;
import java.nio.charset.StandardCharsets;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Domain representations in SQL: the casts' functions are names, every value stays bound. */
class RepresentationSqlTest {
  private static final QualifiedName SWATCHES = new QualifiedName("api", "swatches");
  private static final QualifiedName TO_JSON = new QualifiedName("api", "rgb_json");
  private static final QualifiedName FROM_TEXT = new QualifiedName("api", "rgb\"text");
  private static final QualifiedName FROM_JSON = new QualifiedName("api", "rgb_from_json");
  private static final SchemaCache CACHE = cache();

  private static SchemaCache cache() {
    Map<String, Column> columns = new LinkedHashMap<>();
    columns.put("id", new Column("id", "integer", "integer", false, Optional.empty(), List.of(), Optional.empty()));
    columns.put("shade", new Column("shade", "rgb", "integer", true, Optional.empty(), List.of(), Optional.empty(),
        new Representation(Optional.of(TO_JSON), Optional.of(FROM_TEXT), Optional.of(FROM_JSON))));
    Table t = new Table(SWATCHES, false, true, true, true, List.of("id"), columns, Optional.empty());
    return new SchemaCache(Map.of(SWATCHES, t), List.of(), Map.of(), List.of(), MediaHandlers.NONE);
  }

  private static ActionPlan plan(String method, String url, String body) {
    int q = url.indexOf('?');
    RawRequest raw = new RawRequest(method, url.substring(0, q), url.substring(q + 1),
        Map.of("content-type", List.of("application/json"), "prefer", List.of("return=minimal")),
        body.getBytes(StandardCharsets.UTF_8));
    return new Planner(CACHE, Films.config()).plan(ApiRequestParser.parse(raw, List.of("api")));
  }

  @Test
  void read_presentsThroughTheCastToJson_expandingTheStar_andParsesFilterValuesAsText() {
    Sql sql = ReadSql.query(plan("GET", "swatches?shade=eq.%23000080&id=in.(1,2)", "").read());
    assertEquals("SELECT \"swatches\".\"id\", \"api\".\"rgb_json\"(\"swatches\".\"shade\") AS \"shade\""
        + " FROM \"api\".\"swatches\" AS \"swatches\" WHERE \"swatches\".\"shade\" = \"api\".\"rgb\"\"text\"(?::text)"
        + " AND \"swatches\".\"id\" = ANY (?)", sql.text());
    assertEquals(List.of(new SqlParam("#000080", Types.OTHER), new SqlParam("{\"1\",\"2\"}", Types.OTHER)), sql.params());
  }

  @Test
  void read_inAndLike() {
    Sql sql = ReadSql.query(plan("GET", "swatches?select=s:shade::text&shade=in.(a,b)&or=(shade.like.x*)", "").read());
    assertEquals("SELECT CAST(\"api\".\"rgb_json\"(\"swatches\".\"shade\") AS text) AS \"s\""
        + " FROM \"api\".\"swatches\" AS \"swatches\" WHERE \"swatches\".\"shade\" = ANY"
        + " ((SELECT \"api\".\"rgb\"\"text\"(unnest(?::text[])))) AND (\"swatches\".\"shade\" LIKE ?)", sql.text());
  }

  @Test
  void insert_readsBodyValuesThroughTheCastFromJson_leavingThemOutOfThePopulatedRow() {
    ActionPlan p = plan("POST", "swatches?", "{\"id\":1,\"shade\":\"#FF0000\"}");
    Sql sql = MutateSql.main(p.mutate().orElseThrow(), p.read(), p.media(), false, BodyRows.AGGREGATED);
    assertEquals(true, sql.text().contains("INSERT INTO \"api\".\"swatches\" AS \"swatches\" (\"id\", \"shade\")"
        + " SELECT pgrst_body.\"id\", pgrst_body.\"shade\" FROM (SELECT pgrst_row.\"id\","
        + " \"api\".\"rgb_from_json\"((pgrst_elem.j -> ?)::json) AS \"shade\" FROM jsonb_array_elements("), sql.text());
    assertEquals(true, sql.text().contains(" LATERAL jsonb_populate_record(NULL::\"api\".\"swatches\","
        + " (pgrst_elem.j - ?::text[])) pgrst_row) pgrst_body RETURNING 1"), sql.text());
    assertEquals(List.of(new SqlParam("shade", Types.VARCHAR), new SqlParam("{\"id\":1,\"shade\":\"#FF0000\"}",
        Types.OTHER), new SqlParam("{\"shade\"}", Types.OTHER)), sql.params());
  }

  @Test
  void insert_columnsParameter_leavesUnwrittenPresentedKeysUnparsed() {
    ActionPlan p = plan("POST", "swatches?columns=id", "{\"id\":1,\"shade\":\"not a colour\"}");
    Sql sql = MutateSql.main(p.mutate().orElseThrow(), p.read(), p.media(), false, BodyRows.AGGREGATED);
    assertEquals(true, sql.text().contains("(SELECT pgrst_row.\"id\" FROM jsonb_array_elements("), sql.text());
    assertEquals(true, sql.text().contains("(pgrst_elem.j - ?::text[])"), sql.text());
  }

  @Test
  void put_bodyWithoutItsKey_stillHasTheKeyColumnForTheFilter() {
    ActionPlan p = plan("PUT", "swatches?id=eq.1", "{\"shade\":\"#000001\"}");
    Sql sql = MutateSql.main(p.mutate().orElseThrow(), p.read(), p.media(), false, BodyRows.AGGREGATED);
    assertEquals(true, sql.text().contains(" AS \"shade\", pgrst_row.\"id\" FROM jsonb_array_elements("), sql.text());
    assertEquals(true, sql.text().contains(" AND pgrst_body.\"id\" = ? ON CONFLICT"), sql.text());
  }
}
