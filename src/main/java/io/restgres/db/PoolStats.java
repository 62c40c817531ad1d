package io.restgres.db;

import jakarta.enterprise.context.ApplicationScoped;
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
@ApplicationScoped
public class PoolStats {
  private final AtomicInteger waiting = new AtomicInteger();
  private final AtomicInteger inUse = new AtomicInteger();
  private final AtomicLong timeouts = new AtomicLong();

  /** A connection from {@code ds}, counted as in use until {@link #released()}. */
  Connection acquire(DataSource ds) throws SQLException {
    waiting.incrementAndGet();
    try {
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

  void released() {
    inUse.decrementAndGet();
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
