package io.restgres.api;

import io.restgres.auth.AuthContext;
import io.restgres.config.AppConfig;
import io.restgres.config.ConfigHolder;
import io.restgres.config.OpenApiSettings;
import io.restgres.db.DbResult;
import io.restgres.db.TxRequest;
import io.restgres.db.TxRunner;
import io.restgres.error.ErrorCode;
import io.restgres.openapi.OpenApiView;
import io.restgres.plan.ActionPlan;
import io.restgres.plan.CallPlan;
import io.restgres.plan.Isolation;
import io.restgres.plan.Planner;
import io.restgres.plan.TxPlan;
import io.restgres.request.Action;
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
import io.restgres.sql.MainQuery;
import io.restgres.sql.TxStatements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * The request pipeline: parse → plan → SQL → execute → respond. Each stage is a pure function of
 * the previous one's output, except execution; this class only hands each stage's output on.
 */
@ApplicationScoped
public class RequestHandler {
  @Inject ConfigHolder configs;
  @Inject SchemaCacheHolder schemaCache;
  @Inject TxRunner txRunner;

  /** {@code GET /}: the OpenAPI document of the relations the requesting role may use. */
  public OpenApiView root(RawRequest raw, AuthContext auth) {
    AppConfig config = configs.get();
    if (config.openApi().mode() == OpenApiSettings.Mode.DISABLED) {
      throw ErrorCode.OPENAPI_DISABLED.exception("Root endpoint metadata is disabled");
    }
    ApiRequest req = ApiRequestParser.parse(raw, config.dbSchemas());
    boolean acceptable = req.accept().stream()
        .anyMatch(t -> t == MediaType.OPENAPI || t == MediaType.JSON || t == MediaType.ANY);
    if (!acceptable) {
      throw ErrorCode.UNACCEPTABLE_MEDIA_TYPE.exception(
          "None of these media types are available: " + req.acceptHeader());
    }
    SchemaCache cache = schemaCache.get();
    DbSettings db = schemaCache.settings();
    TxPlan tx = new Planner(cache, config).root(req);
    DbResult result = execute(statements(req, tx, auth, db), MainQuery.openApi(req.schema()), auth, r -> { });
    OpenApiView view = OpenApiView.of(req.schema(), config.dbSchemas().size() > 1 || req.profileRequested(),
        cache, new String(result.body().bytes(), StandardCharsets.UTF_8));
    return config.openApi().mode() == OpenApiSettings.Mode.IGNORE_PRIVILEGES ? view.ignoringPrivileges() : view;
  }

  public HttpResult handle(RawRequest raw, AuthContext auth) {
    return answer(raw, auth).withVary();
  }

  private HttpResult answer(RawRequest raw, AuthContext auth) {
    AppConfig config = configs.get();
    ApiRequest req = ApiRequestParser.parse(raw, config.dbSchemas());
    DbSettings db = schemaCache.settings();
    Planner planner = new Planner(schemaCache.get(), config);
    boolean multiSchema = config.dbSchemas().size() > 1;
    if (req.action() == Action.OPTIONS) {
      return req.isCall() ? Options.forRoutine(planner.routine(req)) : Options.forRelation(planner.table(req));
    }
    if (req.isCall()) {
      CallPlan call = planner.call(req);
      DbResult result = execute(statements(req, call.tx(), auth, db), MainQuery.call(call), auth,
          r -> Responder.check(call.result(), r));
      return ResponseGucs.apply(Responder.respondCall(req, call, result, multiSchema), result.headersJson(),
          result.status());
    }
    ActionPlan plan = planner.plan(req);
    MainQuery main = plan.mutate().isPresent() ? MainQuery.write(plan) : MainQuery.read(plan);
    DbResult result = execute(statements(req, plan.tx(), auth, db), main, auth, r -> Responder.check(plan, r));
    return ResponseGucs.apply(Responder.respond(req, plan, result, multiSchema), result.headersJson(),
        result.status());
  }

  private DbResult execute(TxStatements tx, MainQuery main, AuthContext auth, Consumer<DbResult> check) {
    return txRunner.run(new TxRequest(tx, main, auth.authenticated(), check));
  }

  private static TxStatements statements(ApiRequest req, TxPlan tx, AuthContext auth, DbSettings db) {
    return TxStatements.of(tx, req.info(), auth.role(), auth.claimsJson(), db.settingsOf(auth.role()),
        db.isolationOf(auth.role()).map(Isolation::of));
  }
}
