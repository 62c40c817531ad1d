package io.restgres.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One validated configuration (like HikariConfig: validate, then seal). Keys and defaults are
 * PostgREST's ({@code docs/references/configuration.rst}). A reload of the in-database configuration
 * builds a new one from the same sources; {@link ConfigHolder} holds the current one.
 *
 * @param dbUri libpq connection URI or key/value string of the authenticator ({@code db-uri})
 * @param dbSchemas exposed schemas; the first is the default profile ({@code db-schemas})
 * @param dbAnonRole role for requests without a token; empty means anonymous access is refused
 * @param dbExtraSearchPath schemas appended to {@code search_path} ({@code db-extra-search-path})
 * @param dbMaxRows cap on the rows of every read ({@code db-max-rows})
 * @param dbPool maximum pool size ({@code db-pool})
 * @param dbTxEnd how transactions end ({@code db-tx-end})
 * @param dbChannel LISTEN channel for reloads ({@code db-channel})
 * @param dbChannelEnabled whether the listener runs ({@code db-channel-enabled})
 * @param dbPreRequest function called before every request ({@code db-pre-request})
 * @param dbHoistedTxSettings the settings a function's {@code SET} clause applies to the whole
 *     transaction of its call ({@code db-hoisted-tx-settings})
 * @param dbAggregatesEnabled whether aggregate functions are allowed ({@code db-aggregates-enabled})
 * @param dbPlanEnabled whether {@code Accept: application/vnd.pgrst.plan} answers EXPLAIN ({@code
 *     db-plan-enabled})
 * @param dbConfig whether settings are read from the database ({@code db-config})
 * @param dbPreConfig function whose {@code set_config('pgrst.…')} values configure the server
 *     ({@code db-pre-config})
 * @param jwtSecret HMAC secret, JWK or JWKS ({@code jwt-secret})
 * @param jwtSecretIsBase64 whether the secret is base64 ({@code jwt-secret-is-base64})
 * @param jwtJwksUrl where an identity provider publishes its keys ({@code jwt-jwks-url}, not in
 *     PostgREST)
 * @param jwtAud required audience ({@code jwt-aud})
 * @param jwtRoleClaimKey path of the role claim ({@code jwt-role-claim-key})
 * @param jwtCacheMaxEntries size of the verification cache, 0 disables it
 * @param serverHost interface to bind ({@code server-host})
 * @param serverPort HTTP port ({@code server-port})
 * @param appSettings {@code app.settings.*} values
 * @param serverCorsAllowedOrigins origins allowed by CORS; empty allows any ({@code *})
 * @param dbPoolAcquisitionTimeout seconds a request waits for a pooled connection before 504
 *     ({@code db-pool-acquisition-timeout}); applied as the pool's max-wait
 * @param serverTraceHeader a request header echoed in the response, for tracing ({@code
 *     server-trace-header})
 * @param serverMaxBodySize largest request body in bytes; larger ones get 413 ({@code
 *     server-max-body-size}, not in PostgREST)
 * @param admin the admin server's port and host ({@code admin-server-port}, {@code admin-server-host})
 * @param openApi how {@code GET /} describes the API ({@code openapi-*}, {@code db-root-spec})
 * @param observability timing header, logging and error verbosity ({@code server-timing-enabled},
 *     {@code log-level}, {@code log-query}, {@code client-error-verbosity})
 * @param urlUseLegacyTargetNames whether filters, orders and limits may name an aliased embed by its
 *     relation ({@code url-use-legacy-target-names}, PostgREST v16, default true)
 * @param dbPreparedStatements false: request statements are never prepared on the server, so that
 *     the server works behind PgBouncer in transaction mode ({@code db-prepared-statements})
 * @param pool connection ageing and outage handling ({@code db-pool-max-lifetime}, {@code
 *     db-pool-max-idletime}, {@code db-pool-automatic-recovery})
 */
public record AppConfig(
    String dbUri,
    List<String> dbSchemas,
    Optional<String> dbAnonRole,
    List<String> dbExtraSearchPath,
    Optional<Long> dbMaxRows,
    int dbPool,
    TxEnd dbTxEnd,
    String dbChannel,
    boolean dbChannelEnabled,
    Optional<String> dbPreRequest,
    List<String> dbHoistedTxSettings,
    boolean dbAggregatesEnabled,
    boolean dbPlanEnabled,
    boolean dbConfig,
    Optional<String> dbPreConfig,
    Optional<String> jwtSecret,
    boolean jwtSecretIsBase64,
    Optional<URI> jwtJwksUrl,
    Optional<String> jwtAud,
    String jwtRoleClaimKey,
    int jwtCacheMaxEntries,
    String serverHost,
    int serverPort,
    Map<String, String> appSettings,
    List<String> serverCorsAllowedOrigins,
    int dbPoolAcquisitionTimeout,
    long serverMaxBodySize,
    Optional<String> serverTraceHeader,
    AdminSettings admin,
    OpenApiSettings openApi,
    Observability observability,
    boolean urlUseLegacyTargetNames,
    boolean dbPreparedStatements,
    PoolSettings pool) {

  /** 16 MiB: a body costs several times its size in heap while parsed and bound (see README). */
  public static final long DEFAULT_MAX_BODY_SIZE = 16L * 1024 * 1024;

  /** PostgREST's default {@code db-hoisted-tx-settings}. */
  static final String DEFAULT_HOISTED_TX_SETTINGS =
      "statement_timeout,plan_filter.statement_cost_limit,default_transaction_isolation";

  public AppConfig {
    dbSchemas = List.copyOf(dbSchemas);
    dbExtraSearchPath = List.copyOf(dbExtraSearchPath);
    dbHoistedTxSettings = List.copyOf(dbHoistedTxSettings);
    appSettings = Map.copyOf(appSettings);
    serverCorsAllowedOrigins = List.copyOf(serverCorsAllowedOrigins);
  }

  /**
   * Reads and validates every key; throws {@link ConfigException} with a one-line reason. An empty
   * value (possible from the database only) means unset, as in PostgREST, except for {@code
   * db-extra-search-path}, where it means no extra schema.
   */
  public static AppConfig load(ConfigSource src, Map<String, String> appSettings) {
    ConfigSource set = key -> src.get(key).filter(v -> !v.isEmpty());
    List<String> schemas = list(set.get("db-schemas").or(() -> set.get("db-schema")).orElse("public"));
    if (schemas.isEmpty()) {
      throw new ConfigException("db-schemas must name at least one schema");
    }
    for (String s : schemas) {
      if (s.equals("pg_catalog") || s.equals("information_schema")) {
        throw new ConfigException("db-schemas must not expose " + s);
      }
    }
    return new AppConfig(
        set.get("db-uri").orElse("postgresql://"),
        schemas,
        set.get("db-anon-role"),
        list(src.get("db-extra-search-path").orElse("public")),
        set.get("db-max-rows").or(() -> set.get("max-rows")).map(v -> longAtLeast("db-max-rows", v, 0)),
        (int) longAtLeast("db-pool", set.get("db-pool").orElse("10"), 1),
        TxEnd.parse(set.get("db-tx-end").orElse("commit")),
        set.get("db-channel").orElse("pgrst"),
        bool("db-channel-enabled", set.get("db-channel-enabled").orElse("true")),
        set.get("db-pre-request").or(() -> set.get("pre-request")),
        list(set.get("db-hoisted-tx-settings").orElse(DEFAULT_HOISTED_TX_SETTINGS)),
        bool("db-aggregates-enabled", set.get("db-aggregates-enabled").orElse("false")),
        bool("db-plan-enabled", set.get("db-plan-enabled").orElse("false")),
        bool("db-config", set.get("db-config").orElse("true")),
        set.get("db-pre-config"),
        set.get("jwt-secret"),
        bool("jwt-secret-is-base64", set.get("jwt-secret-is-base64").orElse("false")),
        set.get("jwt-jwks-url").map(v -> httpUrl("jwt-jwks-url", v)),
        set.get("jwt-aud"),
        set.get("jwt-role-claim-key").or(() -> set.get("role-claim-key")).orElse(".role").trim(),
        (int) longAtLeast("jwt-cache-max-entries", set.get("jwt-cache-max-entries").orElse("1000"), 0),
        set.get("server-host").orElse("!4"),
        portNumber(set.get("server-port").orElse("3000")),
        new TreeMap<>(appSettings),
        list(set.get("server-cors-allowed-origins").orElse("")),
        (int) seconds("db-pool-acquisition-timeout", set.get("db-pool-acquisition-timeout").orElse("10"), 1),
        longAtLeast("server-max-body-size",
            set.get("server-max-body-size").orElse(String.valueOf(DEFAULT_MAX_BODY_SIZE)), 1),
        set.get("server-trace-header").map(v -> headerName("server-trace-header", v)),
        AdminSettings.load(set, set.get("server-host").orElse("!4"),
            portNumber(set.get("server-port").orElse("3000"))),
        OpenApiSettings.load(set),
        Observability.load(set),
        bool("url-use-legacy-target-names", set.get("url-use-legacy-target-names").orElse("true")),
        bool("db-prepared-statements", set.get("db-prepared-statements").orElse("true")),
        PoolSettings.load(set));
  }

  /** The default schema: the first of {@code db-schemas}. */
  public String defaultSchema() {
    return dbSchemas.get(0);
  }

  private static List<String> list(String value) {
    List<String> out = new ArrayList<>();
    Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(out::add);
    return out;
  }

  private static long longAtLeast(String key, String value, long min) {
    try {
      long n = Long.parseLong(value.trim());
      if (n >= min) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ConfigException(key + " must be an integer >= " + min + "; got '" + value + "'");
  }

  // seconds that the pool's max-wait, in milliseconds, can hold
  static long seconds(String key, String value, long min) {
    long n = longAtLeast(key, value, min);
    if (n > Integer.MAX_VALUE / 1000) {
      throw new ConfigException(key + " must be at most " + Integer.MAX_VALUE / 1000 + "; got '" + value + "'");
    }
    return n;
  }

  private static int portNumber(String value) {
    return port("server-port", value);
  }

  static int port(String key, String value) {
    long port = longAtLeast(key, value, 1);
    if (port > 65535) {
      throw new ConfigException(key + " must be at most 65535; got '" + value + "'");
    }
    return (int) port;
  }

  // RFC 9110 token characters: what a header name may hold
  private static String headerName(String key, String value) {
    String name = value.trim();
    boolean token = !name.isEmpty() && name.chars().allMatch(c -> c < 127 && (Character.isLetterOrDigit(c)
        || "!#$%&'*+-.^_`|~".indexOf(c) >= 0));
    if (!token) {
      throw new ConfigException(key + " must be a header name; got '" + value + "'");
    }
    return name;
  }

  static URI httpUrl(String key, String value) {
    try {
      URI uri = new URI(value.trim());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new ConfigException(key + " must be an http or https URL; got '" + value + "'");
  }

  /** PostgREST's booleans: true/on/yes/1 and false/off/no/0, any case. */
  public static boolean bool(String key, String value) {
    switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "true", "on", "yes", "1":
        return true;
      case "false", "off", "no", "0":
        return false;
      default:
        throw new ConfigException(key + " must be true or false; got '" + value + "'");
    }
  }
}
