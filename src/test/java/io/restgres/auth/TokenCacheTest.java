package io.restgres.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class TokenCacheTest {
  private final AtomicInteger verifications = new AtomicInteger();
  private final Function<String, VerifiedToken> verify =
      token -> {
        verifications.incrementAndGet();
        return new VerifiedToken(token, JsonValue.EMPTY_JSON_OBJECT);
      };

  @Test
  void hit_skipsVerification() {
    TokenCache cache = new TokenCache(10);
    cache.get("a", verify);
    cache.get("a", verify);
    assertEquals(1, verifications.get());
  }

  @Test
  void bounded_evictsLeastRecentlyUsed() {
    TokenCache cache = new TokenCache(2);
    cache.get("a", verify);
    cache.get("b", verify);
    cache.get("a", verify); // a is now the most recent
    cache.get("c", verify); // evicts b
    assertEquals(2, cache.size());
    cache.get("a", verify);
    assertEquals(3, verifications.get());
    cache.get("b", verify);
    assertEquals(4, verifications.get());
  }

  @Test
  void zero_disables() {
    TokenCache cache = new TokenCache(0);
    cache.get("a", verify);
    cache.get("a", verify);
    assertEquals(2, verifications.get());
    assertEquals(0, cache.size());
  }

  @Test
  void failures_areNotCached() {
    TokenCache cache = new TokenCache(10);
    Function<String, VerifiedToken> failing =
        t -> {
          throw JwtError.BAD_CRYPTO.exception();
        };
    assertThrows(RuntimeException.class, () -> cache.get("a", failing));
    assertEquals(0, cache.size());
  }

  @Test
  void concurrentUse_staysBounded() throws Exception {
    TokenCache cache = new TokenCache(16);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int seed = t;
        futures.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 5_000; i++) {
                    String token = "t" + ((i * 31 + seed) % 100);
                    assertEquals(token, cache.get(token, verify).raw());
                  }
                }));
      }
      for (Future<?> f : futures) {
        f.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertTrue(cache.size() <= 16);
  }
}
