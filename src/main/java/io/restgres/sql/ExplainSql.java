package io.restgres.sql;

import io.restgres.request.PlanMedia;
import java.util.ArrayList;
import java.util.List;

/** {@code EXPLAIN (…)} of a main statement (PostgREST {@code SqlFragment.hs:explainF}). */
final class ExplainSql {
  private ExplainSql() {}

  static Sql of(PlanMedia plan, Sql statement) {
    List<Sql> options = new ArrayList<>();
    options.add(Sql.keyword(plan.json() ? "FORMAT JSON" : "FORMAT TEXT"));
    plan.options().forEach(o -> options.add(keyword(o)));
    return Sql.keyword("EXPLAIN (").then(Sql.join(", ", options)).then(") ").then(statement);
  }

  // the options come from a fixed set: nothing of the request reaches the SQL text
  private static Sql keyword(PlanMedia.Option o) {
    return Sql.keyword(switch (o) {
      case ANALYZE -> "ANALYZE";
      case VERBOSE -> "VERBOSE";
      case SETTINGS -> "SETTINGS";
      case BUFFERS -> "BUFFERS";
      case WAL -> "WAL";
    });
  }
}
