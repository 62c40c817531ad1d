package io.restgres.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.restgres.error.ApiException;
import io.restgres.request.RangeSpec;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** PostgREST's range rules (RangeQuery.hs), case by case. */
class RangesTest {
  private static RangeSpec q(Long limit, Long offset) {
    return Ranges.fromQuery(Optional.ofNullable(limit), Optional.ofNullable(offset));
  }

  @Test
  void limitAndOffset() {
    assertEquals(RangeSpec.ALL, q(null, null));
    assertEquals(new RangeSpec(0, Optional.of(3L)), q(3L, null));
    assertEquals(new RangeSpec(2, Optional.of(3L)), q(3L, 2L));
    assertEquals(new RangeSpec(2, Optional.empty()), q(null, 2L));
    assertEquals(new RangeSpec(0, Optional.empty()), q(null, -4L));
  }

  @Test
  void limitZero_isKept_butOnlyWithoutOffset() {
    assertEquals(new RangeSpec(0, Optional.of(0L)), q(0L, null));
    ApiException e = assertThrows(ApiException.class, () -> q(0L, 5L));
    assertEquals("PGRST103", e.code());
    assertEquals(416, e.status());
  }

  @Test
  void negativeLimit_is416() {
    assertEquals("Limit should be greater than or equal to zero.",
        assertThrows(ApiException.class, () -> q(-1L, null)).details());
  }

  @Test
  void headerRange_intersectsTheQuery() {
    assertEquals(new RangeSpec(0, Optional.of(2L)),
        Ranges.intersect(q(3L, null), new RangeSpec(0, Optional.of(2L))));
    assertEquals(new RangeSpec(10, Optional.empty()), Ranges.intersect(q(null, null), new RangeSpec(10, Optional.empty())));
    assertThrows(ApiException.class, () -> Ranges.intersect(q(3L, 5L), new RangeSpec(0, Optional.of(2L))));
  }

  @Test
  void maxRows_capsEveryRead() {
    assertEquals(new RangeSpec(0, Optional.of(100L)), RangeSpec.ALL.capped(100));
    assertEquals(new RangeSpec(5, Optional.of(10L)), new RangeSpec(5, Optional.of(10L)).capped(100));
  }

  @Test
  void countPlans() {
    assertEquals(CountPlan.NONE, CountPlan.of(Optional.empty(), Optional.empty()));
    CountPlan estimated = CountPlan.of(Optional.of("estimated"), Optional.of(100L));
    assertEquals(Long.valueOf(42), estimated.total(42L, 1000L));
    assertEquals(Long.valueOf(5000), estimated.total(101L, 5000L));
    assertEquals(Long.valueOf(7), CountPlan.of(Optional.of("planned"), Optional.empty()).total(null, 7L));
    CountPlan unbounded = CountPlan.of(Optional.of("estimated"), Optional.empty());
    assertEquals(Long.valueOf(1000), unbounded.total(5L, 1000L));
    assertEquals(Long.valueOf(5), unbounded.total(5L, 2L));
  }
}
