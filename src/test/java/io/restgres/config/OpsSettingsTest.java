package io.restgres.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The admin-server and OpenAPI settings of issue 13, as PostgREST's configuration reference has them. */
class OpsSettingsTest {
  private static AppConfig load(Map<String, String> env) {
    return AppConfig.load(ConfigSource.ofEnv(env), Map.of());
  }

  @Test
  void defaults_noAdminServer_followPrivileges() {
    AppConfig c = load(Map.of());
    assertEquals(new AdminSettings(Optional.empty(), "!4"), c.admin());
    assertEquals(new OpenApiSettings(OpenApiSettings.Mode.FOLLOW_PRIVILEGES, false, Optional.empty(),
        Optional.empty()), c.openApi());
  }

  @Test
  void adminHost_defaultsToServerHost_andPortMustDiffer() {
    assertEquals(new AdminSettings(Optional.of(3001), "127.0.0.1"),
        load(Map.of("PGRST_ADMIN_SERVER_PORT", "3001", "PGRST_SERVER_HOST", "127.0.0.1")).admin());
    assertEquals("::1", load(Map.of("PGRST_ADMIN_SERVER_PORT", "3001", "PGRST_ADMIN_SERVER_HOST", "::1"))
        .admin().host());
    assertEquals("admin-server-port cannot be the same as server-port", assertThrows(ConfigException.class,
        () -> load(Map.of("PGRST_ADMIN_SERVER_PORT", "3000"))).getMessage());
    assertEquals("admin-server-port must be at most 65535; got '70000'", assertThrows(ConfigException.class,
        () -> load(Map.of("PGRST_ADMIN_SERVER_PORT", "70000"))).getMessage());
  }

  @Test
  void openApi_modesSecurityProxyAndRootSpec() {
    OpenApiSettings o = load(Map.of("PGRST_OPENAPI_MODE", "ignore-privileges", "PGRST_OPENAPI_SECURITY_ACTIVE",
        "true", "PGRST_OPENAPI_SERVER_PROXY_URI", "https://example.org/api", "PGRST_DB_ROOT_SPEC", "root"))
        .openApi();
    assertEquals(new OpenApiSettings(OpenApiSettings.Mode.IGNORE_PRIVILEGES, true,
        Optional.of(URI.create("https://example.org/api")), Optional.of("root")), o);
    assertEquals(OpenApiSettings.Mode.DISABLED, load(Map.of("PGRST_OPENAPI_MODE", "disabled")).openApi().mode());
    assertEquals("openapi-mode must be follow-privileges, ignore-privileges or disabled; got 'off'",
        assertThrows(ConfigException.class, () -> load(Map.of("PGRST_OPENAPI_MODE", "off"))).getMessage());
    assertEquals("openapi-server-proxy-uri must be an http or https URL; got 'example.org'",
        assertThrows(ConfigException.class, () -> load(Map.of("PGRST_OPENAPI_SERVER_PROXY_URI", "example.org")))
            .getMessage());
  }
}
