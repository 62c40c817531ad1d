package io.restgres.admin;

import io.restgres.config.AppConfig;
import io.restgres.config.OpenApiSettings;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The admin server's {@code /config}: the configuration in force in PostgREST's configuration-file
 * syntax ({@code key = "value"}, as its {@code --dump-config}), with the secrets redacted: the JWT
 * secret, and the password of {@code db-uri} in either of its forms.
 */
final class ConfigText {
  static final String REDACTED = "********";

  // postgres://user:PASSWORD@host…  and  … password=PASSWORD …  (quoted or not)
  private static final Pattern URI_PASSWORD = Pattern.compile("(?i)^([a-z][a-z0-9+.-]*://[^:/@?]*):[^/?#]*@");
  private static final Pattern KV_PASSWORD = Pattern.compile("(password\\s*=\\s*)('(?:[^'\\\\]|\\\\.)*'|\\S+)");

  private ConfigText() {}

  static String of(AppConfig c) {
    StringBuilder out = new StringBuilder();
    line(out, "admin-server-host", str(c.admin().host()));
    c.admin().port().ifPresent(p -> line(out, "admin-server-port", String.valueOf(p)));
    line(out, "client-error-verbosity",
        str(c.observability().clientErrorVerbosity().name().toLowerCase(Locale.ROOT)));
    line(out, "db-aggregates-enabled", String.valueOf(c.dbAggregatesEnabled()));
    line(out, "db-anon-role", opt(c.dbAnonRole()));
    line(out, "db-channel", str(c.dbChannel()));
    line(out, "db-channel-enabled", String.valueOf(c.dbChannelEnabled()));
    line(out, "db-config", String.valueOf(c.dbConfig()));
    line(out, "db-extra-search-path", list(c.dbExtraSearchPath()));
    line(out, "db-hoisted-tx-settings", list(c.dbHoistedTxSettings()));
    line(out, "db-max-rows", c.dbMaxRows().map(String::valueOf).orElse("\"\""));
    line(out, "db-pool", String.valueOf(c.dbPool()));
    line(out, "db-pool-acquisition-timeout", String.valueOf(c.dbPoolAcquisitionTimeout()));
    line(out, "db-pool-automatic-recovery", String.valueOf(c.pool().automaticRecovery()));
    line(out, "db-pool-max-idletime", String.valueOf(c.pool().maxIdletime()));
    line(out, "db-pool-max-lifetime", String.valueOf(c.pool().maxLifetime()));
    line(out, "db-pre-config", opt(c.dbPreConfig()));
    line(out, "db-pre-request", opt(c.dbPreRequest()));
    line(out, "db-prepared-statements", String.valueOf(c.dbPreparedStatements()));
    line(out, "db-root-spec", opt(c.openApi().rootSpec()));
    line(out, "db-schemas", list(c.dbSchemas()));
    line(out, "db-tx-end", str(c.dbTxEnd().name().toLowerCase(Locale.ROOT).replace('_', '-')));
    line(out, "db-uri", str(redactUri(c.dbUri())));
    line(out, "jwt-aud", opt(c.jwtAud()));
    line(out, "jwt-cache-max-entries", String.valueOf(c.jwtCacheMaxEntries()));
    line(out, "jwt-jwks-url", opt(c.jwtJwksUrl().map(Object::toString)));
    line(out, "jwt-role-claim-key", str(c.jwtRoleClaimKey()));
    line(out, "jwt-secret", opt(c.jwtSecret().map(s -> REDACTED)));
    line(out, "jwt-secret-is-base64", String.valueOf(c.jwtSecretIsBase64()));
    line(out, "log-level", str(c.observability().logLevel().configName()));
    line(out, "log-query", String.valueOf(c.observability().logQuery()));
    line(out, "openapi-mode", str(mode(c.openApi().mode())));
    line(out, "openapi-security-active", String.valueOf(c.openApi().securityActive()));
    line(out, "openapi-server-proxy-uri", opt(c.openApi().serverProxyUri().map(Object::toString)));
    line(out, "server-cors-allowed-origins", list(c.serverCorsAllowedOrigins()));
    line(out, "server-host", str(c.serverHost()));
    line(out, "server-max-body-size", String.valueOf(c.serverMaxBodySize()));
    line(out, "server-port", String.valueOf(c.serverPort()));
    line(out, "server-timing-enabled", String.valueOf(c.observability().serverTimingEnabled()));
    line(out, "server-trace-header", opt(c.serverTraceHeader()));
    line(out, "url-use-legacy-target-names", String.valueOf(c.urlUseLegacyTargetNames()));
    for (Map.Entry<String, String> e : c.appSettings().entrySet()) {
      line(out, "app.settings." + e.getKey(), str(e.getValue()));
    }
    return out.toString();
  }

  /** {@code db-uri} without its password. */
  static String redactUri(String uri) {
    String s = URI_PASSWORD.matcher(uri).replaceFirst("$1:" + REDACTED + "@");
    return KV_PASSWORD.matcher(s).replaceAll("$1" + REDACTED);
  }

  static String mode(OpenApiSettings.Mode mode) {
    return mode.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static void line(StringBuilder out, String key, String value) {
    out.append(key).append(" = ").append(value).append('\n');
  }

  private static String opt(Optional<String> v) {
    return str(v.orElse(""));
  }

  private static String list(List<String> values) {
    return str(String.join(",", values));
  }

  private static String str(String v) {
    return '"' + v.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
