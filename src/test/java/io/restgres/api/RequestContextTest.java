package io.restgres.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.restgres.error.ApiException;
import io.restgres.request.ApiRequest;
import io.restgres.request.RawRequest;
import io.restgres.request.parse.ApiRequestParser;
import io.restgres.response.HttpResult;
import io.restgres.schema.DbSettings;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code Prefer: timezone=} as PostgREST v14 takes it. */
class RequestContextTest {
  static final DbSettings DB = new DbSettings(Map.of(), Set.of("Asia/Tokyo", "UTC"));

  static ApiRequest get(String prefer) {
    return ApiRequestParser.parse(
        new RawRequest("GET", "items", null, Map.of("prefer", List.of(prefer)), null), List.of("api"));
  }

  @Test
  void knownZone_isSet_andApplied() {
    assertEquals(Optional.of("Asia/Tokyo"), RequestContext.timezone(get("timezone=Asia/Tokyo"), DB));
    HttpResult r = new HttpResult(200, List.of(Map.entry("Preference-Applied", "count=exact")), null);
    assertEquals(List.of(Map.entry("Preference-Applied", "count=exact, timezone=Asia/Tokyo")),
        RequestContext.timezoneApplied(r, get("count=exact, timezone=Asia/Tokyo"), DB).headers());
    HttpResult strict = new HttpResult(200, List.of(
        Map.entry("Preference-Applied", "handling=strict, max-affected=5")), null);
    assertEquals(List.of(Map.entry("Preference-Applied", "handling=strict, timezone=UTC, max-affected=5")),
        RequestContext.timezoneApplied(strict, get("timezone=UTC"), DB).headers());
    assertEquals(List.of(Map.entry("Preference-Applied", "timezone=UTC")),
        RequestContext.timezoneApplied(new HttpResult(200, List.of(), null), get("timezone=UTC"), DB).headers());
  }

  @Test
  void unknownZone_isIgnored() {
    assertEquals(Optional.empty(), RequestContext.timezone(get("timezone=Mars/Olympus"), DB));
    assertEquals(Optional.empty(), RequestContext.timezone(get("timezone=asia/tokyo"), DB));
    HttpResult r = new HttpResult(200, List.of(), null);
    assertEquals(List.of(), RequestContext.timezoneApplied(r, get("timezone=Mars/Olympus"), DB).headers());
  }

  @Test
  void unknownZone_strict_PGRST122() {
    ApiException e = assertThrows(ApiException.class,
        () -> RequestContext.timezone(get("handling=strict, timezone=Mars/Olympus"), DB));
    assertEquals(400, e.status());
    assertEquals("PGRST122", e.code());
    assertEquals("Invalid preferences given with handling=strict", e.getMessage());
    assertEquals("Invalid preferences: timezone=Mars/Olympus", e.details());
  }
}
