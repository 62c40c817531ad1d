package io.restgres.auth;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Lookups, hits and evictions of the JWT cache since start-up, for PostgREST's {@code
 * pgrst_jwt_cache_*_total} counters. One per process: a configuration reload builds a new cache,
 * and the counters go on across it.
 */
public final class JwtCacheStats {
  static final JwtCacheStats PROCESS = new JwtCacheStats();

  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong evictions = new AtomicLong();

  JwtCacheStats() {}

  void lookup(boolean hit) {
    requests.incrementAndGet();
    if (hit) {
      hits.incrementAndGet();
    }
  }

  void evicted() {
    evictions.incrementAndGet();
  }

  public long requests() {
    return requests.get();
  }

  public long hits() {
    return hits.get();
  }

  public long evictions() {
    return evictions.get();
  }
}
