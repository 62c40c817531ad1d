package io.restgres.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The in-database configuration over HTTP: role settings ({@code ALTER ROLE … SET pgrst.…}, the
 * database-specific ones winning), the pre-config function, {@code NOTIFY pgrst, 'reload config'}
 * and a bare {@code NOTIFY pgrst}, and the OpenAPI settings read that way. Fixture: {@code
 * src/test/resources/fixtures/73-dbconfig.sql}.
 */
class DbConfigIT extends DefaultDeployment {
  @Test
  void inDatabaseConfig_roleSettings_reloadConfig_databaseSpecificWins() {
    String role = quoted(authenticator());
    String db = quoted(Oracle.scalar("select current_database()"));
    assertEquals(5, items(), "the fixture's rows, with no db-max-rows");
    try {
      Oracle.execute("ALTER ROLE " + role + " SET pgrst.db_max_rows = '3'");
      Oracle.execute("NOTIFY pgrst, 'reload config'");
      awaitItems(3);
      assertEquals("0-2/*", http.get("/dbconfig_items").header("Content-Range"));
      Oracle.execute("ALTER ROLE " + role + " IN DATABASE " + db + " SET pgrst.db_max_rows = '2'");
      Oracle.execute("NOTIFY pgrst, 'reload config'");
      awaitItems(2);
    } finally {
      Oracle.execute("ALTER ROLE " + role + " RESET pgrst.db_max_rows");
      Oracle.execute("ALTER ROLE " + role + " IN DATABASE " + db + " RESET pgrst.db_max_rows");
      Oracle.execute("NOTIFY pgrst, 'reload config'");
      awaitItems(5);
    }
  }

  @Test
  void inDatabaseConfig_preConfigFunction_bareNotify_roleSettingWins() {
    String role = quoted(authenticator());
    try {
      Oracle.execute("INSERT INTO dbconfig_it.pre_config_values VALUES ('pgrst.db_max_rows', '4')");
      Oracle.execute("NOTIFY pgrst");
      awaitItems(4);
      Oracle.execute("ALTER ROLE " + role + " SET pgrst.db_max_rows = '1'");
      Oracle.execute("NOTIFY pgrst, 'reload config'");
      awaitItems(1);
    } finally {
      Oracle.execute("DELETE FROM dbconfig_it.pre_config_values");
      Oracle.execute("ALTER ROLE " + role + " RESET pgrst.db_max_rows");
      Oracle.execute("NOTIFY pgrst, 'reload config'");
      awaitItems(5);
    }
  }

  // openapi-* and db-root-spec (issue 13), set through db-pre-config and read back from the admin
  // server's /config, which shows the configuration in force.
  @Test
  void openApiSettings_fromTheDatabase_modeSecurityProxyRootSpec() {
    try {
      preConfig("disabled", "pgrst.openapi_mode", "disabled");
      answers(http.get("/", "Accept", "application/openapi+json"), 404,
          "{\"code\":\"PGRST126\",\"details\":null,\"hint\":null,\"message\":\"Root endpoint metadata is disabled\"}");
      answers(Http.admin().get("/openapi"), 404,
          "{\"code\":\"PGRST126\",\"details\":null,\"hint\":null,\"message\":\"Root endpoint metadata is disabled\"}");
      preConfig("follow-privileges", "pgrst.openapi_mode", "follow-privileges");
      assertTrue(!http.get("/").body().contains("/all_trades"), "follow-privileges");
      preConfig("ignore-privileges", "pgrst.openapi_mode", "ignore-privileges",
          "pgrst.openapi_security_active", "true", "pgrst.openapi_server_proxy_uri", "https://api.example.com/v1");
      String doc = http.get("/").body();
      assertTrue(doc.contains("\"/all_trades\""), "anonymous sees every relation: " + doc);
      assertTrue(doc.contains("\"host\":\"api.example.com:443\""), doc);
      assertTrue(doc.contains("\"basePath\":\"/v1\""), doc);
      assertTrue(doc.contains("\"schemes\":[\"https\"]"), doc);
      assertTrue(doc.contains("\"security\":[{\"JWT\":[]}],\"securityDefinitions\":{\"JWT\":{\"description\":"
          + "\"Add the token prepending \\\"Bearer \\\" (without quotes) to it\",\"in\":\"header\","
          + "\"name\":\"Authorization\",\"type\":\"apiKey\"}}"), doc);
      // COMMENT ON VIEW api.hello_world: first line the summary, the rest the description
      assertTrue(doc.contains("\"summary\":\"Hello world\""), doc);
      preConfig("ops_root_spec", "pgrst.db_root_spec", "ops_root_spec");
      ok(http.get("/"), "{\"swagger\" : \"2.0\", \"info\" : {\"title\" : \"Custom root\"}}");
    } finally {
      Oracle.execute("DELETE FROM dbconfig_it.pre_config_values");
      Oracle.execute("NOTIFY pgrst, 'reload config'");
      awaitConfig("openapi-mode = \"follow-privileges\"\n");
      awaitConfig("db-root-spec = \"\"\n");
    }
  }

  // client-error-verbosity and server-timing-enabled are in-database and reloadable in PostgREST
  @Test
  void observabilitySettings_fromTheDatabase_minimalErrorsAndServerTiming() {
    try {
      preConfig("minimal", "pgrst.client_error_verbosity", "minimal", "pgrst.server_timing_enabled", "true");
      answers(http.get("/dbconfig_itemz"), 404, "{\"code\":\"PGRST205\",\"message\":\"Could not find the table"
          + " 'api.dbconfig_itemz' in the schema cache\"}");
      String timing = http.get("/dbconfig_items?select=id").header("Server-Timing");
      assertTrue(timing != null && timing.startsWith("jwt;dur="), String.valueOf(timing));
    } finally {
      Oracle.execute("DELETE FROM dbconfig_it.pre_config_values");
      Oracle.execute("NOTIFY pgrst, 'reload config'");
      awaitConfig("client-error-verbosity = \"verbose\"\n");
    }
    assertEquals(null, http.get("/dbconfig_items?select=id").header("Server-Timing"));
    assertTrue(http.get("/dbconfig_itemz").body().contains("\"details\":"));
  }

  // PostgREST v16: url-use-legacy-target-names = false refuses an aliased embed named by its table
  @Test
  void urlUseLegacyTargetNames_false_refusesTheTableNameOfAnAliasedEmbed() {
    String url = "/films?select=title,director:directors(last_name)&id=eq.3&directors.last_name=eq.Varda";
    try {
      Oracle.execute("INSERT INTO dbconfig_it.pre_config_values VALUES ('pgrst.url_use_legacy_target_names', 'false')");
      Oracle.execute("NOTIFY pgrst, 'reload config'");
      awaitConfig("url-use-legacy-target-names = false\n");
      answers(test.get(url), 400, "{\"code\":\"PGRST108\",\"details\":\"Target names are not allowed in filters if"
          + " they have an alias\",\"hint\":\"Change 'directors' to 'director' in filters, orders or limits.\","
          + "\"message\":\"'directors' is not an embedded resource in this request\"}");
      assertEquals(200, test.get(url.replace("&directors.", "&director.")).status());
    } finally {
      Oracle.execute("DELETE FROM dbconfig_it.pre_config_values");
      Oracle.execute("NOTIFY pgrst, 'reload config'");
      awaitConfig("url-use-legacy-target-names = true\n");
    }
    assertEquals(200, test.get(url).status());
  }

  // db-prepared-statements (issue 13): false sends every request statement unnamed, so a session's
  // pg_prepared_statements never grows (PgBouncer's transaction mode); true lets pgjdbc name a
  // statement from its fifth execution on a connection.
  @Test
  void preparedStatements_falseNamesNoStatement_trueDoes() {
    long[] off;
    try {
      Oracle.execute("INSERT INTO dbconfig_it.pre_config_values VALUES ('pgrst.db_prepared_statements', 'false')");
      Oracle.execute("NOTIFY pgrst, 'reload config'");
      awaitConfig("db-prepared-statements = false\n");
      off = prepared();
      assertEquals(off[1], off[2], "statements prepared on the server with db-prepared-statements=false");
    } finally {
      Oracle.execute("DELETE FROM dbconfig_it.pre_config_values");
      Oracle.execute("NOTIFY pgrst, 'reload config'");
      awaitConfig("db-prepared-statements = true\n");
    }
    long[] on = prepared();
    assertTrue(on[2] > (on[0] == off[0] ? off[2] : 0), "pgjdbc names repeated statements with db-prepared-statements=true");
  }

  // SIGUSR2 reloads the configuration as NOTIFY pgrst, 'reload config' does (issue 13). The server is
  // the Payara Micro process Arquillian started from this JVM.
  @Test
  void sigusr2_reloadsTheConfiguration() throws Exception {
    String role = quoted(authenticator());
    try {
      Oracle.execute("ALTER ROLE " + role + " SET pgrst.db_max_rows = '2'");
      signal("USR2");
      awaitItems(2);
    } finally {
      Oracle.execute("ALTER ROLE " + role + " RESET pgrst.db_max_rows");
      Oracle.execute("NOTIFY pgrst, 'reload config'");
      awaitItems(5);
    }
  }

  /**
   * Ten identical requests; of the connection most of them ran on: its backend pid and how many
   * statements its session had prepared at its first and at its last request.
   */
  private long[] prepared() {
    java.util.Map<Long, long[]> byPid = new java.util.HashMap<>();
    for (int i = 0; i < 10; i++) {
      Http.Response r = http.get("/rpc/life_prepared");
      assertEquals(200, r.status(), r.body());
      java.util.Map<?, ?> row = (java.util.Map<?, ?>) PlainJson.parse(r.body());
      long pid = ((Number) row.get("pid")).longValue();
      long n = ((Number) row.get("prepared")).longValue();
      long[] seen = byPid.computeIfAbsent(pid, k -> new long[] {k, n, n, 0});
      seen[2] = n;
      seen[3]++;
    }
    long[] most = byPid.values().stream().max(java.util.Comparator.comparingLong(v -> v[3])).orElseThrow();
    assertTrue(most[3] >= 6, "requests on one connection: " + most[3]);
    return most;
  }

  private static void signal(String name) throws Exception {
    ProcessHandle payara = ProcessHandle.current().descendants()
        .filter(p -> p.info().commandLine().orElse("").contains("payara-micro"))
        .findFirst().orElseThrow(() -> new AssertionError("no Payara Micro process under this JVM"));
    assertEquals(0, new ProcessBuilder("kill", "-" + name, String.valueOf(payara.pid())).start().waitFor());
  }

  /** Sets these pgrst.* values (name, value, …) for db-pre-config, reloads, and waits for {@code shown}. */
  private static void preConfig(String shown, String... settings) {
    Oracle.execute("DELETE FROM dbconfig_it.pre_config_values");
    for (int i = 0; i < settings.length; i += 2) {
      Oracle.execute("INSERT INTO dbconfig_it.pre_config_values VALUES ('" + settings[i] + "', '" + settings[i + 1] + "')");
    }
    Oracle.execute("NOTIFY pgrst, 'reload config'");
    awaitConfig("\"" + shown + "\"\n");
  }

  private static void awaitConfig(String line) {
    for (int i = 0; i < 200; i++) {
      if (Http.admin().get("/config").body().contains(line)) {
        return;
      }
      sleep(50);
    }
    throw new AssertionError("the configuration never showed " + line);
  }

  /** The server's connection role, as the server's connection names it (it may be mixed-case). */
  private String authenticator() {
    return text(row(http.get("/dbconfig_items?select=authenticator&limit=1")), "authenticator");
  }

  private static String quoted(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  private int items() {
    Http.Response r = http.get("/dbconfig_items?select=id");
    assertEquals(200, r.status(), r.body());
    return ((List<?>) PlainJson.parse(r.body())).size();
  }

  /** Reloads run in the background: polls until the server answers with {@code n} rows. */
  private void awaitItems(int n) {
    int seen = -1;
    for (int i = 0; i < 200 && seen != n; i++) {
      if (i > 0) {
        sleep(50);
      }
      seen = items();
    }
    assertEquals(n, seen, "rows of /dbconfig_items once the configuration is reloaded");
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
