package io.restgres.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AppConfigTest {
  private static AppConfig load(Map<String, String> env) {
    return AppConfig.load(ConfigSource.ofEnv(env), Map.of());
  }

  @Test
  void defaults_arePostgrests() {
    AppConfig c = load(Map.of());
    assertEquals(List.of("public"), c.dbSchemas());
    assertEquals(3000, c.serverPort());
    assertEquals(10, c.dbPool());
    assertEquals(TxEnd.COMMIT, c.dbTxEnd());
    assertEquals(Optional.empty(), c.dbAnonRole());
    assertEquals("pgrst", c.dbChannel());
    assertEquals(true, c.dbConfig());
    assertEquals(Optional.empty(), c.dbPreConfig());
    assertEquals(10, c.dbPoolAcquisitionTimeout());
    assertEquals(16L * 1024 * 1024, c.serverMaxBodySize());
  }

  @Test
  void traceHeader_isAHeaderName() {
    assertEquals(java.util.Optional.empty(), load(Map.of()).serverTraceHeader());
    assertEquals(java.util.Optional.of("X-Request-Id"),
        load(Map.of("PGRST_SERVER_TRACE_HEADER", " X-Request-Id ")).serverTraceHeader());
    assertEquals("server-trace-header must be a header name; got 'X Request'", assertThrows(ConfigException.class,
        () -> load(Map.of("PGRST_SERVER_TRACE_HEADER", "X Request"))).getMessage());
  }

  @Test
  void poolAcquisitionTimeout_andMaxBodySize() {
    AppConfig c = load(Map.of("PGRST_DB_POOL_ACQUISITION_TIMEOUT", "3", "PGRST_SERVER_MAX_BODY_SIZE", "1024"));
    assertEquals(3, c.dbPoolAcquisitionTimeout());
    assertEquals(1024, c.serverMaxBodySize());
    assertEquals("db-pool-acquisition-timeout must be an integer >= 1; got '0'", assertThrows(ConfigException.class,
        () -> load(Map.of("PGRST_DB_POOL_ACQUISITION_TIMEOUT", "0"))).getMessage());
    assertEquals("db-pool-acquisition-timeout must be at most 2147483; got '9999999'", assertThrows(
        ConfigException.class, () -> load(Map.of("PGRST_DB_POOL_ACQUISITION_TIMEOUT", "9999999"))).getMessage());
    assertEquals("server-max-body-size must be an integer >= 1; got '1MB'", assertThrows(ConfigException.class,
        () -> load(Map.of("PGRST_SERVER_MAX_BODY_SIZE", "1MB"))).getMessage());
  }

  @Test
  void poolControl_postgrestsDefaultsAndKeys() {
    AppConfig c = load(Map.of());
    assertEquals(new PoolSettings(1800, 30, true), c.pool());
    assertEquals(true, c.dbPreparedStatements());
    c = load(Map.of("PGRST_DB_POOL_MAX_LIFETIME", "60", "PGRST_DB_POOL_TIMEOUT", "5",
        "PGRST_DB_POOL_AUTOMATIC_RECOVERY", "false", "PGRST_DB_PREPARED_STATEMENTS", "false"));
    assertEquals(new PoolSettings(60, 5, false), c.pool());
    assertEquals(false, c.dbPreparedStatements());
    assertEquals(7, load(Map.of("PGRST_DB_POOL_MAX_IDLETIME", "7", "PGRST_DB_POOL_TIMEOUT", "5")).pool().maxIdletime());
    assertEquals("db-pool-max-lifetime must be an integer >= 1; got '0'", assertThrows(ConfigException.class,
        () -> load(Map.of("PGRST_DB_POOL_MAX_LIFETIME", "0"))).getMessage());
    assertEquals("db-pool-automatic-recovery must be true or false; got 'maybe'", assertThrows(ConfigException.class,
        () -> load(Map.of("PGRST_DB_POOL_AUTOMATIC_RECOVERY", "maybe"))).getMessage());
  }

  @Test
  void inDatabaseConfiguration_keys() {
    AppConfig c = load(Map.of("PGRST_DB_CONFIG", "false", "PGRST_DB_PRE_CONFIG", "postgrest.pre_config"));
    assertEquals(false, c.dbConfig());
    assertEquals(Optional.of("postgrest.pre_config"), c.dbPreConfig());
  }

  @Test
  void environmentNames_arePostgrests() {
    AppConfig c = load(Map.of("PGRST_DB_SCHEMAS", "api, v2", "PGRST_DB_ANON_ROLE", "anon",
        "PGRST_DB_MAX_ROWS", "100", "PGRST_DB_TX_END", "rollback-allow-override", "PGRST_SERVER_PORT", "8080"));
    assertEquals(List.of("api", "v2"), c.dbSchemas());
    assertEquals("api", c.defaultSchema());
    assertEquals(Optional.of("anon"), c.dbAnonRole());
    assertEquals(Optional.of(100L), c.dbMaxRows());
    assertEquals(TxEnd.ROLLBACK_ALLOW_OVERRIDE, c.dbTxEnd());
    assertEquals(8080, c.serverPort());
  }

  @Test
  void hoistedTxSettings_postgrestsDefault_orTheListGiven() {
    assertEquals(List.of("statement_timeout", "plan_filter.statement_cost_limit", "default_transaction_isolation"),
        load(Map.of()).dbHoistedTxSettings());
    assertEquals(List.of("work_mem", "statement_timeout"),
        load(Map.of("PGRST_DB_HOISTED_TX_SETTINGS", "work_mem, statement_timeout")).dbHoistedTxSettings());
  }

  @Test
  void extraSearchPath_isPublicWhenUnset_andNothingWhenEmpty() {
    assertEquals(List.of("public"), load(Map.of()).dbExtraSearchPath());
    assertEquals(List.of(), load(Map.of("PGRST_DB_EXTRA_SEARCH_PATH", "")).dbExtraSearchPath());
    assertEquals(List.of("public", "extensions"),
        load(Map.of("PGRST_DB_EXTRA_SEARCH_PATH", "public, extensions")).dbExtraSearchPath());
    assertEquals(Optional.empty(), load(Map.of("PGRST_DB_ANON_ROLE", "")).dbAnonRole());
  }

  @Test
  void invalidValues_stopStartUpWithOneLine() {
    assertEquals("db-pool must be an integer >= 1; got 'x'",
        assertThrows(ConfigException.class, () -> load(Map.of("PGRST_DB_POOL", "x"))).getMessage());
    assertThrows(ConfigException.class, () -> load(Map.of("PGRST_SERVER_PORT", "70000")));
    assertThrows(ConfigException.class, () -> load(Map.of("PGRST_DB_TX_END", "sometimes")));
    assertThrows(ConfigException.class, () -> load(Map.of("PGRST_DB_SCHEMAS", "pg_catalog")));
    assertThrows(ConfigException.class, () -> load(Map.of("PGRST_DB_CHANNEL_ENABLED", "maybe")));
  }
}
