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
 * @param missingDefault {@code missing=default}
 * @param strict {@code handling=strict}
 * @param tx {@code tx=commit|rollback}
 * @param maxAffected {@code max-affected=N}
 * @param timezone {@code timezone=…}
 * @param invalid the preferences that were not understood, as written
 */
public record Preferences(
    Optional<String> returning,
    Optional<String> count,
    Optional<String> resolution,
    boolean missingDefault,
    boolean strict,
    Optional<String> tx,
    Optional<Long> maxAffected,
    Optional<String> timezone,
    List<String> invalid) {
  public Preferences {
    invalid = List.copyOf(invalid);
  }
}
