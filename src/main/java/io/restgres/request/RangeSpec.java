package io.restgres.request;

import java.util.Optional;

/**
 * A row range: offset and optional limit, from {@code limit}/{@code offset} and the {@code Range}
 * header (their intersection when both are given).
 */
public record RangeSpec(long offset, Optional<Long> limit) {
  public static final RangeSpec ALL = new RangeSpec(0, Optional.empty());

  public boolean isAll() {
    return offset == 0 && limit.isEmpty();
  }

  /** The intersection of two ranges. */
  public RangeSpec intersect(RangeSpec other) {
    long from = Math.max(offset, other.offset);
    Optional<Long> to = minTo(upper(), other.upper());
    return new RangeSpec(from, to.map(t -> Math.max(0, t - from + 1)));
  }

  /** Restricts the range to at most {@code max} rows. */
  public RangeSpec capped(long max) {
    return new RangeSpec(offset, Optional.of(limit.map(l -> Math.min(l, max)).orElse(max)));
  }

  private Optional<Long> upper() {
    return limit.map(l -> offset + l - 1);
  }

  private static Optional<Long> minTo(Optional<Long> a, Optional<Long> b) {
    if (a.isEmpty()) {
      return b;
    }
    return b.isEmpty() ? a : Optional.of(Math.min(a.get(), b.get()));
  }
}
