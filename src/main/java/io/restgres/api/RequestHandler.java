package io.restgres.api;

import io.restgres.auth.AuthContext;
import io.restgres.config.AppConfig;
import io.restgres.config.ApplicationSingleton;
import io.restgres.config.ConfigHolder;
import io.restgres.config.OpenApiSettings;
import io.restgres.db.DbResult;
import io.restgres.db.TxRequest;
import io.restgres.db.TxRunner;
import io.restgres.error.ApiException;
import io.restgres.error.ErrorCode;
import io.restgres.error.ErrorVerbosity;
import io.restgres.log.QueryLog;
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
import io.restgres.response.ServerTiming;
import io.restgres.response.ServerTiming.Phase;
import io.restgres.schema.DbSettings;
import io.restgres.schema.SchemaCache;
import io.restgres.schema.load.SchemaCacheHolder;
import io.restgres.sql.MainQuery;
import io.restgres.sql.TxStatements;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The request pipeline: parse → plan → SQL → execute → respond. Each stage is a pure function of
 * the previous one's output, except execution; this class only hands each stage's output on.
 */
@ApplicationSingleton
public class RequestHandler {
  @Inject ConfigHolder configs;
  @Inject SchemaCacheHolder schemaCache;
  @Inject TxRunner txRunner;

  /**
   * {@code GET /}: the OpenAPI document of the relations the requesting role may use. Its response
   * stage, writing the document, is the caller's.
   */
  public OpenApiView root(RawRequest raw, AuthContext auth, ServerTiming timing) {
    AppConfig config = configs.get();
    if (config.openApi().mode() == OpenApiSettings.Mode.DISABLED) {
      throw ErrorCode.OPENAPI_DISABLED.exception("Root endpoint metadata is disabled");
    }
    long t = timing.now();
    ApiRequest req = ApiRequestParser.parse(raw, config.dbSchemas());
    t = timing.lap(Phase.PARSE, t);
    boolean acceptable = req.accept().stream()
        .anyMatch(m -> m.is(MediaType.OPENAPI) || m.is(MediaType.JSON) || m.is(MediaType.ANY));
    if (!acceptable) {
      throw ErrorCode.UNACCEPTABLE_MEDIA_TYPE.exception(
          "None of these media types are available: " + req.acceptHeader());
    }
    SchemaCache cache = schemaCache.get();
    DbSettings db = schemaCache.settings();
    TxPlan tx = new Planner(cache, config).root(req);
    TxStatements statements = statements(req, tx, auth, db);
    MainQuery main = MainQuery.openApi(req.schema());
    t = timing.lap(Phase.PLAN, t);
    QueryLog queries = queryLog(config);
    DbResult result;
    try {
      result = execute(statements, main, auth, Optional.empty(), queries);
    } catch (ApiException e) {
      queries.write(e.status());
      throw e;
    }
    timing.lap(Phase.TRANSACTION, t);
    queries.write(200);
    OpenApiView view = OpenApiView.of(req.schema(), config.dbSchemas().size() > 1 || req.profileRequested(),
        cache, new String(result.body().bytes(), StandardCharsets.UTF_8));
    return config.openApi().mode() == OpenApiSettings.Mode.IGNORE_PRIVILEGES ? view.ignoringPrivileges() : view;
  }

  /**
   * Any other request. With {@code log-query} the statements it ran are logged once its status is
   * known; with {@code server-timing-enabled} a successful answer carries its stages' durations.
   */
  public HttpResult handle(RawRequest raw, AuthContext auth, ServerTiming timing) {
    AppConfig config = configs.get();
    QueryLog queries = queryLog(config);
    HttpResult result;
    try {
      result = answer(config, raw, auth, timing, queries);
    } catch (ApiException e) {
      queries.write(e.status());
      throw e;
    }
    queries.write(result.status());
    return timing.addTo(result);
  }

  private HttpResult answer(AppConfig config, RawRequest raw, AuthContext auth, ServerTiming timing,
      QueryLog queries) {
    long t = timing.now();
    ApiRequest req = ApiRequestParser.parse(raw, config.dbSchemas());
    t = timing.lap(Phase.PARSE, t);
    DbSettings db = schemaCache.settings();
    Planner planner = new Planner(schemaCache.get(), config);
    boolean multiSchema = config.dbSchemas().size() > 1;
    ErrorVerbosity verbosity = config.observability().clientErrorVerbosity();
    if (req.action() == Action.OPTIONS) {
      HttpResult options = req.isCall() ? Options.forRoutine(planner.routine(req))
          : Options.forRelation(planner.table(req));
      timing.lap(Phase.PLAN, t);
      return options.withVary();
    }
    if (req.isCall()) {
      CallPlan call = planner.call(req);
      TxStatements statements = statements(req, call.tx(), auth, db);
      MainQuery main = MainQuery.call(call);
      t = timing.lap(Phase.PLAN, t);
      DbResult result = execute(statements, main, auth, Responder.check(call.result()), queries);
      t = timing.lap(Phase.TRANSACTION, t);
      HttpResult http = ResponseGucs.apply(Responder.respondCall(req, call, result, multiSchema, verbosity),
          result.headersJson(), result.status()).withVary();
      timing.lap(Phase.RESPONSE, t);
      return http;
    }
    ActionPlan plan = planner.plan(req);
    TxStatements statements = statements(req, plan.tx(), auth, db);
    MainQuery main = plan.mutate().isPresent() ? MainQuery.write(plan) : MainQuery.read(plan);
    t = timing.lap(Phase.PLAN, t);
    DbResult result = execute(statements, main, auth, Responder.check(plan), queries);
    t = timing.lap(Phase.TRANSACTION, t);
    HttpResult http = ResponseGucs.apply(Responder.respond(req, plan, result, multiSchema, verbosity),
        result.headersJson(), result.status()).withVary();
    timing.lap(Phase.RESPONSE, t);
    return http;
  }

  private DbResult execute(TxStatements tx, MainQuery main, AuthContext auth, Optional<Consumer<DbResult>> check,
      QueryLog queries) {
    queries.add(tx, main);
    return txRunner.run(new TxRequest(tx, main, auth.authenticated(), check));
  }

  private static QueryLog queryLog(AppConfig config) {
    return config.observability().logQuery() ? new QueryLog(config.observability().logLevel()) : QueryLog.OFF;
  }

  private static TxStatements statements(ApiRequest req, TxPlan tx, AuthContext auth, DbSettings db) {
    return TxStatements.of(tx, req.info(), auth.role(), auth.claimsJson(), db.settingsOf(auth.role()),
        db.isolationOf(auth.role()).map(Isolation::of));
  }
}
