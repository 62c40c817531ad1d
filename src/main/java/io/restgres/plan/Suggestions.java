package io.restgres.plan;

import io.restgres.schema.SchemaCache;
import java.util.Collection;
import java.util.Optional;

/** "Perhaps you meant" hints: the closest name by edit distance, if it is close enough. */
final class Suggestions {
  private Suggestions() {}

  static Optional<String> table(SchemaCache cache, String schema, String name) {
    return closest(name, cache.tablesOf(schema).stream().map(t -> t.name().name()).toList());
  }

  /** The candidate closest to {@code name}, if close enough; ties go to the first candidate. */
  static Optional<String> closest(String name, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = distance(name, c);
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
    return best != null && bestDistance <= Math.max(2, name.length() / 3) ? Optional.of(best) : Optional.empty();
  }

  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
