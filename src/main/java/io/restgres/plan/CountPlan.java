package io.restgres.plan;

import java.util.Optional;

/**
 * How the total of a read is counted ({@code Prefer: count=}): {@code exact} counts every row;
 * {@code planned} takes the planner's estimate; {@code estimated} counts exactly (up to
 * {@code db-max-rows} + 1) and reports the larger of that and the estimate when the exact count
 * exceeds {@code db-max-rows}, or always when no {@code db-max-rows} is set (PostgREST compares
 * against an absent maximum as if it were exceeded).
 *
 * @param exactCap when counting exactly, the row count at which counting stops
 * @param explain whether the planner's estimate of the count query is needed
 * @param maxRows {@code db-max-rows}, for {@code estimated}
 */
public record CountPlan(boolean exact, Optional<Long> exactCap, boolean explain, Optional<Long> maxRows) {
  public static final CountPlan NONE = new CountPlan(false, Optional.empty(), false, Optional.empty());

  static CountPlan of(Optional<String> preference, Optional<Long> maxRows) {
    return switch (preference.orElse("")) {
      case "exact" -> new CountPlan(true, Optional.empty(), false, Optional.empty());
      case "planned" -> new CountPlan(false, Optional.empty(), true, Optional.empty());
      case "estimated" -> new CountPlan(true, maxRows.map(m -> m + 1), true, maxRows);
      default -> NONE;
    };
  }

  /** The total to report from the exact count (possibly capped) and the planner's estimate. */
  public Long total(Long counted, Long planned) {
    if (!exact) {
      return planned;
    }
    if (!explain || counted == null || planned == null) {
      return counted;
    }
    boolean exceeded = maxRows.map(m -> counted > m).orElse(true);
    return exceeded ? Math.max(counted, planned) : counted;
  }
}
