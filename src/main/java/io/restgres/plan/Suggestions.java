package io.restgres.plan;

import io.restgres.schema.SchemaCache;
import java.util.List;
import java.util.Optional;

/**
 * "Perhaps you meant" hints for tables and relationships, from {@link FuzzySet} with PostgREST's
 * thresholds ({@code Error.hs}: {@code tableNotFoundHint}, {@code noRelBetweenHint}).
 */
final class Suggestions {
  // A table name is suggested only when this close, so that hints do not reveal unrelated tables.
  private static final double TABLE_HINT_MIN = 0.75;
  // PostgREST builds no fuzzy index for a schema with this many tables or more (it is memory heavy).
  private static final int MAX_TABLES = 500;

  private Suggestions() {}

  static Optional<String> table(SchemaCache cache, String schema, String name) {
    List<String> tables = cache.tablesOf(schema).stream().map(t -> t.name().name()).toList();
    return tables.size() < MAX_TABLES ? new FuzzySet(tables).closest(name, TABLE_HINT_MIN) : Optional.empty();
  }

  /** The candidate closest to {@code name} at {@code getOne}'s default score, if any. */
  static Optional<String> closest(String name, List<String> candidates) {
    return new FuzzySet(candidates).closest(name, FuzzySet.DEFAULT_MIN);
  }

  /** Levenshtein distance, for {@link FuzzySet}'s second scoring. */
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
