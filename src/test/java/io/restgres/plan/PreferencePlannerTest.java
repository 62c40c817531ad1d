package io.restgres.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.restgres.error.ApiException;
import io.restgres.request.ApiRequest;
import io.restgres.request.RawRequest;
import io.restgres.request.parse.ApiRequestParser;
import io.restgres.schema.DbSettings;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code Prefer: timezone=} as PostgREST v14 takes it, decided with the other preferences. */
class PreferencePlannerTest {
  static final DbSettings DB = new DbSettings(Map.of(), Set.of("Asia/Tokyo", "UTC"));

  static ApiRequest get(String prefer) {
    return ApiRequestParser.parse(
        new RawRequest("GET", "films", null, Map.of("prefer", List.of(prefer)), null), List.of("api"));
  }

  static AppliedPreferences applied(String prefer) {
    return new Planner(Films.CACHE, DB, Films.config()).plan(get(prefer)).preferences();
  }

  @Test
  void knownZone_isSet_andApplied() {
    assertEquals(Optional.of("Asia/Tokyo"), PreferencePlanner.timezone(get("timezone=Asia/Tokyo").preferences(), DB));
    assertEquals(Optional.of("Asia/Tokyo"), applied("count=exact, timezone=Asia/Tokyo").timezone());
    ActionPlan plan = new Planner(Films.CACHE, DB, Films.config()).plan(get("timezone=UTC"));
    assertEquals(Optional.of("UTC"), plan.tx().timezone());
  }

  @Test
  void unknownZone_isIgnored() {
    assertEquals(Optional.empty(), PreferencePlanner.timezone(get("timezone=Mars/Olympus").preferences(), DB));
    assertEquals(Optional.empty(), PreferencePlanner.timezone(get("timezone=asia/tokyo").preferences(), DB));
    assertEquals(Optional.empty(), applied("timezone=Mars/Olympus").timezone());
  }

  @Test
  void unknownZone_strict_PGRST122() {
    ApiException e = assertThrows(ApiException.class,
        () -> PreferencePlanner.timezone(get("handling=strict, timezone=Mars/Olympus").preferences(), DB));
    assertEquals(400, e.status());
    assertEquals("PGRST122", e.code());
    assertEquals("Invalid preferences given with handling=strict", e.getMessage());
    assertEquals("Invalid preferences: timezone=Mars/Olympus", e.details());
  }
}
