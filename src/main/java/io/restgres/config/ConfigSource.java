package io.restgres.config;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where configuration values come from, by PostgREST key ({@code db-schemas}). In the server this is
 * MicroProfile Config under {@code pgrst.<key>}, which maps to the environment variable
 * {@code PGRST_DB_SCHEMAS}, overridden by the in-database configuration; the launcher reads the
 * environment directly.
 */
@FunctionalInterface
public interface ConfigSource {
  Optional<String> get(String key);

  /**
   * This source under {@code values}: a key present there wins, even with an empty value, as a
   * database setting beats the environment in PostgREST ({@code overrideFromDbOrEnvironment}).
   */
  default ConfigSource overriddenBy(Map<String, String> values) {
    return key -> values.containsKey(key) ? Optional.of(values.get(key)) : get(key);
  }

  /** The environment-variable name PostgREST uses for a key: {@code db-schemas -> PGRST_DB_SCHEMAS}. */
  static String envName(String key) {
    return "PGRST_" + key.replace('-', '_').replace('.', '_').toUpperCase(Locale.ROOT);
  }

  /**
   * Whether an empty value of the key means something rather than unset: {@code
   * db-extra-search-path=} is no extra schema, where unset is {@code public} (PostgREST's
   * {@code optStringEmptyable}).
   */
  static boolean isEmptyable(String key) {
    return key.equals("db-extra-search-path");
  }

  /** A source reading PostgREST's environment variables from the given map. */
  static ConfigSource ofEnv(Map<String, String> env) {
    return key -> Optional.ofNullable(env.get(envName(key))).filter(v -> !v.isEmpty() || isEmptyable(key));
  }
}
