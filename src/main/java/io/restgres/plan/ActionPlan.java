package io.restgres.plan;

import io.restgres.request.Action;
import io.restgres.request.MediaType;
import io.restgres.schema.Table;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the SQL builder and the response stage need for one request on a relation.
 *
 * @param read the read, or the shape of the returned representation of a write
 * @param mutate the write, for POST/PATCH/DELETE
 * @param media the negotiated response media type
 * @param count {@code exact}, {@code planned} or {@code estimated}, when a total was asked for
 * @param counting how a read's total is computed
 * @param representation whether a write returns its rows in the body
 * @param maxAffected the most rows a PATCH or DELETE may change ({@code handling=strict})
 * @param applied the preferences to echo in {@code Preference-Applied}
 */
public record ActionPlan(
    Action action,
    Table table,
    ReadPlan read,
    Optional<MutatePlan> mutate,
    MediaType media,
    Optional<String> count,
    CountPlan counting,
    boolean representation,
    Optional<Long> maxAffected,
    List<String> applied) {
  public ActionPlan {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(read, "read");
    Objects.requireNonNull(media, "media");
    Objects.requireNonNull(counting, "counting");
    applied = List.copyOf(applied);
  }
}
