package io.restgres.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restgres.request.ApiRequest;
import io.restgres.request.RawRequest;
import io.restgres.request.parse.ApiRequestParser;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code Prefer: timezone=} as PostgREST v16 takes it: any value, offsets included, goes to the
 * transaction as given, whatever {@code handling=} says; PostgreSQL judges it.
 */
class PreferencePlannerTest {
  static ApiRequest get(String prefer) {
    return ApiRequestParser.parse(
        new RawRequest("GET", "films", null, Map.of("prefer", List.of(prefer)), null), List.of("api"));
  }

  static ActionPlan plan(String prefer) {
    return new Planner(Films.CACHE, Films.config()).plan(get(prefer));
  }

  @Test
  void zone_isSetAndApplied_asGiven() {
    assertEquals(Optional.of("Asia/Tokyo"), plan("count=exact, timezone=Asia/Tokyo").preferences().timezone());
    assertEquals(Optional.of("Asia/Tokyo"), plan("timezone=Asia/Tokyo").tx().timezone());
    assertEquals(Optional.of("+05:30"), plan("timezone=+05:30").tx().timezone());
    assertEquals(Optional.of("-4"), plan("timezone=-4").tx().timezone());
  }

  @Test
  void unknownZone_goesToPostgresEvenWhenLenientOrStrict() {
    assertEquals(Optional.of("Mars/Olympus"), plan("handling=lenient, timezone=Mars/Olympus").tx().timezone());
    assertEquals(Optional.of("Mars/Olympus"), plan("handling=strict, timezone=Mars/Olympus").tx().timezone());
  }

  @Test
  void root_takesTheZoneToo() {
    assertEquals(Optional.of("UTC"), new Planner(Films.CACHE, Films.config()).root(get("timezone=UTC")).timezone());
  }
}
