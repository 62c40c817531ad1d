package io.restgres.request.parse;

import io.restgres.request.Preferences;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parses {@code Prefer} headers (RFC 7240) as PostgREST's {@code Preferences.fromHeaders} does:
 * every header is split at commas and each preference stripped; a preference must be written
 * exactly ({@code return=minimal}, not {@code return = minimal}); the first of a kind wins;
 * {@code timezone=} and {@code max-affected=} take any value (a number that does not read is
 * ignored), and everything else unrecognised is kept as invalid, for {@code handling=strict}.
 */
public final class PreferParser {
  private static final String TIMEZONE = "timezone=";
  private static final String MAX_AFFECTED = "max-affected=";
  /** The values each keyword preference takes. */
  private static final Map<String, Set<String>> VALUES = Map.of(
      "return", Set.of("minimal", "headers-only", "representation"),
      "count", Set.of("exact", "planned", "estimated"),
      "resolution", Set.of("merge-duplicates", "ignore-duplicates"),
      "missing", Set.of("default", "null"),
      "handling", Set.of("strict", "lenient"),
      "tx", Set.of("commit", "rollback"));

  private PreferParser() {}

  public static Preferences parse(List<String> headerValues) {
    Map<String, String> chosen = new HashMap<>();
    String maxAffected = null;
    String timezone = null;
    List<String> invalid = new ArrayList<>();
    for (String header : headerValues) {
      if (header.isEmpty()) {
        continue;
      }
      for (String raw : header.split(",", -1)) {
        String pref = strip(raw);
        if (pref.startsWith(TIMEZONE)) {
          timezone = timezone == null ? pref.substring(TIMEZONE.length()) : timezone;
        } else if (pref.startsWith(MAX_AFFECTED)) {
          maxAffected = maxAffected == null ? pref.substring(MAX_AFFECTED.length()) : maxAffected;
        } else {
          int eq = pref.indexOf('=');
          String key = eq < 0 ? pref : pref.substring(0, eq);
          String value = eq < 0 ? "" : pref.substring(eq + 1);
          if (VALUES.getOrDefault(key, Set.of()).contains(value)) {
            chosen.putIfAbsent(key, value);
          } else {
            invalid.add(pref);
          }
        }
      }
    }
    return new Preferences(
        Optional.ofNullable(chosen.get("return")),
        Optional.ofNullable(chosen.get("count")),
        Optional.ofNullable(chosen.get("resolution")),
        Optional.ofNullable(chosen.get("missing")),
        Optional.ofNullable(chosen.get("handling")),
        Optional.ofNullable(chosen.get("tx")),
        Optional.ofNullable(maxAffected).flatMap(PreferParser::number),
        Optional.ofNullable(timezone),
        invalid);
  }

  // Haskell's readMaybe for Int64, within the range that needs no wrapping: blanks around, a sign
  private static Optional<Long> number(String s) {
    return Int64Text.read(strip(s));
  }

  /** Data.ByteString.Char8's strip: ASCII whitespace and no-break space. */
  private static String strip(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00a0';
  }
}
