package io.restgres.config;

import io.restgres.error.ErrorVerbosity;
import java.util.Objects;

/**
 * What the server tells about the requests it serves: {@code server-timing-enabled}, {@code
 * log-level}, {@code log-query} and {@code client-error-verbosity}, with PostgREST's defaults
 * (its configuration reference and {@code Config.hs}).
 *
 * @param serverTimingEnabled whether successful responses carry {@code Server-Timing}
 * @param logLevel which requests are logged
 * @param logQuery whether the statements of a logged request are logged too
 * @param clientErrorVerbosity how much of an error its body tells
 */
public record Observability(
    boolean serverTimingEnabled, LogLevel logLevel, boolean logQuery, ErrorVerbosity clientErrorVerbosity) {

  public Observability {
    Objects.requireNonNull(logLevel, "logLevel");
    Objects.requireNonNull(clientErrorVerbosity, "clientErrorVerbosity");
  }

  static Observability load(ConfigSource set) {
    return new Observability(
        AppConfig.bool("server-timing-enabled", set.get("server-timing-enabled").orElse("false")),
        LogLevel.parse(set.get("log-level").orElse("error")),
        AppConfig.bool("log-query", set.get("log-query").orElse("false")),
        verbosity(set.get("client-error-verbosity").orElse("verbose")));
  }

  private static ErrorVerbosity verbosity(String value) {
    return switch (value.trim()) {
      case "verbose" -> ErrorVerbosity.VERBOSE;
      case "minimal" -> ErrorVerbosity.MINIMAL;
      default -> throw new ConfigException(
          "client-error-verbosity must be verbose or minimal; got '" + value + "'");
    };
  }
}
