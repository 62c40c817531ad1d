package io.restgres.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PoolReaperTest {
  private static final long S = 1_000_000_000L;

  @Test
  void due_afterIdleTimeOrLifetime() {
    assertFalse(PoolReaper.due(100 * S, 80 * S, 10 * S, 30 * S, 1800 * S), "used 20 s ago, open 90 s");
    assertTrue(PoolReaper.due(100 * S, 70 * S, 10 * S, 30 * S, 1800 * S), "unused for 30 s");
    assertTrue(PoolReaper.due(2000 * S, 1999 * S, 100 * S, 30 * S, 1800 * S), "open for 1900 s");
    assertFalse(PoolReaper.due(2000 * S, 1999 * S, 0, 30 * S, 1800 * S), "no connection opened since the flush");
  }

  @Test
  void whileUnused_runsOnlyWithNoConnectionInUse() throws Exception {
    PoolStats stats = new PoolStats();
    AtomicInteger runs = new AtomicInteger();
    assertTrue(stats.whileUnused(runs::incrementAndGet));
    java.sql.Connection held = stats.acquire(new StubDataSource());
    assertFalse(stats.whileUnused(runs::incrementAndGet), "a request holds a connection");
    held.close();
    stats.released();
    assertTrue(stats.lastReleased() != 0);
    assertTrue(stats.whileUnused(runs::incrementAndGet));
    assertEquals(2, runs.get());
  }

  /** A DataSource whose connections are inert proxies. */
  private static final class StubDataSource extends org.postgresql.ds.PGSimpleDataSource {
    private static final long serialVersionUID = 1L;

    @Override
    public java.sql.Connection getConnection() {
      return (java.sql.Connection) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
          new Class<?>[] {java.sql.Connection.class}, (p, m, a) -> null);
    }
  }
}
