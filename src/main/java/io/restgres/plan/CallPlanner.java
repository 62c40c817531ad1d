package io.restgres.plan;

import io.restgres.error.ErrorCode;
import io.restgres.json.JsonText;
import io.restgres.request.Action;
import io.restgres.request.ApiRequest;
import io.restgres.request.CallInput;
import io.restgres.request.Target;
import io.restgres.schema.Column;
import io.restgres.schema.QualifiedName;
import io.restgres.schema.Routine;
import io.restgres.schema.Table;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Plans an RPC call (PostgREST {@code Plan.hs:callReadPlan}): finds the function, binds the
 * arguments, and plans its result as a read of a relation whose columns are the result's row.
 */
final class CallPlanner {
  private CallPlanner() {}

  static CallPlan plan(Planner planner, ApiRequest req) {
    Target.Call target = (Target.Call) req.target();
    QualifiedName fn = new QualifiedName(req.schema(), target.function());
    CallInput in = target.input();
    Routine routine = RoutineFinder.find(planner.cache(), fn, in);
    if (PreferencePlanner.maxAffected(req).isPresent() && !routine.returns().set()) {
      throw ErrorCode.MAX_AFFECTED_SINGLE_ROW.exception(
          "Function must return SETOF or TABLE when max-affected preference is used with handling=strict");
    }
    ApiRequest asRead = req.withAction(req.action() == Action.HEAD ? Action.HEAD : Action.READ);
    ActionPlan result = planner.plan(asRead, resultTable(planner, routine));
    boolean readOnly = req.action() != Action.INSERT || !routine.isVolatile();
    TxPlan tx = result.tx().withReadOnly(readOnly)
        .withFunction(hoisted(routine, planner.config().dbHoistedTxSettings()), isolation(routine));
    return new CallPlan(routine, args(routine, in), result, tx);
  }

  // PostgREST SchemaCache.hs:funcSettings: the function's settings that db-hoisted-tx-settings names
  // are set for the whole transaction, so they govern the statement, not just the function's body.
  static List<Map.Entry<String, String>> hoisted(Routine routine, List<String> hoistable) {
    return routine.settings().entrySet().stream().filter(s -> hoistable.contains(s.getKey()))
        .map(s -> Map.entry(s.getKey(), s.getValue())).toList();
  }

  // Its default_transaction_isolation sets the call's isolation level, hoisted or not, as in PostgREST.
  static Optional<Isolation> isolation(Routine routine) {
    return Optional.ofNullable(routine.settings().get("default_transaction_isolation")).map(Isolation::of);
  }

  // PostgREST Plan.hs:callPlan: the one unnamed parameter takes the body by position, else the
  // parameters the request names take their values by name.
  private static CallPlan.Args args(Routine routine, CallInput in) {
    Optional<Routine.Param> positional = routine.positional();
    if (positional.isPresent()) {
      String type = positional.get().type();
      if (in.kind() == CallInput.Kind.BINARY && type.equals("bytea")) {
        return new CallPlan.PositionalBytes(in.bytes());
      }
      String value = in.isPairs()
          ? jsonObject(lastValues(in)) : in.body();
      return type.equals("bytea")
          ? new CallPlan.PositionalBytes(value.getBytes(StandardCharsets.UTF_8))
          : new CallPlan.Positional(type, value);
    }
    List<Routine.Param> named = routine.params().stream().filter(p -> in.keys().contains(p.name())).toList();
    if (in.isPairs()) {
      Map<String, List<String>> all = allValues(in);
      Map<String, String> last = lastValues(in);
      return new CallPlan.Values(named.stream().map(p -> new CallPlan.Arg(p.name(), p.castType(), p.variadic(),
          p.variadic() ? all.get(p.name()) : List.of(last.get(p.name())))).toList());
    }
    if (named.isEmpty()) {
      return new CallPlan.Values(List.of());
    }
    return new CallPlan.JsonBody(
        named.stream().map(p -> new CallPlan.Arg(p.name(), p.castType(), p.variadic(), List.of())).toList(),
        in.body());
  }

  // A repeated name keeps its last value, except for a VARIADIC parameter, which takes them all.
  private static Map<String, String> lastValues(CallInput in) {
    Map<String, String> out = new LinkedHashMap<>();
    in.pairs().forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  // PostgREST passes query or form values to an unnamed parameter as the JSON object of them.
  private static String jsonObject(Map<String, String> values) {
    return values.entrySet().stream().map(e -> JsonText.quote(e.getKey()) + ":" + JsonText.quote(e.getValue()))
        .collect(Collectors.joining(",", "{", "}"));
  }

  private static Map<String, List<String>> allValues(CallInput in) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    in.pairs().forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    return out;
  }

  /**
   * The relation a result is read as: the table or view whose row type it is, so embeds work from
   * it; else a relation made of the result's columns, or of the single {@code pgrst_scalar} column.
   */
  static Table resultTable(Planner planner, Routine r) {
    Routine.Returns ret = r.returns();
    if (ret.relation().isPresent() && planner.cache().table(ret.relation().get()).isPresent()) {
      return planner.cache().table(ret.relation().get()).get();
    }
    Map<String, Column> columns = new LinkedHashMap<>();
    if (ret.kind() == Routine.Returns.Kind.COMPOSITE) {
      ret.columns().forEach(c -> columns.put(c.name(), c));
    } else {
      String type = r.result().replaceFirst("^SETOF ", "");
      columns.put(CallPlan.SCALAR,
          new Column(CallPlan.SCALAR, type, type, true, Optional.empty(), List.of(), Optional.empty()));
    }
    return new Table(r.name(), false, false, false, false, List.of(), columns, Optional.empty());
  }
}
