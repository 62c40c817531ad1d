package io.restgres.db;

import io.restgres.config.PoolSettings;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Applies {@code db-pool-max-idletime} and {@code db-pool-max-lifetime} to Payara's pool, which has
 * neither: once the pool has not been used for the idle time, or its oldest connection has passed the
 * lifetime, and at a moment when no connection is in use, every open connection is closed, and
 * requests open new ones as they need them. Payara's own idle timeout cannot stand in: its resizer
 * also closes free connections of a busy pool (one reconnection per period under steady load), and a
 * validation class that rejects old connections would, with fail-all-connections, close the
 * connections in use too. Closing goes through the pool's fail-all-connections: one connection marked
 * bad takes every free one with it ({@code server-config/post-boot.asadmin}, steady size 0); {@link
 * PoolStats#whileUnused} guarantees that none is in use.
 */
public final class PoolReaper implements Runnable {
  private static final Logger LOG = Logger.getLogger(PoolReaper.class.getName());
  private static final long TICK_MS = 1000;

  private final DataSource pool;
  private final PoolStats stats;
  private final long maxIdleNanos;
  private final long maxLifeNanos;
  private volatile boolean running = true;
  private long flushedAt = System.nanoTime();
  private long openedAt;

  public PoolReaper(DataSource pool, PoolStats stats, PoolSettings settings) {
    this.pool = pool;
    this.stats = stats;
    this.maxIdleNanos = settings.maxIdletime() * 1_000_000_000L;
    this.maxLifeNanos = settings.maxLifetime() * 1_000_000_000L;
  }

  public void stop() {
    running = false;
  }

  @Override
  public void run() {
    while (running) {
      try {
        Thread.sleep(TICK_MS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      tick(System.nanoTime());
    }
  }

  void tick(long now) {
    long lastUse = stats.lastReleased();
    boolean usedSinceFlush = lastUse != 0 && lastUse - flushedAt > 0;
    if (usedSinceFlush && openedAt == 0) {
      openedAt = now; // the first connection of this generation opened within the last tick
    }
    if (!usedSinceFlush || stats.inUse() > 0 || !due(now, lastUse, openedAt, maxIdleNanos, maxLifeNanos)) {
      return;
    }
    try {
      if (flush()) {
        flushedAt = now;
        openedAt = 0;
        LOG.fine("Closed the pool's connections (idle or at the end of their lifetime)");
      }
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.WARNING, "Closing the pool's connections failed; retried on the next tick", e);
    }
  }

  /** Whether the pool, used last at {@code lastUse} and open since {@code openedAt}, is due for closing. */
  static boolean due(long now, long lastUse, long openedAt, long maxIdleNanos, long maxLifeNanos) {
    return now - lastUse >= maxIdleNanos || openedAt != 0 && now - openedAt >= maxLifeNanos;
  }

  private boolean flush() throws SQLException {
    Connection c = pool.getConnection();
    boolean[] flushed = new boolean[1];
    try {
      flushed[0] = stats.whileUnused(() -> {
        BrokenConnections.markBad(pool, c);
        c.close(); // the pool destroys it and, with fail-all-connections, every free connection
      });
    } finally {
      if (!flushed[0]) {
        c.close();
      }
    }
    return flushed[0];
  }
}
