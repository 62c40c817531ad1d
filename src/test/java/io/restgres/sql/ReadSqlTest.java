package io.restgres.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restgres.plan.CountPlan;
import io.restgres.plan.Ordering;
import io.restgres.plan.Predicate;
import io.restgres.plan.Projection;
import io.restgres.plan.ReadPlan;
import io.restgres.plan.ResolvedField;
import io.restgres.request.Condition;
import io.restgres.request.JsonStep;
import io.restgres.request.MediaType;
import io.restgres.request.Operator;
import io.restgres.request.PlanMedia;
import io.restgres.request.RangeSpec;
import io.restgres.schema.QualifiedName;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Whole statements, text plus parameters (Jdbi's style of SQL tests). */
class ReadSqlTest {
  private static final QualifiedName ITEMS = new QualifiedName("api", "items");

  private static ResolvedField field(String column, String type, JsonStep... path) {
    return new ResolvedField(column, Optional.of(type), List.of(path));
  }

  private static Condition cond(Operator op, String value) {
    return new Condition(false, op, Optional.empty(), Optional.empty(), value, List.of());
  }

  @Test
  void query_selectsFiltersOrdersAndPages() {
    ReadPlan plan = new ReadPlan(ITEMS, "items",
        List.of(new Projection.Field(field("data", "jsonb", new JsonStep("color", false, true)),
            Optional.empty(), Optional.of("color"))),
        List.of(new Predicate.Compare(field("id", "integer"), cond(Operator.GT, "5"))),
        List.of(new Ordering(field("id", "integer"), Optional.of(true), Optional.of(false))),
        new RangeSpec(20, Optional.of(10L)));
    Sql sql = ReadSql.query(plan);
    assertEquals("SELECT \"items\".\"data\"->>? AS \"color\" FROM \"api\".\"items\" AS \"items\""
        + " WHERE \"items\".\"id\" > ? ORDER BY \"items\".\"id\" DESC NULLS LAST LIMIT ? OFFSET ?", sql.text());
    assertEquals(List.of(new SqlParam("color", Types.OTHER), new SqlParam("5", Types.OTHER),
        new SqlParam(10L, Types.BIGINT), new SqlParam(20L, Types.BIGINT)), sql.params());
  }

  @Test
  void in_isOneArrayParameter_whateverTheListLength() {
    Condition in = new Condition(false, Operator.IN, Optional.empty(), Optional.empty(), "",
        List.of("a", "b,c", "d\"e"));
    ReadPlan plan = new ReadPlan(ITEMS, "items", List.of(new Projection.AllColumns()),
        List.of(new Predicate.Compare(field("name", "text"), in)), List.of(), RangeSpec.ALL);
    Sql sql = ReadSql.query(plan);
    assertEquals("SELECT \"items\".* FROM \"api\".\"items\" AS \"items\" WHERE \"items\".\"name\" = ANY (?)", sql.text());
    assertEquals(List.of(new SqlParam("{\"a\",\"b,c\",\"d\\\"e\"}", Types.OTHER)), sql.params());
  }

  @Test
  void negatedTreesAndFts() {
    Condition fts = new Condition(true, Operator.WFTS, Optional.empty(), Optional.of("english"), "cat -dog", List.of());
    Predicate tree = new Predicate.Bool(true, true, List.of(
        new Predicate.Compare(field("body", "text"), fts),
        new Predicate.Compare(field("flag", "boolean"), cond(Operator.IS, "not_null"))));
    Sql sql = PredicateSql.predicate(Sql.ident("t"), tree);
    assertEquals("NOT (NOT (to_tsvector(?, \"t\".\"body\") @@ websearch_to_tsquery(?, ?))"
        + " OR \"t\".\"flag\" IS NOT NULL)", sql.text());
  }

  @Test
  void fts_onATsvectorOrAComputedField_appliesTheConfigurationToTheQueryOnly() {
    Condition fts = new Condition(false, Operator.FTS, Optional.empty(), Optional.of("simple"), "of", List.of());
    Sql column = PredicateSql.predicate(Sql.ident("t"), new Predicate.Compare(field("doc", "tsvector"), fts));
    assertEquals("\"t\".\"doc\" @@ to_tsquery(?, ?)", column.text());
    assertEquals(List.of(new SqlParam("simple", Types.OTHER), new SqlParam("of", Types.OTHER)), column.params());
    ResolvedField computed = new ResolvedField("doc_of", Optional.empty(), List.of());
    Sql function = PredicateSql.predicate(Sql.ident("t"), new Predicate.Compare(computed, fts));
    assertEquals("\"t\".\"doc_of\" @@ to_tsquery(?, ?)", function.text());
  }

  @Test
  void main_countsAnUnpagedReadByItsOwnRows() {
    ReadPlan plan = new ReadPlan(ITEMS, "items", List.of(new Projection.AllColumns()), List.of(), List.of(),
        RangeSpec.ALL);
    CountPlan exact = new CountPlan(true, Optional.empty(), false, Optional.empty());
    Sql sql = ReadSql.main(plan, MediaType.JSON, exact, BodyRows.AGGREGATED);
    assertEquals(true, sql.text().contains(" SELECT pg_catalog.count(_postgrest_t) AS total_result_set,"), sql.text());
    // one row per element: the reader counts them, the trailer leaves the total NULL
    assertEquals(true, ReadSql.totalIsRowCount(plan, exact));
    assertEquals(true, ReadSql.main(plan, MediaType.JSON, exact, BodyRows.JSON_ARRAY).text()
        .endsWith(" UNION ALL SELECT NULL, NULL, NULL::bigint, nullif(current_setting('response.headers', true), '')"
            + " AS response_headers, nullif(current_setting('response.status', true), '') AS response_status"));
  }

  @Test
  void main_rendersBodyAndCountInOneStatement() {
    ReadPlan plan = new ReadPlan(ITEMS, "items", List.of(new Projection.AllColumns()), List.of(), List.of(),
        new RangeSpec(0, Optional.of(10L)));
    Sql sql = ReadSql.main(plan, MediaType.JSON, new CountPlan(true, Optional.empty(), false, Optional.empty()),
        BodyRows.AGGREGATED);
    assertEquals("WITH pgrst_source AS (SELECT \"items\".* FROM \"api\".\"items\" AS \"items\" LIMIT ?)"
        + " SELECT (SELECT pg_catalog.count(*) FROM (SELECT 1 FROM \"api\".\"items\" AS \"items\") pgrst_source_count)"
        + " AS total_result_set, pg_catalog.count(_postgrest_t) AS page_total,"
        + " coalesce(json_agg(_postgrest_t), '[]')::text AS body,"
        + " nullif(current_setting('response.headers', true), '') AS response_headers,"
        + " nullif(current_setting('response.status', true), '') AS response_status"
        + " FROM (SELECT * FROM pgrst_source) _postgrest_t", sql.text());
  }

  @Test
  void main_geoJsonIsOneFeatureCollection_andAPlanExplainsTheAggregatedStatement() {
    ReadPlan plan = new ReadPlan(ITEMS, "items", List.of(new Projection.AllColumns()), List.of(), List.of(),
        RangeSpec.ALL);
    CountPlan none = new CountPlan(false, Optional.empty(), false, Optional.empty());
    assertEquals(true, ReadSql.main(plan, MediaType.GEOJSON, none, BodyRows.of(MediaType.GEOJSON)).text()
        .contains(" json_build_object('type', 'FeatureCollection', 'features',"
            + " coalesce(json_agg(ST_AsGeoJSON(_postgrest_t)::json), '[]'))::text AS body,"));
    PlanMedia verbose = PlanMedia.of("application/vnd.pgrst.plan+json; options=wal|verbose|drop").orElseThrow();
    Sql explained = ExplainSql.of(verbose, ReadSql.main(plan, MediaType.JSON, none, BodyRows.AGGREGATED));
    assertEquals(true, explained.text().startsWith("EXPLAIN (FORMAT JSON, VERBOSE, WAL) WITH pgrst_source AS ("),
        explained.text());
  }
}
