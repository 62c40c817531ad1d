package io.restgres.sql;

import io.restgres.plan.ActionPlan;
import io.restgres.plan.CallPlan;
import io.restgres.request.Action;
import io.restgres.request.MediaType;
import io.restgres.schema.Routine;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The main statement of an RPC call (PostgREST {@code QueryBuilder.hs:callPlanToQuery}): the
 * function call is the FROM item of an ordinary read, so select, filters, order, range and count
 * work on its result. Values are bound and cast to the parameters' declared types, which picks the
 * overload the schema cache chose.
 */
public final class CallSql {
  private static final Sql BODY = Sql.keyword("pgrst_body");

  private CallSql() {}

  public static Sql main(CallPlan call) {
    ActionPlan result = call.result();
    return ReadSql.main(result.read(), from(call), body(call), result.counting());
  }

  /** {@code EXPLAIN} of the call's count, for {@code count=planned} and {@code count=estimated}. */
  public static Sql explainCount(CallPlan call) {
    return ReadSql.explainCount(call.result().read(), from(call));
  }

  static Sql from(CallPlan call) {
    Sql alias = Sql.ident(call.result().read().alias());
    Routine.Returns ret = call.routine().returns();
    if (ret.kind() != Routine.Returns.Kind.COMPOSITE) {
      alias = alias.then("(").then(Sql.ident(CallPlan.SCALAR)).then(")");
    }
    Sql fn = Sql.name(call.routine().name()).then("(").then(Sql.join(", ", arguments(call))).then(")");
    // a void value cannot be a column of the pgrst_source CTE ("pseudo-type void"), so it is dropped
    Sql item = ret.kind() == Routine.Returns.Kind.VOID
        ? Sql.keyword("(SELECT NULL::text AS pgrst_scalar FROM ").then(fn).then(") AS ")
            .then(Sql.ident(call.result().read().alias()))
        : fn.then(" AS ").then(alias);
    if (call.passing() != CallPlan.Passing.JSON_OBJECT || call.args().isEmpty()) {
      return item;
    }
    // PostgREST reads a JSON body with json_to_recordset, so PostgreSQL converts each value (arrays too)
    boolean array = call.body().orElse("{}").stripLeading().startsWith("[");
    List<Sql> columns = new ArrayList<>();
    call.args().forEach(a -> columns.add(Sql.ident(a.name()).then(" ").then(Sql.catalogType(a.type()))));
    return Sql.keyword(array ? "json_to_recordset(" : "json_to_record(")
        .then(Sql.typed(call.body().orElse("{}"), Types.OTHER)).then("::json) AS ").then(BODY)
        .then("(").then(Sql.join(", ", columns)).then("), LATERAL ").then(item);
  }

  private static List<Sql> arguments(CallPlan call) {
    List<Sql> out = new ArrayList<>();
    if (call.passing() == CallPlan.Passing.WHOLE_BODY) {
      String type = call.routine().params().get(0).type();
      out.add(Sql.typed(call.body().orElse("{}"), Types.OTHER).then("::").then(Sql.catalogType(type)));
      return out;
    }
    for (CallPlan.Arg a : call.args()) {
      Sql value = call.passing() == CallPlan.Passing.VALUES
          ? Sql.value(a.value().orElse(null)).then("::").then(Sql.catalogType(a.type()))
          : BODY.then(".").then(Sql.ident(a.name()));
      out.add(Sql.ident(a.name()).then(" := ").then(value));
    }
    return out;
  }

  // A scalar is the value itself, SETOF scalar an array of them, a single composite one object.
  private static Sql body(CallPlan call) {
    ActionPlan result = call.result();
    Routine.Returns ret = call.routine().returns();
    MediaType media = result.media();
    if (result.action() == Action.HEAD || ret.kind() == Routine.Returns.Kind.VOID) {
      return Sql.keyword("''::text");
    }
    boolean json = media == MediaType.JSON || media == MediaType.ANY;
    if (!json) {
      return Body.of(media);
    }
    if (ret.kind() == Routine.Returns.Kind.SCALAR) {
      return ret.set()
          ? Sql.keyword("coalesce(json_agg(_postgrest_t.pgrst_scalar), '[]')::text")
          : Sql.keyword("coalesce((json_agg(_postgrest_t.pgrst_scalar)->0)::text, 'null')");
    }
    return ret.set() ? Body.of(media) : Sql.keyword("coalesce((json_agg(_postgrest_t)->0)::text, 'null')");
  }
}
