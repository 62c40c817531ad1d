package io.restgres.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restgres.config.InDbConfig.Origin;
import io.restgres.config.InDbConfig.Setting;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InDbConfigTest {
  private static Setting s(Origin origin, String name, String value) {
    return new Setting(origin, name, value);
  }

  @Test
  void settingNames_arePgrstPrefixedWithUnderscores() {
    List<String> names = InDbConfig.settingNames();
    assertEquals(InDbConfig.KEYS.size(), names.size());
    assertEquals("pgrst.db_schemas", names.get(InDbConfig.KEYS.indexOf("db-schemas")));
    assertEquals("pgrst.jwt_secret_is_base64", names.get(InDbConfig.KEYS.indexOf("jwt-secret-is-base64")));
  }

  @Test
  void merge_databaseSpecificRoleSetting_beatsRoleSetting_beatsPreConfig() {
    // the order the rows arrive in does not matter
    Map<String, String> merged = InDbConfig.merge(List.of(
        s(Origin.ROLE, "pgrst.jwt_aud", "role"),
        s(Origin.ROLE_IN_DATABASE, "pgrst.jwt_aud", "in database"),
        s(Origin.PRE_CONFIG, "pgrst.jwt_aud", "pre-config"),
        s(Origin.PRE_CONFIG, "pgrst.db_max_rows", "9"),
        s(Origin.ROLE, "pgrst.db_max_rows", "3"),
        s(Origin.PRE_CONFIG, "pgrst.db_anon_role", "anon")));
    assertEquals(Map.of("jwt-aud", "in database", "db-max-rows", "3", "db-anon-role", "anon"), merged);
  }

  @Test
  void merge_readsOnlyTheInDatabaseSettings() {
    // db-uri, db-pool, server-port, db-channel are not "In-Database" in PostgREST's reference
    Map<String, String> merged = InDbConfig.merge(List.of(
        s(Origin.ROLE, "pgrst.db_uri", "postgres://elsewhere"),
        s(Origin.ROLE, "pgrst.db_pool", "1"),
        s(Origin.ROLE, "pgrst.server_port", "1"),
        s(Origin.ROLE, "pgrst.db_channel", "other"),
        s(Origin.ROLE, "pgrst.db-max-rows", "1"),
        s(Origin.ROLE, "statement_timeout", "1s"),
        s(Origin.ROLE, "pgrst.server_cors_allowed_origins", "https://a.example")));
    assertEquals(Map.of("server-cors-allowed-origins", "https://a.example"), merged);
  }

  @Test
  void merge_keepsEmptyValues() {
    assertEquals(Map.of("db-anon-role", ""), InDbConfig.merge(List.of(s(Origin.ROLE, "pgrst.db_anon_role", ""))));
  }
}
