package io.restgres.plan;

import io.restgres.error.ErrorCode;
import io.restgres.request.RangeSpec;
import java.util.Optional;

/**
 * The requested row range from {@code limit}/{@code offset} and the Range header, with PostgREST's
 * rules ({@code RangeQuery.hs}): an empty range is 416, except {@code limit=0}, which is kept.
 */
final class Ranges {
  private Ranges() {}

  static RangeSpec fromQuery(Optional<Long> limit, Optional<Long> offset) {
    long lower = Math.max(0, offset.orElse(0L));
    if (limit.isEmpty()) {
      return new RangeSpec(lower, Optional.empty());
    }
    long l = limit.get();
    if (l == 0 && offset.orElse(0L) <= 0) {
      return new RangeSpec(0, Optional.of(0L));
    }
    long upper = offset.orElse(0L) + l - 1;
    if (l < 0 || upper < lower) {
      throw empty();
    }
    return new RangeSpec(lower, Optional.of(upper - lower + 1));
  }

  static RangeSpec intersect(RangeSpec query, RangeSpec header) {
    if (query.limit().equals(Optional.of(0L))) {
      return query;
    }
    RangeSpec r = query.intersect(header);
    if (r.limit().isPresent() && r.limit().get() <= 0) {
      throw empty();
    }
    return r;
  }

  private static RuntimeException empty() {
    return ErrorCode.INVALID_RANGE.exception(
        "Requested range not satisfiable", "Limit should be greater than or equal to zero.", null);
  }
}
