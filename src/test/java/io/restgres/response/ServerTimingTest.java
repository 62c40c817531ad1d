package io.restgres.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restgres.response.ServerTiming.Phase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Server-Timing header as PostgREST's Response/Performance.hs renders it. */
class ServerTimingTest {
  // showFFloat (Just 1) of milliseconds
  @ParameterizedTest
  @CsvSource({"0, 0.0", "49999, 0.0", "50000, 0.1", "400000, 0.4", "14949999, 14.9", "14950000, 15.0",
      "353200000, 353.2", "12345678901, 12345.7", "-5, 0.0"})
  void millis_oneDecimalRoundedHalfUp(long nanos, String shown) {
    StringBuilder b = new StringBuilder();
    ServerTiming.millis(b, nanos);
    assertEquals(shown, b.toString());
  }

  @Test
  void header_everyStageInPostgrestsOrder() {
    ServerTiming t = ServerTiming.start();
    assertTrue(t.isOn());
    assertEquals("jwt;dur=0.0, parse;dur=0.0, plan;dur=0.0, transaction;dur=0.0, response;dur=0.0", t.header());
    long clock = t.now();
    long next = t.lap(Phase.PLAN, clock - 2_000_000);
    assertTrue(next >= clock);
    assertTrue(t.header().matches("jwt;dur=0\\.0, parse;dur=0\\.0, plan;dur=2\\.\\d, transaction;dur=0\\.0, "
        + "response;dur=0\\.0"), t.header());
  }

  @Test
  void off_readsNoClockAndAddsNoHeader() {
    assertFalse(ServerTiming.OFF.isOn());
    assertEquals(0L, ServerTiming.OFF.now());
    assertEquals(0L, ServerTiming.OFF.lap(Phase.JWT, 123L));
    HttpResult r = new HttpResult(200, List.of(), null);
    assertSame(r, ServerTiming.OFF.addTo(r));
  }

  @Test
  void addTo_appendsTheHeader() {
    HttpResult r = ServerTiming.start().addTo(new HttpResult(200, List.of(Map.entry("Vary", "Accept")), null));
    assertEquals(List.of(Map.entry("Vary", "Accept"), Map.entry("Server-Timing",
        "jwt;dur=0.0, parse;dur=0.0, plan;dur=0.0, transaction;dur=0.0, response;dur=0.0")), r.headers());
  }
}
