package io.restgres.plan;

import io.restgres.config.AppConfig;
import io.restgres.error.ErrorCode;
import io.restgres.request.ApiRequest;
import io.restgres.request.PlanMedia;
import io.restgres.request.Preferences;
import io.restgres.request.Target;
import io.restgres.schema.QualifiedName;
import io.restgres.schema.Routine;
import io.restgres.schema.SchemaCache;
import io.restgres.schema.Table;
import java.util.List;
import java.util.Optional;

/**
 * Turns an {@link ApiRequest} into an {@link ActionPlan} against one schema-cache snapshot. Pure: the
 * passes only read the cache, and every unknown name becomes a PGRST2xx error here. The order of the
 * passes is PostgREST's, so that the same error wins when a request has several.
 */
public final class Planner {
  private final SchemaCache cache;
  private final AppConfig config;

  public Planner(SchemaCache cache, AppConfig config) {
    this.cache = cache;
    this.config = config;
  }

  public ActionPlan plan(ApiRequest req) {
    return plan(req, table(req));
  }

  /** The plan of a request on a given relation: an RPC call's result, read like a table. */
  ActionPlan plan(ApiRequest req, Table table) {
    Preferences p = req.preferences();
    boolean write = !req.action().isRead();
    boolean representation = write && p.returning().filter("representation"::equals).isPresent();
    // checkEmbedPaths comes first, before relationships are resolved, as in PostgREST
    List<LegacyTarget> legacyTargets = EmbedPaths.check(req.query().select(), req.query(), config.urlUseLegacyTargetNames());
    ReadPlan read = ReadPlanner.plan(cache, table, req, config);
    Optional<MutatePlan> mutate =
        write ? Optional.of(MutatePlanner.plan(table, req, read)) : Optional.empty();
    AppliedPreferences applied = PreferencePlanner.decide(req, table, config);
    MediaNegotiation.Negotiated media = MediaNegotiation.negotiate(req, table, config.dbPlanEnabled(),
        cache.mediaHandlers());
    CountPlan counting = req.action().isRead() ? CountPlan.of(p.count(), config.dbMaxRows()) : CountPlan.NONE;
    TxPlan tx = TxPlan.of(req.schema(), applied.timezone(), applied.tx(), req.action().isRead(), config);
    // EXPLAIN ANALYZE runs the statement: what it wrote is rolled back (PostgREST would commit it)
    boolean analyze = media.explain().filter(e -> e.has(PlanMedia.Option.ANALYZE)).isPresent();
    return new ActionPlan(req.action(), table, read, mutate, media.media(), media.custom(), media.explain(), counting,
        representation, applied, analyze ? tx.withRollback() : tx, legacyTargets);
  }

  /**
   * The transaction of {@code GET /}: READ ONLY, always committed; of the preferences only the time
   * zone applies.
   */
  public TxPlan root(ApiRequest req) {
    return TxPlan.of(req.schema(), req.preferences().timezone(), Optional.of("commit"), true, config);
  }

  /** An RPC call's plan: the function, its arguments and the read of its result. */
  public CallPlan call(ApiRequest req) {
    return CallPlanner.plan(this, req);
  }

  /**
   * The function OPTIONS asks about, chosen as for a HEAD with the same query string (PostgREST):
   * OPTIONS carries no arguments of its own, so a function with required parameters is not found.
   */
  public Routine routine(ApiRequest req) {
    return CallPlanner.plan(this, req).routine();
  }

  SchemaCache cache() {
    return cache;
  }

  AppConfig config() {
    return config;
  }

  /** The relation a request names; 404 PGRST205 when the schema cache has none of that name. */
  public Table table(ApiRequest req) {
    String schema = req.schema();
    String name = ((Target.Relation) req.target()).name();
    return cache
        .table(new QualifiedName(schema, name))
        .orElseThrow(
            () ->
                ErrorCode.TABLE_NOT_FOUND.exception(
                    "Could not find the table '" + schema + "." + name + "' in the schema cache",
                    null,
                    Suggestions.table(cache, schema, name)
                        .map(t -> "Perhaps you meant the table '" + schema + "." + t + "'")
                        .orElse(null)));
  }
}
