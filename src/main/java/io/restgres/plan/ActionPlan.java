package io.restgres.plan;

import io.restgres.request.Action;
import io.restgres.request.MediaType;
import io.restgres.request.PlanMedia;
import io.restgres.schema.Table;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the SQL builder and the response stage need for one request on a relation.
 *
 * @param read the read, or the shape of the returned representation of a write
 * @param mutate the write, for POST/PATCH/DELETE
 * @param media the negotiated media type of the body the statement renders
 * @param custom the media type handler of the database that renders the body, when one does
 * @param explain for {@code Accept: application/vnd.pgrst.plan}: the EXPLAIN wanted of that
 *     statement, which then answers instead
 * @param counting how a read's total is computed
 * @param representation whether a write returns its rows in the body
 * @param preferences the preferences that take effect
 * @param tx how the transaction is set up and ended
 * @param legacyTargets embeds that parameters named by relation instead of alias (deprecated)
 */
public record ActionPlan(
    Action action,
    Table table,
    ReadPlan read,
    Optional<MutatePlan> mutate,
    MediaType media,
    Optional<CustomMedia> custom,
    Optional<PlanMedia> explain,
    CountPlan counting,
    boolean representation,
    AppliedPreferences preferences,
    TxPlan tx,
    List<LegacyTarget> legacyTargets) {
  public ActionPlan {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(read, "read");
    Objects.requireNonNull(media, "media");
    Objects.requireNonNull(custom, "custom");
    Objects.requireNonNull(explain, "explain");
    Objects.requireNonNull(counting, "counting");
    Objects.requireNonNull(preferences, "preferences");
    Objects.requireNonNull(tx, "tx");
    legacyTargets = List.copyOf(legacyTargets);
  }

  /** The Content-Type of the body: the handler's, else the negotiated type's. */
  public String contentType() {
    return custom.map(CustomMedia::contentType).orElseGet(media::contentType);
  }
}
