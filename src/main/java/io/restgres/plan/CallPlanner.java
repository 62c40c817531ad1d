package io.restgres.plan;

import io.restgres.error.ApiException;
import io.restgres.error.ErrorCode;
import io.restgres.json.JsonParser;
import io.restgres.request.Action;
import io.restgres.request.ApiRequest;
import io.restgres.request.Payload;
import io.restgres.request.parse.PayloadParser;
import io.restgres.schema.Column;
import io.restgres.schema.QualifiedName;
import io.restgres.schema.Routine;
import io.restgres.schema.Table;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Plans an RPC call (PostgREST {@code Plan.hs:callReadPlan}): finds the function, binds the
 * arguments, and plans its result as a read of a relation whose columns are the result's row.
 */
final class CallPlanner {
  private CallPlanner() {}

  static CallPlan plan(Planner planner, ApiRequest req) {
    QualifiedName fn = new QualifiedName(req.schema(), req.relation().orElseThrow());
    boolean post = req.action() == Action.INSERT;
    Optional<Payload> payload = post ? Optional.of(payload(req)) : Optional.empty();
    Map<String, String> values = new LinkedHashMap<>();
    req.rpcArgs().forEach(e -> values.put(e.getKey(), e.getValue()));
    Set<String> names = payload.map(p -> (Set<String>) new LinkedHashSet<>(p.keys())).orElse(values.keySet());
    Routine routine = RoutineFinder.find(planner.cache(), fn, names, post);
    CallPlan.Passing passing = !post ? CallPlan.Passing.VALUES
        : RoutineFinder.fits(routine, names) ? CallPlan.Passing.JSON_OBJECT : CallPlan.Passing.WHOLE_BODY;
    List<CallPlan.Arg> args = new ArrayList<>();
    for (Routine.Param p : routine.params()) {
      if (names.contains(p.name())) {
        args.add(new CallPlan.Arg(p.name(), p.type(), Optional.ofNullable(values.get(p.name()))));
      }
    }
    if (Planner.maxAffected(req).isPresent() && !routine.returns().set()) {
      throw ErrorCode.MAX_AFFECTED_SINGLE_ROW.exception(
          "Function must return SETOF or TABLE when max-affected preference is used with handling=strict");
    }
    ApiRequest asRead = req.withAction(req.action() == Action.HEAD ? Action.HEAD : Action.READ);
    ActionPlan result = planner.plan(asRead, resultTable(planner, routine));
    boolean readOnly = !post || !routine.isVolatile();
    return new CallPlan(routine, passing, args, payload.map(Payload::json), result, readOnly);
  }

  // An empty body counts as {} (PostgREST); a JSON body that is not an object still reaches a whole-body function.
  private static Payload payload(ApiRequest req) {
    if (req.body().length == 0) {
      return new Payload(false, List.of(), 1, "{}");
    }
    try {
      return PayloadParser.parse(req.contentType(), req.body(), req.query().columns());
    } catch (ApiException e) {
      // valid JSON that is no object or array of like objects can still be a whole-body function's argument
      String text = new String(req.body(), StandardCharsets.UTF_8);
      try {
        JsonParser.parse(text);
      } catch (IllegalArgumentException notJson) {
        throw e;
      }
      return new Payload(false, List.of(), 1, text);
    }
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
