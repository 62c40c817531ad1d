package io.restgres.config;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@code GET /} describes the API: {@code openapi-mode}, {@code openapi-security-active},
 * {@code openapi-server-proxy-uri} and {@code db-root-spec} (PostgREST's configuration reference).
 */
public record OpenApiSettings(
    Mode mode, boolean securityActive, Optional<URI> serverProxyUri, Optional<String> rootSpec) {

  /** {@code openapi-mode}. */
  public enum Mode {
    /** Lists what the requesting role may use (the default). */
    FOLLOW_PRIVILEGES,
    /** Lists every exposed relation and function, whatever the role's privileges. */
    IGNORE_PRIVILEGES,
    /** {@code GET /} answers 404 PGRST126. */
    DISABLED;

    static Mode parse(String value) {
      switch (value.trim().toLowerCase(Locale.ROOT)) {
        case "follow-privileges":
          return FOLLOW_PRIVILEGES;
        case "ignore-privileges":
          return IGNORE_PRIVILEGES;
        case "disabled":
          return DISABLED;
        default:
          throw new ConfigException(
              "openapi-mode must be follow-privileges, ignore-privileges or disabled; got '" + value + "'");
      }
    }
  }

  public OpenApiSettings {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(serverProxyUri, "serverProxyUri");
    Objects.requireNonNull(rootSpec, "rootSpec");
  }

  static OpenApiSettings load(ConfigSource set) {
    return new OpenApiSettings(
        Mode.parse(set.get("openapi-mode").orElse("follow-privileges")),
        AppConfig.bool("openapi-security-active", set.get("openapi-security-active").orElse("false")),
        set.get("openapi-server-proxy-uri").map(OpenApiSettings::proxyUri),
        set.get("db-root-spec").or(() -> set.get("root-spec")));
  }

  // PostgREST accepts only an absolute http(s) URI here ("Malformed proxy uri")
  private static URI proxyUri(String value) {
    return AppConfig.httpUrl("openapi-server-proxy-uri", value);
  }
}
