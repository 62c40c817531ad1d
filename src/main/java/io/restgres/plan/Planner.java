package io.restgres.plan;

import io.restgres.config.AppConfig;
import io.restgres.error.ErrorCode;
import io.restgres.plan.MutatePlan.Kind;
import io.restgres.request.Action;
import io.restgres.request.ApiRequest;
import io.restgres.request.MediaType;
import io.restgres.request.Payload;
import io.restgres.request.Preferences;
import io.restgres.request.parse.PayloadScanner;
import io.restgres.schema.QualifiedName;
import io.restgres.schema.SchemaCache;
import io.restgres.schema.Table;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns an {@link ApiRequest} into an {@link ActionPlan} against one schema-cache snapshot. Pure: the
 * passes below only read the cache, and every unknown name becomes a PGRST2xx error here.
 */
public final class Planner {
  private final SchemaCache cache;
  private final AppConfig config;

  public Planner(SchemaCache cache, AppConfig config) {
    this.cache = cache;
    this.config = config;
  }

  public ActionPlan plan(ApiRequest req) {
    Table table = findTable(req.schema(), req.relation().orElseThrow());
    MediaType media = MediaNegotiation.negotiate(req.accept(), req.acceptHeader(), req.action());
    ReadPlan read = ReadPlanner.plan(table, req, config);
    Preferences p = req.preferences();
    List<String> applied = new ArrayList<>();
    Optional<MutatePlan> mutate = Optional.empty();
    boolean representation = false;
    if (!req.action().isRead() && req.action() != Action.OPTIONS) {
      representation = p.returning().map(r -> r.equals("representation")).orElse(false);
      p.returning().ifPresent(r -> applied.add("return=" + r));
      mutate = Optional.of(mutation(table, req, read, representation));
    }
    if (p.count().isPresent()) {
      applied.add("count=" + p.count().get());
    }
    CountPlan counting = req.action().isRead() ? CountPlan.of(p.count(), config.dbMaxRows()) : CountPlan.NONE;
    return new ActionPlan(
        req.action(), table, read, mutate, media, p.count(), counting, representation, applied);
  }

  /** The relation a request names; 404 PGRST205 when the schema cache has none of that name. */
  public Table table(ApiRequest req) {
    return findTable(req.schema(), req.relation().orElseThrow());
  }

  private Table findTable(String schema, String name) {
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

  private MutatePlan mutation(Table table, ApiRequest req, ReadPlan read, boolean representation) {
    boolean returnRows = representation || req.action() == Action.INSERT;
    return switch (req.action()) {
      case INSERT -> insert(table, req, returnRows);
      case UPDATE -> {
        Payload body = body(req);
        yield new MutatePlan(
            Kind.UPDATE, table.name(), body.keys(), body.json(), read.where(), Optional.empty(),
            representation, table.primaryKey());
      }
      case DELETE -> new MutatePlan(
          Kind.DELETE, table.name(), List.of(), "", read.where(), Optional.empty(), representation,
          table.primaryKey());
      default -> throw ErrorCode.UNSUPPORTED_METHOD.exception(
          "Unsupported HTTP method: PUT", null, "PUT is not supported yet; use POST with Prefer: resolution=merge-duplicates");
    };
  }

  private MutatePlan insert(Table table, ApiRequest req, boolean returnRows) {
    Payload body = body(req);
    List<String> columns = req.query().columns().orElse(body.keys());
    return new MutatePlan(
        Kind.INSERT, table.name(), columns, body.json(), List.of(), Optional.empty(), returnRows,
        table.primaryKey());
  }

  private static Payload body(ApiRequest req) {
    String type = req.contentType().orElse("application/json");
    if (!type.equals("application/json")) {
      throw ErrorCode.INVALID_BODY.exception(
          "Content-Type not acceptable: " + req.contentType().get());
    }
    return PayloadScanner.scan(new String(req.body(), StandardCharsets.UTF_8));
  }
}
