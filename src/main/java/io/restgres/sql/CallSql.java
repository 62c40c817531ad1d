package io.restgres.sql;

import io.restgres.plan.ActionPlan;
import io.restgres.plan.CallPlan;
import io.restgres.request.Action;
import io.restgres.request.MediaType;
import io.restgres.schema.Routine;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * The main statement of an RPC call (PostgREST {@code QueryBuilder.hs:callPlanToQuery}): the
 * function call is the FROM item of an ordinary read, so select, filters, order, range and count
 * work on its result. Values are bound and cast to the parameters' types (character and bit in
 * their varying forms, which keep every character), which picks the overload the schema cache chose.
 */
public final class CallSql {
  private static final Sql BODY = Sql.keyword("pgrst_body");

  private CallSql() {}

  public static Sql main(CallPlan call) {
    ActionPlan result = call.result();
    BodyRows rows = rows(call);
    return rows.perRow() ? ReadSql.perRow(result.read(), from(call), rows, result.counting()) : aggregated(call);
  }

  /** The call's statement in its aggregated form, one row whatever the result. */
  public static Sql aggregated(CallPlan call) {
    ActionPlan result = call.result();
    return ReadSql.main(result.read(), from(call), body(call), result.counting());
  }

  /**
   * Rows of a result come one per row, as a relation's do, except for what is one value anyway (a
   * scalar, a single composite as JSON) and for SETOF a scalar as JSON, whose separator depends on
   * the element's type (json_agg puts a newline only between composites and arrays).
   */
  public static BodyRows rows(CallPlan call) {
    ActionPlan result = call.result();
    Routine.Returns ret = call.routine().returns();
    if (result.action() == Action.HEAD || ret.kind() == Routine.Returns.Kind.VOID || result.custom().isPresent()) {
      return BodyRows.AGGREGATED;
    }
    boolean json = result.media() == MediaType.JSON || result.media() == MediaType.ANY;
    if (json && (ret.kind() == Routine.Returns.Kind.SCALAR || !ret.set())) {
      return BodyRows.AGGREGATED;
    }
    return BodyRows.of(result.media());
  }

  /** {@code EXPLAIN} of the call's count, for {@code count=planned} and {@code count=estimated}. */
  public static Sql explainCount(CallPlan call) {
    return ReadSql.explainCount(call.result().read(), from(call));
  }

  static Sql from(CallPlan call) {
    Sql alias = Sql.ident(call.result().read().alias());
    Sql fn = Sql.name(call.routine().name()).then("(").then(Sql.join(", ", arguments(call.args()))).then(")");
    // a scalar (record included, which needs no column list this way) is selected as pgrst_scalar, as
    // PostgREST does; a void value cannot be a column of the pgrst_source CTE ("pseudo-type void")
    Sql item = switch (call.routine().returns().kind()) {
      case VOID -> Sql.keyword("(SELECT NULL::text AS pgrst_scalar FROM ").then(fn).then(") AS ").then(alias);
      case SCALAR -> Sql.keyword("(SELECT ").then(fn).then(" AS pgrst_scalar) AS ").then(alias);
      case COMPOSITE -> fn.then(" AS ").then(alias);
    };
    if (call.args() instanceof CallPlan.JsonBody body) {
      return jsonBody(body).then(", LATERAL ").then(item);
    }
    return item;
  }

  // PostgREST reads a JSON body with json_to_record(set), so PostgreSQL converts each value (arrays
  // too); of an array only the first object is used.
  private static Sql jsonBody(CallPlan.JsonBody body) {
    List<Sql> columns = new ArrayList<>();
    body.args().forEach(a -> columns.add(Sql.ident(a.name()).then(" ").then(Sql.catalogType(a.castType()))));
    Sql json = Sql.typed(body.json(), Types.OTHER);
    Sql typed = Sql.keyword("(").then(Sql.join(", ", columns)).then(")");
    if (!body.isArray()) {
      return Sql.keyword("json_to_record(").then(json).then("::json) AS ").then(BODY).then(typed);
    }
    return Sql.keyword("(SELECT * FROM json_to_recordset(").then(json).then("::json) AS _").then(typed)
        .then(" LIMIT 1) AS ").then(BODY);
  }

  private static List<Sql> arguments(CallPlan.Args args) {
    if (args instanceof CallPlan.Positional p) {
      return List.of(Sql.typed(p.value(), Types.OTHER).then("::").then(Sql.catalogType(p.type())));
    }
    if (args instanceof CallPlan.PositionalBytes p) {
      return List.of(Sql.typed(p.value(), Types.BINARY));
    }
    if (args instanceof CallPlan.JsonBody body) {
      return body.args().stream().map(a -> named(a, BODY.then(".").then(Sql.ident(a.name())))).toList();
    }
    if (args instanceof CallPlan.Values values) {
      return values.args().stream().map(a -> named(a, Sql.value(a.variadic()
          ? ArrayLiteral.of(a.values()) : a.values().get(0)).then("::").then(Sql.catalogType(a.castType()))))
          .toList();
    }
    throw new IllegalStateException("unknown arguments " + args);
  }

  private static Sql named(CallPlan.Arg a, Sql value) {
    return Sql.keyword(a.variadic() ? "VARIADIC " : "").then(Sql.ident(a.name())).then(" := ").then(value);
  }

  // A scalar is the value itself, SETOF scalar an array of them, a single composite one object.
  private static Sql body(CallPlan call) {
    ActionPlan result = call.result();
    Routine.Returns ret = call.routine().returns();
    MediaType media = result.media();
    if (result.action() == Action.HEAD || ret.kind() == Routine.Returns.Kind.VOID) {
      return Body.NONE;
    }
    if (result.custom().isPresent()) {
      return Body.custom(result.custom().get(), ret.kind() == Routine.Returns.Kind.SCALAR);
    }
    boolean json = media == MediaType.JSON || media == MediaType.ANY;
    if (!json) {
      return Body.of(media);
    }
    if (ret.kind() == Routine.Returns.Kind.SCALAR) {
      return ret.set()
          ? Sql.keyword("coalesce(json_agg(_postgrest_t.pgrst_scalar), ").then(Sql.EMPTY_JSON_ARRAY).then(")::text")
          : Sql.keyword("coalesce((json_agg(_postgrest_t.pgrst_scalar)->0)::text, ").then(Sql.JSON_NULL).then(")");
    }
    return ret.set() ? Body.of(media) : Sql.keyword("coalesce((json_agg(_postgrest_t)->0)::text, ")
        .then(Sql.JSON_NULL).then(")");
  }
}
