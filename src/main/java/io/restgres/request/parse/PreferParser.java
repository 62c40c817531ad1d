package io.restgres.request.parse;

import io.restgres.request.Preferences;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Parses {@code Prefer} headers (RFC 7240) the way PostgREST does: last value of a kind wins. */
public final class PreferParser {
  private static final Set<String> RETURNS = Set.of("minimal", "headers-only", "representation");
  private static final Set<String> COUNTS = Set.of("exact", "planned", "estimated");
  private static final Set<String> RESOLUTIONS = Set.of("merge-duplicates", "ignore-duplicates");
  private static final Set<String> TX = Set.of("commit", "rollback");
  private static final Set<String> MISSING = Set.of("default", "null");
  private static final Set<String> HANDLING = Set.of("strict", "lenient");

  private PreferParser() {}

  public static Preferences parse(List<String> headerValues) {
    Optional<String> ret = Optional.empty();
    Optional<String> count = Optional.empty();
    Optional<String> resolution = Optional.empty();
    Optional<String> tx = Optional.empty();
    Optional<Long> maxAffected = Optional.empty();
    Optional<String> timezone = Optional.empty();
    Optional<String> missing = Optional.empty();
    Optional<String> handling = Optional.empty();
    List<String> invalid = new ArrayList<>();
    for (String header : headerValues) {
      for (String raw : header.split(",")) {
        String pref = raw.trim();
        if (pref.isEmpty()) {
          continue;
        }
        int eq = pref.indexOf('=');
        String key = eq < 0 ? pref : pref.substring(0, eq).trim();
        String val = eq < 0 ? "" : pref.substring(eq + 1).trim();
        boolean ok = true;
        switch (key) {
          case "return" -> ok = RETURNS.contains(val) && (ret = Optional.of(val)).isPresent();
          case "count" -> ok = COUNTS.contains(val) && (count = Optional.of(val)).isPresent();
          case "resolution" -> ok = RESOLUTIONS.contains(val) && (resolution = Optional.of(val)).isPresent();
          case "tx" -> ok = TX.contains(val) && (tx = Optional.of(val)).isPresent();
          case "missing" -> ok = MISSING.contains(val) && (missing = Optional.of(val)).isPresent();
          case "handling" -> ok = HANDLING.contains(val) && (handling = Optional.of(val)).isPresent();
          case "max-affected" -> {
            Optional<Long> n = number(val);
            ok = n.isPresent();
            maxAffected = ok ? n : maxAffected;
          }
          case "timezone" -> ok = !val.isEmpty() && (timezone = Optional.of(val)).isPresent();
          default -> ok = false;
        }
        if (!ok) {
          invalid.add(pref);
        }
      }
    }
    return new Preferences(ret, count, resolution, missing, handling, tx, maxAffected, timezone, invalid);
  }

  private static Optional<Long> number(String s) {
    if (s.isEmpty() || s.length() > 18 || !s.chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(s));
  }
}
