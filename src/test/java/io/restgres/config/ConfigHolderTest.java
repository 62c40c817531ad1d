package io.restgres.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The in-database configuration laid over the environment, as PostgREST's configuration reference says. */
class ConfigHolderTest {
  private static final Map<String, String> ENV = Map.of(
      "PGRST_DB_SCHEMAS", "api",
      "PGRST_DB_ANON_ROLE", "web_anon",
      "PGRST_DB_MAX_ROWS", "100",
      "PGRST_JWT_AUD", "env-aud");

  private static ConfigHolder holder() {
    return new ConfigHolder(ConfigSource.ofEnv(ENV), Map.of("name", "value"));
  }

  @Test
  void databaseValues_beatTheEnvironment() {
    ConfigHolder h = holder();
    AppConfig c = h.applyDbValues(Map.of("db-max-rows", "2", "db-schemas", "v1, v2"));
    assertEquals(Optional.of(2L), c.dbMaxRows());
    assertEquals(List.of("v1", "v2"), c.dbSchemas());
    assertEquals(Optional.of("web_anon"), c.dbAnonRole(), "keys the database does not set keep their value");
    assertEquals(Map.of("name", "value"), c.appSettings());
    assertSame(c, h.get());
  }

  @Test
  void reload_withoutTheDatabaseValue_restoresTheEnvironmentsValue() {
    ConfigHolder h = holder();
    h.applyDbValues(Map.of("db-max-rows", "2"));
    assertEquals(Optional.of(100L), h.applyDbValues(Map.of()).dbMaxRows());
  }

  @Test
  void emptyDatabaseValue_unsetsTheKey_asInPostgrest() {
    AppConfig c = holder().applyDbValues(Map.of("db-anon-role", "", "jwt-aud", "", "db-extra-search-path", ""));
    assertEquals(Optional.empty(), c.dbAnonRole());
    assertEquals(Optional.empty(), c.jwtAud());
    assertEquals(List.of(), c.dbExtraSearchPath(), "db-extra-search-path may be empty");
  }

  @Test
  void databaseValue_beatsTheEnvironmentsAlias() {
    ConfigHolder h = new ConfigHolder(ConfigSource.ofEnv(Map.of("PGRST_MAX_ROWS", "7")), Map.of());
    assertEquals(Optional.of(7L), h.get().dbMaxRows());
    assertEquals(Optional.of(3L), h.applyDbValues(Map.of("db-max-rows", "3")).dbMaxRows());
  }

  @Test
  void invalidDatabaseValue_keepsThePreviousConfiguration() {
    ConfigHolder h = holder();
    AppConfig before = h.applyDbValues(Map.of("db-max-rows", "2"));
    assertSame(before, h.applyDbValues(Map.of("db-max-rows", "many")));
    assertSame(before, h.applyDbValues(Map.of("db-tx-end", "sometimes")));
    assertSame(before, h.get());
  }

  @Test
  void configurationFailingTheCheck_keepsThePreviousConfiguration() {
    ConfigHolder h = holder();
    h.validateWith(c -> {
      if (c.jwtAud().orElse("").equals("bad")) {
        throw new ConfigException("bad audience");
      }
    });
    AppConfig before = h.get();
    assertSame(before, h.applyDbValues(Map.of("jwt-aud", "bad")));
    assertEquals(Optional.of("good"), h.applyDbValues(Map.of("jwt-aud", "good")).jwtAud());
  }

  @Test
  void validateWith_checksTheCurrentConfigurationAtOnce() {
    ConfigHolder h = holder();
    assertThrows(ConfigException.class, () -> h.validateWith(c -> {
      throw new ConfigException("no");
    }));
  }

  @Test
  void unchangedValues_keepTheSameInstance() {
    ConfigHolder h = holder();
    AppConfig first = h.applyDbValues(Map.of("db-max-rows", "2"));
    assertSame(first, h.applyDbValues(Map.of("db-max-rows", "2")));
  }
}
