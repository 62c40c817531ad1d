package io.restgres.request.parse;

import io.restgres.request.Preferences;
import java.util.ArrayList;
import java.util.List;
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
  private static final Set<String> RETURNS = Set.of("minimal", "headers-only", "representation");
  private static final Set<String> COUNTS = Set.of("exact", "planned", "estimated");
  private static final Set<String> RESOLUTIONS = Set.of("merge-duplicates", "ignore-duplicates");
  private static final Set<String> TX = Set.of("commit", "rollback");
  private static final Set<String> MISSING = Set.of("default", "null");
  private static final Set<String> HANDLING = Set.of("strict", "lenient");

  private PreferParser() {}

  public static Preferences parse(List<String> headerValues) {
    List<String> prefs = new ArrayList<>();
    for (String header : headerValues) {
      if (!header.isEmpty()) {
        for (String pref : header.split(",", -1)) {
          prefs.add(strip(pref));
        }
      }
    }
    Optional<String> missing = first(prefs, "missing", MISSING);
    Optional<String> handling = first(prefs, "handling", HANDLING);
    List<String> invalid = prefs.stream().filter(p -> !isAccepted(p)).toList();
    return new Preferences(
        first(prefs, "return", RETURNS),
        first(prefs, "count", COUNTS),
        first(prefs, "resolution", RESOLUTIONS),
        missing,
        handling,
        first(prefs, "tx", TX),
        withPrefix(prefs, "max-affected=").flatMap(PreferParser::number),
        withPrefix(prefs, "timezone="),
        invalid);
  }

  /** The value of the first {@code key=value} preference whose value is one of {@code values}. */
  private static Optional<String> first(List<String> prefs, String key, Set<String> values) {
    return prefs.stream()
        .filter(p -> p.startsWith(key + "=") && values.contains(p.substring(key.length() + 1)))
        .map(p -> p.substring(key.length() + 1))
        .findFirst();
  }

  private static Optional<String> withPrefix(List<String> prefs, String prefix) {
    return prefs.stream().filter(p -> p.startsWith(prefix)).map(p -> p.substring(prefix.length())).findFirst();
  }

  private static boolean isAccepted(String pref) {
    if (pref.startsWith("timezone=") || pref.startsWith("max-affected=")) {
      return true;
    }
    int eq = pref.indexOf('=');
    String key = eq < 0 ? pref : pref.substring(0, eq);
    String value = eq < 0 ? "" : pref.substring(eq + 1);
    return switch (key) {
      case "return" -> RETURNS.contains(value);
      case "count" -> COUNTS.contains(value);
      case "resolution" -> RESOLUTIONS.contains(value);
      case "tx" -> TX.contains(value);
      case "missing" -> MISSING.contains(value);
      case "handling" -> HANDLING.contains(value);
      default -> false;
    };
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
