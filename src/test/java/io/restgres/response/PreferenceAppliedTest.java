package io.restgres.response;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restgres.plan.AppliedPreferences;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code Preference-Applied} in PostgREST's order. */
class PreferenceAppliedTest {
  static final Optional<String> NONE = Optional.empty();

  @Test
  void timezone_comesAfterHandling_andBeforeMaxAffected() {
    assertEquals(Optional.of("count=exact, timezone=Asia/Tokyo"), PreferenceApplied.header(
        new AppliedPreferences(NONE, NONE, NONE, Optional.of("exact"), NONE, NONE, Optional.of("Asia/Tokyo"),
            Optional.empty())));
    assertEquals(Optional.of("handling=strict, timezone=UTC, max-affected=5"), PreferenceApplied.header(
        new AppliedPreferences(NONE, NONE, NONE, NONE, NONE, Optional.of("strict"), Optional.of("UTC"),
            Optional.of(5L))));
    assertEquals(Optional.of("timezone=UTC"), PreferenceApplied.header(
        new AppliedPreferences(NONE, NONE, NONE, NONE, NONE, NONE, Optional.of("UTC"), Optional.empty())));
  }

  @Test
  void nothingApplied_noHeader() {
    assertEquals(Optional.empty(), PreferenceApplied.header(
        new AppliedPreferences(NONE, NONE, NONE, NONE, NONE, NONE, NONE, Optional.empty())));
  }

  @Test
  void everything_inPostgrestOrder() {
    assertEquals(Optional.of("resolution=merge-duplicates, missing=default, return=representation, count=exact, "
        + "tx=rollback, handling=strict, timezone=UTC, max-affected=1"), PreferenceApplied.header(
        new AppliedPreferences(Optional.of("merge-duplicates"), Optional.of("default"),
            Optional.of("representation"), Optional.of("exact"), Optional.of("rollback"), Optional.of("strict"),
            Optional.of("UTC"), Optional.of(1L))));
  }
}
