package io.restgres.plan;

import java.util.Optional;

/**
 * The preferences that take effect for a request, decided once by {@link PreferencePlanner}: the
 * response stage renders {@code Preference-Applied} from them and reads behaviour off them.
 *
 * @param resolution {@code merge-duplicates|ignore-duplicates}, on an insert with a conflict target
 * @param missing {@code default|null}, on an insert or update
 * @param returning {@code minimal|headers-only|representation}, on a write
 * @param count {@code exact|planned|estimated}
 * @param tx {@code commit|rollback}, when {@code db-tx-end} lets the client choose
 * @param handling {@code strict|lenient}
 * @param timezone {@code timezone=}, as given: PostgreSQL judges it
 * @param maxAffected the most rows a PATCH, DELETE or call may change, under {@code handling=strict}
 */
public record AppliedPreferences(
    Optional<String> resolution,
    Optional<String> missing,
    Optional<String> returning,
    Optional<String> count,
    Optional<String> tx,
    Optional<String> handling,
    Optional<String> timezone,
    Optional<Long> maxAffected) {

  /** {@code return=headers-only}: a write answers with its Location but no body. */
  public boolean isHeadersOnly() {
    return returning.filter("headers-only"::equals).isPresent();
  }

  /** {@code resolution=merge-duplicates}: an insert updates the rows it conflicts with. */
  public boolean isMergeDuplicates() {
    return resolution.filter("merge-duplicates"::equals).isPresent();
  }

  /** A count that reports the rows a write changed ({@code planned} reports none). */
  public boolean countsWrite() {
    return count.filter(c -> !c.equals("planned")).isPresent();
  }
}
