package io.restgres.config;

import java.util.Objects;
import java.util.Optional;

/**
 * Where the admin server listens ({@code admin-server-port}, {@code admin-server-host}). Without a
 * port there is no admin server, as in PostgREST; the host defaults to {@code server-host}.
 */
public record AdminSettings(Optional<Integer> port, String host) {
  public AdminSettings {
    Objects.requireNonNull(port, "port");
    Objects.requireNonNull(host, "host");
  }

  static AdminSettings load(ConfigSource set, String serverHost, int serverPort) {
    Optional<Integer> port = set.get("admin-server-port").map(v -> AppConfig.port("admin-server-port", v));
    if (port.isPresent() && port.get() == serverPort) {
      throw new ConfigException("admin-server-port cannot be the same as server-port");
    }
    return new AdminSettings(port, set.get("admin-server-host").orElse(serverHost));
  }
}
