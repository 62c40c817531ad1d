package io.restgres.api;

import io.restgres.auth.AuthContext;
import io.restgres.config.AppConfig;
import io.restgres.config.ConfigHolder;
import io.restgres.db.DbResult;
import io.restgres.db.TxRequest;
import io.restgres.db.TxRunner;
import io.restgres.plan.ActionPlan;
import io.restgres.plan.CallPlan;
import io.restgres.plan.Planner;
import io.restgres.request.Action;
import io.restgres.error.ErrorCode;
import io.restgres.openapi.OpenApiView;
import io.restgres.request.ApiRequest;
import io.restgres.request.MediaType;
import io.restgres.request.RawRequest;
import io.restgres.request.parse.ApiRequestParser;
import io.restgres.response.HttpResult;
import io.restgres.response.Responder;
import io.restgres.response.ResponseGucs;
import io.restgres.schema.DbSettings;
import io.restgres.schema.SchemaCache;
import io.restgres.schema.load.SchemaCacheHolder;
import io.restgres.sql.CallSql;
import io.restgres.sql.MutateSql;
import io.restgres.sql.OpenApiSql;
import io.restgres.sql.ReadSql;
import io.restgres.sql.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The request pipeline for a relation: parse → plan → SQL → execute → respond. Each stage is a pure
 * function of the previous one's output, except execution.
 */
@ApplicationScoped
public class RequestHandler {
  @Inject ConfigHolder configs;
  @Inject SchemaCacheHolder schemaCache;
  @Inject TxRunner txRunner;

  /** {@code GET /}: the OpenAPI document of the relations the requesting role may use. */
  public OpenApiView root(RawRequest raw, AuthContext auth) {
    AppConfig config = configs.get();
    ApiRequest req = ApiRequestParser.parse(raw, config.dbSchemas());
    boolean acceptable = req.accept().stream()
        .anyMatch(t -> t == MediaType.OPENAPI || t == MediaType.JSON || t == MediaType.ANY);
    if (!acceptable) {
      throw ErrorCode.UNACCEPTABLE_MEDIA_TYPE.exception(
          "None of these media types are available: " + req.acceptHeader());
    }
    SchemaCache cache = schemaCache.get();
    DbSettings db = schemaCache.settings();
    DbResult result = txRunner.run(new TxRequest(
        RequestContext.settings(raw, req, auth, config, db), RequestContext.preRequest(config),
        OpenApiSql.visible(req.schema()), true, false, auth.authenticated(), r -> { },
        java.util.Optional.empty()));
    return OpenApiView.of(req.schema(), config.dbSchemas().size() > 1 || req.profileRequested(), cache,
        new String(result.body(), java.nio.charset.StandardCharsets.UTF_8));
  }

  public HttpResult handle(RawRequest raw, AuthContext auth) {
    AppConfig config = configs.get();
    ApiRequest req = ApiRequestParser.parse(raw, config.dbSchemas());
    SchemaCache cache = schemaCache.get();
    DbSettings db = schemaCache.settings();
    Planner planner = new Planner(cache, config);
    if (req.isCall()) {
      return call(raw, req, auth, planner, config);
    }
    if (req.action() == Action.OPTIONS) {
      return Options.forRelation(planner.table(req));
    }
    ActionPlan plan = planner.plan(req);
    Sql main = plan.mutate()
        .map(m -> MutateSql.main(m, plan.read(), plan.media(), plan.representation()))
        .orElseGet(() -> ReadSql.main(plan.read(), plan.media(), plan.counting(), req.action() == Action.HEAD));
    TxRequest tx = new TxRequest(
        RequestContext.settings(raw, req, auth, config, db),
        RequestContext.preRequest(config),
        main,
        req.action().isRead(),
        RequestContext.rollback(req, config),
        auth.authenticated(),
        r -> Responder.check(plan, r),
        plan.counting().explain() ? java.util.Optional.of(ReadSql.explainCount(plan.read())) : java.util.Optional.empty());
    DbResult result = txRunner.run(tx);
    HttpResult http = Responder.respond(req, plan, result, config.dbSchemas().size() > 1);
    http = RequestContext.timezoneApplied(http, req, db);
    return ResponseGucs.apply(http, result.headersJson(), result.status());
  }

  /** {@code /rpc/{function}}: the call is planned and run as a read of the function's result. */
  private HttpResult call(RawRequest raw, ApiRequest req, AuthContext auth, Planner planner, AppConfig config) {
    if (req.action() == Action.OPTIONS) {
      return Options.forRoutine(planner.routine(req));
    }
    CallPlan call = planner.call(req);
    ActionPlan plan = call.result();
    DbSettings db = schemaCache.settings();
    TxRequest tx = new TxRequest(
        RequestContext.settings(raw, req, auth, config, db),
        RequestContext.preRequest(config),
        CallSql.main(call),
        call.readOnly(),
        RequestContext.rollback(req, config),
        auth.authenticated(),
        r -> Responder.check(plan, r),
        plan.counting().explain() ? java.util.Optional.of(CallSql.explainCount(call)) : java.util.Optional.empty());
    DbResult result = txRunner.run(tx);
    HttpResult http = Responder.respond(req, plan, result, config.dbSchemas().size() > 1);
    if (call.routine().returns().kind() == io.restgres.schema.Routine.Returns.Kind.VOID) {
      http = Responder.noContent(http);
    }
    http = RequestContext.timezoneApplied(http, req, db);
    return ResponseGucs.apply(http, result.headersJson(), result.status());
  }
}
