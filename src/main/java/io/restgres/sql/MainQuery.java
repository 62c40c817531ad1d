package io.restgres.sql;

import io.restgres.plan.ActionPlan;
import io.restgres.plan.CallPlan;
import io.restgres.request.Action;
import java.util.Objects;
import java.util.Optional;

/**
 * A request's main statement, the shape of the one row it returns, and the count query whose
 * planner estimate {@code Prefer: count=planned} wants.
 */
public record MainQuery(Sql sql, Shape shape, Optional<Sql> explainCount) {
  /** The columns of the row: every shape has the five of {@link ReadSql}; a write adds two. */
  public enum Shape {
    /** {@code total_result_set, page_total, body, response_headers, response_status}. */
    READ,
    /** A read's columns, then {@code location} and {@code inserted}. */
    WRITE
  }

  public MainQuery {
    Objects.requireNonNull(sql, "sql");
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(explainCount, "explainCount");
  }

  /** A GET or HEAD of a relation. */
  public static MainQuery read(ActionPlan plan) {
    return new MainQuery(ReadSql.main(plan.read(), plan.media(), plan.counting(), plan.action() == Action.HEAD),
        Shape.READ, plan.counting().explain() ? Optional.of(ReadSql.explainCount(plan.read())) : Optional.empty());
  }

  /** A POST, PUT, PATCH or DELETE of a relation. */
  public static MainQuery write(ActionPlan plan) {
    return new MainQuery(MutateSql.main(plan.mutate().orElseThrow(), plan.read(), plan.media(),
        plan.representation()), Shape.WRITE, Optional.empty());
  }

  /** A function call, whose result is read like a relation. */
  public static MainQuery call(CallPlan call) {
    boolean explain = call.result().counting().explain();
    return new MainQuery(CallSql.main(call), Shape.READ,
        explain ? Optional.of(CallSql.explainCount(call)) : Optional.empty());
  }

  /** The OpenAPI document's relations. */
  public static MainQuery openApi(String schema) {
    return new MainQuery(OpenApiSql.visible(schema), Shape.READ, Optional.empty());
  }
}
