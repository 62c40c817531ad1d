package io.restgres.config;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * PostgREST's in-database configuration ({@code db-config}, {@code db-pre-config}; its
 * configuration reference and {@code Config/Database.hs}): which settings may come from the
 * database, under which names, and which of several database values wins. Database values beat
 * the environment; see {@link ConfigSource#overriddenBy}.
 */
public final class InDbConfig {
  /** The keys marked "In-Database" in PostgREST's configuration reference. */
  public static final List<String> KEYS =
      List.of(
          "client-error-verbosity",
          "db-aggregates-enabled",
          "db-anon-role",
          "db-pre-config",
          "db-extra-search-path",
          "db-hoisted-tx-settings",
          "db-max-rows",
          "db-plan-enabled",
          "db-pre-request",
          "db-prepared-statements",
          "db-root-spec",
          "db-schemas",
          "db-tx-end",
          "jwt-aud",
          "jwt-role-claim-key",
          "jwt-secret",
          "jwt-secret-is-base64",
          "jwt-cache-max-entries",
          "openapi-mode",
          "openapi-security-active",
          "openapi-server-proxy-uri",
          "server-cors-allowed-origins",
          "server-trace-header",
          "server-timing-enabled",
          "url-use-legacy-target-names");

  private static final List<String> NAMES =
      KEYS.stream().map(k -> "pgrst." + k.replace('-', '_')).toList();

  /** Where a database value was set, from the lowest precedence to the highest. */
  public enum Origin {
    /** {@code set_config('pgrst.…', …, true)} in the {@code db-pre-config} function. */
    PRE_CONFIG,
    /** {@code ALTER ROLE authenticator SET pgrst.… = …}. */
    ROLE,
    /** {@code ALTER ROLE authenticator IN DATABASE db SET pgrst.… = …}. */
    ROLE_IN_DATABASE
  }

  /**
   * One {@code pgrst.*} value read from the database.
   *
   * @param name the setting's name, {@code pgrst.db_schemas}
   */
  public record Setting(Origin origin, String name, String value) {}

  private InDbConfig() {}

  /** The setting names to read, in the order of {@link #KEYS}: {@code pgrst.db_schemas}, … */
  public static List<String> settingNames() {
    return NAMES;
  }

  /** The configuration key of a setting name, if it is one to read. */
  static Optional<String> keyOf(String settingName) {
    int i = NAMES.indexOf(settingName);
    return i < 0 ? Optional.empty() : Optional.of(KEYS.get(i));
  }

  /**
   * The database's values by configuration key ({@code db-schemas}): for each key, the value of
   * the highest {@link Origin}. Names outside {@link #KEYS} are ignored; empty values are kept
   * (they unset the key, see {@link AppConfig#load}).
   */
  public static Map<String, String> merge(List<Setting> settings) {
    Map<String, Setting> winners = new HashMap<>();
    for (Setting s : settings) {
      keyOf(s.name()).ifPresent(k -> winners.merge(k, s, (a, b) -> b.origin().compareTo(a.origin()) > 0 ? b : a));
    }
    Map<String, String> out = new HashMap<>();
    winners.forEach((key, s) -> out.put(key, s.value()));
    return out;
  }
}
