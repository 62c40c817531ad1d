package io.restgres.db;

import io.restgres.config.ApplicationSingleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * What the request path sees of the container's pool, for PostgREST's pool metrics: requests
 * waiting for a connection, connections held by requests, and acquisitions that timed out. The
 * pool is Payara's, whose own statistics need its monitoring service; counting at the one place
 * requests take connections ({@link TxRunner}) costs two atomic updates.
 */
@ApplicationSingleton
public class PoolStats {
  private final AtomicInteger waiting = new AtomicInteger();
  private final AtomicInteger inUse = new AtomicInteger();
  private final AtomicLong timeouts = new AtomicLong();
  private final Object flushDone = new Object();
  private volatile long lastReleased;
  private volatile boolean flushing;

  /** A connection from {@code ds}, counted as in use until {@link #released()}. */
  public Connection acquire(DataSource ds) throws SQLException {
    waiting.incrementAndGet();
    try {
      if (flushing) {
        awaitFlush();
      }
      Connection c = ds.getConnection();
      inUse.incrementAndGet();
      return c;
    } catch (SQLException e) {
      if (PgErrors.poolExhausted(e)) {
        timeouts.incrementAndGet();
      }
      throw e;
    } finally {
      waiting.decrementAndGet();
    }
  }

  public void released() {
    lastReleased = System.nanoTime();
    inUse.decrementAndGet();
  }

  /**
   * A connection taken by the readiness check given back: counted like a request's while held, but
   * no use of the pool for {@code db-pool-max-idletime}, else probes every 10 s would keep an idle
   * pool open for ever.
   */
  public void releasedByProbe() {
    inUse.decrementAndGet();
  }

  /** {@link System#nanoTime()} when a connection was last given back, 0 before the first. */
  long lastReleased() {
    return lastReleased;
  }

  /**
   * Runs {@code flush} if no connection is in use or awaited, holding back acquisitions meanwhile:
   * an acquisition either is counted before the check (and the flush does not run) or waits until
   * it is over. The pool's fail-all-connections, which the flush relies on, would otherwise
   * destroy a connection a request had just taken.
   *
   * @return whether it ran
   */
  boolean whileUnused(SqlRunnable flush) throws SQLException {
    flushing = true;
    try {
      if (waiting.get() > 0 || inUse.get() > 0) {
        return false;
      }
      flush.run();
      return true;
    } finally {
      synchronized (flushDone) {
        flushing = false;
        flushDone.notifyAll();
      }
    }
  }

  /** Work on the pool that may throw. */
  interface SqlRunnable {
    void run() throws SQLException;
  }

  private void awaitFlush() throws SQLException {
    synchronized (flushDone) {
      while (flushing) {
        try {
          flushDone.wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new SQLException("interrupted while the pool was flushed", "08001", e);
        }
      }
    }
  }

  /** Requests waiting to acquire a pool connection ({@code pgrst_db_pool_waiting}). */
  public int waiting() {
    return waiting.get();
  }

  /** Connections held by requests now. */
  public int inUse() {
    return inUse.get();
  }

  /** Acquisitions that gave up after {@code db-pool-acquisition-timeout} ({@code pgrst_db_pool_timeouts_total}). */
  public long timeouts() {
    return timeouts.get();
  }
}
