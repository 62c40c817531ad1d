package io.restgres.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The fuzzy string set PostgREST's "Perhaps you meant" hints come from (the Haskell {@code fuzzyset}
 * package, after fuzzyset.js): entries are scored against the query by the cosine similarity of
 * their n-grams (n = 3, else 2), the best 50 are re-scored by normalised Levenshtein similarity,
 * and only scores at or above a minimum count. Reimplemented here so the hints name what
 * PostgREST's name.
 */
final class FuzzySet {
  /** {@code getOne}'s default minimum score. */
  static final double DEFAULT_MIN = 0.33;

  private static final int CANDIDATES = 50;

  private final Map<String, String> exact = new LinkedHashMap<>();

  FuzzySet(List<String> values) {
    values.forEach(v -> exact.putIfAbsent(v.toLowerCase(Locale.ROOT), v));
  }

  /** The best entry scoring at least {@code minScore}, if any. */
  Optional<String> closest(String query, double minScore) {
    String key = query.toLowerCase(Locale.ROOT);
    if (exact.containsKey(key)) {
      return Optional.of(exact.get(key));
    }
    for (int n = 3; n >= 2; n--) {
      Optional<String> best = closest(key, minScore, n);
      if (best.isPresent()) {
        return best;
      }
    }
    return Optional.empty();
  }

  private Optional<String> closest(String key, double minScore, int n) {
    Map<String, Integer> q = grams(key, n);
    record Scored(double score, String key) {}
    List<Scored> byCosine = new ArrayList<>();
    for (String entry : exact.keySet()) {
      Map<String, Integer> e = grams(entry, n);
      long dot = 0;
      for (Map.Entry<String, Integer> g : q.entrySet()) {
        dot += (long) g.getValue() * e.getOrDefault(g.getKey(), 0);
      }
      if (dot > 0) {
        byCosine.add(new Scored(dot / (norm(q) * norm(e)), entry));
      }
    }
    Comparator<Scored> best = Comparator.comparingDouble(Scored::score).reversed();
    byCosine.sort(best);
    return byCosine.stream().limit(CANDIDATES)
        .map(s -> new Scored(similarity(key, s.key()), s.key()))
        .sorted(best)
        .filter(s -> s.score() >= minScore)
        .findFirst()
        .map(s -> exact.get(s.key()));
  }

  // The lower-cased letters, digits, spaces and commas, framed by '-', cut into n-grams and counted.
  static Map<String, Integer> grams(String value, int n) {
    StringBuilder b = new StringBuilder("-");
    value.toLowerCase(Locale.ROOT).codePoints()
        .filter(c -> Character.isLetterOrDigit(c) || Character.isWhitespace(c) || c == ',')
        .forEach(b::appendCodePoint);
    String s = b.append('-').toString();
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i + n <= s.length(); i++) {
      out.merge(s.substring(i, i + n), 1, Integer::sum);
    }
    return out;
  }

  private static double norm(Map<String, Integer> v) {
    long sum = 0;
    for (int c : v.values()) {
      sum += (long) c * c;
    }
    return Math.sqrt(sum);
  }

  // 1 - distance / the longer length (text-metrics' levenshteinNorm).
  static double similarity(String a, String b) {
    int longer = Math.max(a.length(), b.length());
    return longer == 0 ? 1 : 1 - (double) Suggestions.distance(a, b) / longer;
  }
}
