package io.restgres.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** PostgREST's /ready: 503 before the first load, while a failed load is retried, during an outage. */
class ReadinessTest {
  @Test
  void ready_onlyWithACacheNoFailingReloadAndTheDatabase() {
    assertEquals(200, Readiness.status(true, false, () -> true));
    assertEquals(503, Readiness.status(false, false, () -> true), "before the first load");
    assertEquals(503, Readiness.status(true, true, () -> true), "a failed reload keeps the old cache");
    assertEquals(503, Readiness.status(true, false, () -> false), "the database is unreachable");
  }

  @Test
  void notReady_withoutAskingTheDatabase_whenNoCache() {
    assertEquals(503, Readiness.status(false, false, () -> {
      throw new AssertionError("the database was asked");
    }));
  }
}
