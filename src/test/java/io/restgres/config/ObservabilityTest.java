package io.restgres.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.restgres.error.ErrorVerbosity;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** server-timing-enabled, log-level, log-query and client-error-verbosity (issue 13, item 6). */
class ObservabilityTest {
  private static Observability load(Map<String, String> env) {
    return AppConfig.load(ConfigSource.ofEnv(env), Map.of()).observability();
  }

  @Test
  void defaults_areThoseOfPostgrest() {
    assertEquals(new Observability(false, LogLevel.ERROR, false, ErrorVerbosity.VERBOSE), load(Map.of()));
  }

  @Test
  void values_parse() {
    assertEquals(new Observability(true, LogLevel.DEBUG, true, ErrorVerbosity.MINIMAL), load(Map.of(
        "PGRST_SERVER_TIMING_ENABLED", "true", "PGRST_LOG_LEVEL", "debug", "PGRST_LOG_QUERY", "true",
        "PGRST_CLIENT_ERROR_VERBOSITY", "minimal")));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "PGRST_LOG_LEVEL|verbose|log-level must be one of crit, error, warn, info, debug; got 'verbose'",
    "PGRST_LOG_QUERY|main-query|log-query must be true or false; got 'main-query'",
    "PGRST_SERVER_TIMING_ENABLED|sometimes|server-timing-enabled must be true or false; got 'sometimes'",
    "PGRST_CLIENT_ERROR_VERBOSITY|terse|client-error-verbosity must be verbose or minimal; got 'terse'"})
  void invalidValues_stopStartUpWithOneLine(String variable, String value, String reason) {
    assertEquals(reason, assertThrows(ConfigException.class, () -> load(Map.of(variable, value))).getMessage());
  }

  // PostgREST's shouldLogResponse
  @ParameterizedTest
  @CsvSource({
    "crit,  false, false, false, false",
    "error, false, false, false, true",
    "warn,  false, false, true,  true",
    "info,  true,  true,  true,  true",
    "debug, true,  true,  true,  true"})
  void logLevel_decidesWhichStatusesAreLogged(String level, boolean s200, boolean s304, boolean s404,
      boolean s503) {
    LogLevel l = LogLevel.parse(level);
    assertEquals(s200, l.logsStatus(200));
    assertEquals(s304, l.logsStatus(304));
    assertEquals(s404, l.logsStatus(404));
    assertEquals(s503, l.logsStatus(503));
    assertEquals(l != LogLevel.CRIT, l.logsErrors());
    assertEquals(level, l.configName());
  }
}
