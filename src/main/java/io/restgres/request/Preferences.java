package io.restgres.request;

import java.util.List;
import java.util.Optional;

/**
 * The {@code Prefer} header (RFC 7240) as PostgREST reads it. Unrecognised preferences are kept in
 * {@code invalid} so that {@code handling=strict} can reject them.
 *
 * @param returning {@code return=minimal|headers-only|representation}
 * @param count {@code count=exact|planned|estimated}
 * @param resolution {@code resolution=merge-duplicates|ignore-duplicates}
 * @param missing {@code missing=default|null}
 * @param handling {@code handling=strict|lenient}
 * @param tx {@code tx=commit|rollback}
 * @param maxAffected {@code max-affected=N}
 * @param timezone {@code timezone=…}
 * @param invalid the preferences that were not understood, as written
 */
public record Preferences(
    Optional<String> returning,
    Optional<String> count,
    Optional<String> resolution,
    Optional<String> missing,
    Optional<String> handling,
    Optional<String> tx,
    Optional<Long> maxAffected,
    Optional<String> timezone,
    List<String> invalid) {
  public Preferences {
    invalid = List.copyOf(invalid);
  }

  /** {@code missing=default}: keys a row lacks take the column default rather than NULL. */
  public boolean missingDefault() {
    return missing.filter("default"::equals).isPresent();
  }

  /** {@code handling=strict}: invalid preferences are refused, and max-affected applies. */
  public boolean strict() {
    return handling.filter("strict"::equals).isPresent();
  }
}
