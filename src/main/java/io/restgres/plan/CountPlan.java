package io.restgres.plan;

import java.util.Optional;

/**
 * How the total of a read is counted ({@code Prefer: count=}): {@code exact} counts every row;
 * {@code planned} takes the planner's estimate; {@code estimated} counts exactly up to
 * {@code db-max-rows} + 1 and takes the estimate above that.
 *
 * @param exactCap when counting exactly, the row count at which counting stops
 * @param explain whether the planner's estimate of the count query is needed
 */
public record CountPlan(boolean exact, Optional<Long> exactCap, boolean explain) {
  public static final CountPlan NONE = new CountPlan(false, Optional.empty(), false);

  static CountPlan of(Optional<String> preference, Optional<Long> maxRows) {
    return switch (preference.orElse("")) {
      case "exact" -> new CountPlan(true, Optional.empty(), false);
      case "planned" -> new CountPlan(false, Optional.empty(), true);
      case "estimated" -> maxRows.isPresent()
          ? new CountPlan(true, Optional.of(maxRows.get() + 1), true)
          : new CountPlan(true, Optional.empty(), false);
      default -> NONE;
    };
  }

  /** The total to report from the exact count (possibly capped) and the planner's estimate. */
  public Long total(Long counted, Long planned) {
    if (!exact) {
      return planned;
    }
    if (exactCap.isPresent() && counted != null && counted >= exactCap.get() && planned != null) {
      return Math.max(counted, planned);
    }
    return counted;
  }
}
