package io.restgres.auth;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A bounded least-recently-used cache of signature-checked tokens, keyed by the token text ({@code
 * jwt-cache-max-entries}; 0 disables it). Like PostgREST's JWT cache it holds only what the
 * signature check produced: failures are not cached, and the time claims are checked on every
 * request, so a cached token still expires. PostgREST uses SIEVE; LRU under one lock is simpler and
 * the critical section is a map lookup, while the costly verification runs outside it.
 */
final class TokenCache {
  private final int maxEntries;
  private final Map<String, VerifiedToken> entries;

  TokenCache(int maxEntries) {
    this.maxEntries = Math.max(0, maxEntries);
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, VerifiedToken> eldest) {
            boolean evict = size() > TokenCache.this.maxEntries;
            if (evict) {
              JwtCacheStats.PROCESS.evicted();
            }
            return evict;
          }
        };
  }

  /** The cached result for the token, or {@code verify}'s, which is cached when it returns. */
  VerifiedToken get(String token, Function<String, VerifiedToken> verify) {
    if (maxEntries == 0) {
      return verify.apply(token);
    }
    synchronized (entries) {
      VerifiedToken hit = entries.get(token);
      JwtCacheStats.PROCESS.lookup(hit != null);
      if (hit != null) {
        return hit;
      }
    }
    VerifiedToken verified = verify.apply(token);
    synchronized (entries) {
      entries.put(token, verified);
    }
    return verified;
  }

  int size() {
    synchronized (entries) {
      return entries.size();
    }
  }
}
