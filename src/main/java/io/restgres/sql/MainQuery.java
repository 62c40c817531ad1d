package io.restgres.sql;

import io.restgres.plan.ActionPlan;
import io.restgres.plan.CallPlan;
import io.restgres.request.Action;
import io.restgres.request.PlanMedia;
import java.util.Objects;
import java.util.Optional;

/**
 * A request's main statement, the shape of what it returns, and the count query whose planner
 * estimate {@code Prefer: count=planned} wants.
 *
 * @param rows how the body comes: in one aggregated row, or one row per element and a trailer
 * @param totalIsRowCount an exact total that is the number of rows returned, which a per-row
 *     statement leaves for the reader to count
 */
public record MainQuery(Sql sql, Shape shape, BodyRows rows, boolean totalIsRowCount, Optional<Sql> explainCount) {
  /**
   * The columns: an aggregated row has {@code total_result_set, page_total, body, response_headers,
   * response_status}; a per-row statement has {@code pgrst_item, pgrst_csv_header}, then the same
   * without {@code page_total} and {@code body}, which only its trailer row fills. A write adds
   * {@code location} and {@code inserted}. A plan is EXPLAIN's output: one JSON row, or one row
   * per line of text.
   */
  public enum Shape { READ, WRITE, PLAN }

  public MainQuery {
    Objects.requireNonNull(sql, "sql");
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(explainCount, "explainCount");
  }

  /** A GET or HEAD of a relation. */
  public static MainQuery read(ActionPlan plan) {
    if (plan.explain().isPresent()) {
      Sql aggregated = plan.action() == Action.HEAD ? ReadSql.head(plan.read(), plan.counting())
          : ReadSql.main(plan.read(), plan.media(), plan.counting(), BodyRows.AGGREGATED);
      return explain(plan.explain().get(), aggregated);
    }
    Optional<Sql> explain =
        plan.counting().explain() ? Optional.of(ReadSql.explainCount(plan.read())) : Optional.empty();
    if (plan.action() == Action.HEAD) {
      return new MainQuery(ReadSql.head(plan.read(), plan.counting()), Shape.READ, BodyRows.AGGREGATED, false,
          explain);
    }
    if (plan.custom().isPresent()) {
      return new MainQuery(ReadSql.custom(plan.read(), plan.custom().get(), plan.counting()), Shape.READ,
          BodyRows.AGGREGATED, false, explain);
    }
    BodyRows rows = BodyRows.ofRead(plan.media(), plan.read().range(),
        plan.read().pinsKey(plan.table().primaryKey()));
    return new MainQuery(ReadSql.main(plan.read(), plan.media(), plan.counting(), rows), Shape.READ, rows,
        ReadSql.totalIsRowCount(plan.read(), plan.counting()), explain);
  }

  /** A POST, PUT, PATCH or DELETE of a relation. */
  public static MainQuery write(ActionPlan plan) {
    if (plan.explain().isPresent()) {
      return explain(plan.explain().get(), MutateSql.main(plan.mutate().orElseThrow(), plan.read(), plan.media(),
          plan.representation(), BodyRows.AGGREGATED));
    }
    if (plan.custom().isPresent()) {
      return new MainQuery(MutateSql.custom(plan.mutate().orElseThrow(), plan.read(), plan.custom().get(),
          plan.representation()), Shape.WRITE, BodyRows.AGGREGATED, false, Optional.empty());
    }
    BodyRows rows = !plan.representation() || oneObject(plan) ? BodyRows.AGGREGATED : BodyRows.of(plan.media());
    return new MainQuery(MutateSql.main(plan.mutate().orElseThrow(), plan.read(), plan.media(),
        plan.representation(), rows), Shape.WRITE, rows, false, Optional.empty());
  }

  // A POST of one JSON object inserts at most one row: its representation is as small as the body.
  private static boolean oneObject(ActionPlan plan) {
    if (plan.action() != Action.INSERT) {
      return false;
    }
    String body = plan.mutate().orElseThrow().body();
    for (int i = 0; i < body.length(); i++) {
      if (!Character.isWhitespace(body.charAt(i))) {
        return body.charAt(i) == '{';
      }
    }
    return false;
  }

  /** A function call, whose result is read like a relation. */
  public static MainQuery call(CallPlan call) {
    if (call.result().explain().isPresent()) {
      return explain(call.result().explain().get(), CallSql.aggregated(call));
    }
    boolean explain = call.result().counting().explain();
    return new MainQuery(CallSql.main(call), Shape.READ, CallSql.rows(call),
        ReadSql.totalIsRowCount(call.result().read(), call.result().counting()),
        explain ? Optional.of(CallSql.explainCount(call)) : Optional.empty());
  }

  // EXPLAIN of the statement PostgREST runs: the aggregated form, whose top node is the Aggregate
  private static MainQuery explain(PlanMedia plan, Sql statement) {
    return new MainQuery(ExplainSql.of(plan, statement), Shape.PLAN, BodyRows.AGGREGATED, false, Optional.empty());
  }

  /** The OpenAPI document's relations. */
  public static MainQuery openApi(String schema) {
    return new MainQuery(OpenApiSql.visible(schema), Shape.READ, BodyRows.AGGREGATED, false, Optional.empty());
  }
}
