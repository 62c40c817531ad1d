package io.restgres.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restgres.plan.CountPlan;
import io.restgres.plan.CustomMedia;
import io.restgres.plan.Projection;
import io.restgres.plan.ReadPlan;
import io.restgres.request.RangeSpec;
import io.restgres.schema.MediaHandler;
import io.restgres.schema.QualifiedName;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Bodies rendered by media type handlers of the database: always one aggregated value. */
class CustomMediaSqlTest {
  private static final QualifiedName ITEMS = new QualifiedName("api", "items");
  private static final CountPlan NONE = new CountPlan(false, Optional.empty(), false, Optional.empty());

  private static CustomMedia aggregate(String name, Optional<QualifiedName> rowType) {
    return new CustomMedia(new MediaHandler(MediaHandler.Kind.AGGREGATE, new QualifiedName("api", name),
        "application/vnd.x"), rowType);
  }

  @Test
  void relationAggregate_takesRowsCastToTheRelation_quotedAsNames() {
    ReadPlan plan = new ReadPlan(ITEMS, "items", List.of(new Projection.AllColumns()), List.of(), List.of(),
        RangeSpec.ALL);
    Sql sql = ReadSql.custom(plan, aggregate("bin\"agg", Optional.of(ITEMS)), NONE);
    assertEquals("WITH pgrst_source AS (SELECT \"items\".* FROM \"api\".\"items\" AS \"items\")"
        + " SELECT NULL::bigint AS total_result_set, pg_catalog.count(_postgrest_t) AS page_total,"
        + " \"api\".\"bin\"\"agg\"(_postgrest_t::\"api\".\"items\") AS body,"
        + " nullif(current_setting('response.headers', true), '') AS response_headers,"
        + " nullif(current_setting('response.status', true), '') AS response_status"
        + " FROM (SELECT * FROM pgrst_source) _postgrest_t", sql.text());
    assertEquals(List.of(), sql.params());
  }

  @Test
  void anyElementAggregate_takesTheRowsOrTheScalars_andAResultIsItsValue() {
    assertEquals("\"api\".\"n\"(_postgrest_t)", Body.custom(aggregate("n", Optional.empty()), false).text());
    assertEquals("\"api\".\"n\"(_postgrest_t.pgrst_scalar)",
        Body.custom(aggregate("n", Optional.empty()), true).text());
    CustomMedia result = new CustomMedia(new MediaHandler(MediaHandler.Kind.RESULT,
        new QualifiedName("api", "text/plain"), "text/plain"), Optional.empty());
    assertEquals("(pg_catalog.array_agg(_postgrest_t.pgrst_scalar))[1]", Body.custom(result, true).text());
    assertEquals("text/plain; charset=utf-8", result.contentType());
  }
}
