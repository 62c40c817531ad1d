package io.restgres.schema.load;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The schema-cache loads so far, for PostgREST's {@code pgrst_schema_cache_*} metrics and the admin
 * server's {@code /ready}: successes, failures, the last successful load's query time, and whether
 * the last attempt failed (then the old cache, if any, is still served while the reloader retries).
 */
public final class LoadStats {
  private final AtomicLong successes = new AtomicLong();
  private final AtomicLong failures = new AtomicLong();
  private volatile double lastQuerySeconds;
  private volatile boolean failing;

  void succeeded(double querySeconds) {
    lastQuerySeconds = querySeconds;
    failing = false;
    successes.incrementAndGet();
  }

  void failed() {
    failing = true;
    failures.incrementAndGet();
  }

  public long successes() {
    return successes.get();
  }

  public long failures() {
    return failures.get();
  }

  public double lastQuerySeconds() {
    return lastQuerySeconds;
  }

  /** Whether the last load failed: the server is not ready until a retry succeeds. */
  public boolean failing() {
    return failing;
  }
}
