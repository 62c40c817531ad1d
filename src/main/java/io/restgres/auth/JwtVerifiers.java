package io.restgres.auth;

import io.restgres.config.AppConfig;
import io.restgres.config.ApplicationSingleton;

/**
 * The verifier of the configuration in force, built once per configuration: the one start-up builds
 * to validate the JWT settings is the one requests use, and a reload that changes the configuration
 * builds the next.
 */
@ApplicationSingleton
public class JwtVerifiers {
  private record Built(AppConfig config, JwtVerifier verifier) {}

  private volatile Built current;

  /** The verifier for {@code config}; throws the configuration's error when its JWT settings are invalid. */
  public JwtVerifier of(AppConfig config) {
    Built b = current;
    if (b == null || b.config() != config) {
      b = new Built(config, new JwtVerifier(config));
      current = b;
    }
    return b.verifier();
  }

  /** The JWT cache's counters since start-up. */
  public JwtCacheStats cacheStats() {
    return JwtCacheStats.PROCESS;
  }
}
