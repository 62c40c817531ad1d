package io.restgres.config;

/**
 * How the connection pool ages its connections and reacts to losing the database, with PostgREST's
 * keys and defaults ({@code db-pool-max-lifetime}, {@code db-pool-max-idletime} alias {@code
 * db-pool-timeout}, {@code db-pool-automatic-recovery}). Applied by {@code io.restgres.db.PoolReaper}
 * and the outage handling; see the README's Operations section for how they map onto Payara's pool.
 *
 * @param maxLifetime seconds after which open connections are replaced, once none is in use
 * @param maxIdletime seconds without any use of the pool after which its connections are closed
 * @param automaticRecovery false: the server exits when it loses the database instead of retrying
 */
public record PoolSettings(int maxLifetime, int maxIdletime, boolean automaticRecovery) {
  static PoolSettings load(ConfigSource set) {
    return new PoolSettings(
        seconds("db-pool-max-lifetime", set.get("db-pool-max-lifetime").orElse("1800")),
        seconds("db-pool-max-idletime", set.get("db-pool-max-idletime").or(() -> set.get("db-pool-timeout")).orElse("30")),
        AppConfig.bool("db-pool-automatic-recovery", set.get("db-pool-automatic-recovery").orElse("true")));
  }

  private static int seconds(String key, String value) {
    return (int) AppConfig.seconds(key, value, 1);
  }
}
