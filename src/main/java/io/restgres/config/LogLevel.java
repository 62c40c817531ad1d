package io.restgres.config;

import java.util.Locale;

/**
 * {@code log-level}, with PostgREST's meaning ({@code Logger.hs}, {@code shouldLogResponse}): which
 * requests get an access log line, and whether server errors are logged. Ordered from the quietest.
 */
public enum LogLevel {
  /** No request is logged; only start-up and connection recovery messages. */
  CRIT,
  /** Requests answered 5xx, and the server error behind each (PostgREST's default). */
  ERROR,
  /** Also requests answered 4xx. */
  WARN,
  /** Every request. */
  INFO,
  /** Every request; PostgREST adds pool events, which Payara's pool logs itself. */
  DEBUG;

  /** Whether a request answered with this status gets an access log line. */
  public boolean logsStatus(int status) {
    return switch (this) {
      case CRIT -> false;
      case ERROR -> status >= 500;
      case WARN -> status >= 400;
      case INFO, DEBUG -> true;
    };
  }

  /** Whether server-side failures (5xx) are logged with their error. */
  public boolean logsErrors() {
    return this != CRIT;
  }

  static LogLevel parse(String value) {
    for (LogLevel l : values()) {
      if (l.name().toLowerCase(Locale.ROOT).equals(value.trim())) {
        return l;
      }
    }
    throw new ConfigException("log-level must be one of crit, error, warn, info, debug; got '" + value + "'");
  }

  /** The name as configured: {@code warn}. */
  public String configName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
