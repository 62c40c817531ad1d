package io.restgres.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanMediaTest {
  private static PlanMedia plan(String range) {
    return PlanMedia.of(range).orElseThrow();
  }

  @Test
  void defaultsToTextForJson() {
    PlanMedia p = plan("application/vnd.pgrst.plan");
    assertFalse(p.json());
    assertEquals(Optional.of(MediaType.JSON), p.target());
    assertEquals("application/vnd.pgrst.plan+text; for=\"application/json\"; charset=utf-8", p.contentType());
  }

  @Test
  void readsForAndOptionsInPostgrestOrder() {
    PlanMedia p = plan("application/vnd.pgrst.plan+json; for=\"application/vnd.pgrst.object\"; options=wal|analyze|x");
    assertTrue(p.json());
    assertEquals(Optional.of(MediaType.OBJECT), p.target());
    assertEquals(List.of(PlanMedia.Option.ANALYZE, PlanMedia.Option.WAL), p.options());
    assertEquals("application/vnd.pgrst.plan+json; for=\"application/vnd.pgrst.object+json\"; options=analyze|wal",
        p.mime());
  }

  /** What postgrest-js sends: an empty options value and a trailing semicolon. */
  @Test
  void toleratesEmptyOptions() {
    PlanMedia p = plan("application/vnd.pgrst.plan+text; for=\"application/json\"; options=;");
    assertEquals(List.of(), p.options());
    assertEquals(Optional.of(MediaType.JSON), p.target());
  }

  @Test
  void unknownTargetIsKeptForTheMessage() {
    PlanMedia p = plan("application/vnd.pgrst.plan+json; for=\"text/xml\"");
    assertEquals(Optional.empty(), p.target());
    assertEquals("application/vnd.pgrst.plan+json; for=\"text/xml\"", p.mime());
  }

  @Test
  void otherTypesAreNotPlans() {
    assertEquals(Optional.empty(), PlanMedia.of("application/json"));
    assertEquals(Optional.empty(), PlanMedia.of(";;;"));
    assertEquals(Optional.of(MediaType.PLAN), MediaType.of("application/vnd.pgrst.plan+json; options=verbose"));
  }
}
