package io.restgres.it;

import io.restgres.launcher.DemoDatabase;
import java.io.File;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts one embedded PostgreSQL 17 for the whole integration-test run, loaded through the real
 * {@code liquibase/} changelogs with the demo data, before Arquillian deploys the WAR (register this
 * extension first). Port, connection role and password match {@code PGRST_DB_URI} in the pom.
 */
public final class EmbeddedPg implements BeforeAllCallback {
  /** The authenticators' password: characters that break naive URI and asadmin handling. */
  public static final String PASSWORD = "p:w@rd=# x";

  /** The role PGRST_DB_URI in the pom logs in as: mixed case, so that its name must be quoted. */
  public static final String CONNECTION_ROLE = "Restgres_Authenticator";

  // One row per way the connection role breaks the model.
  private static final String ROLE_MODEL_VIOLATIONS =
      "WITH me AS (SELECT oid, rolinherit FROM pg_roles WHERE rolname = '" + CONNECTION_ROLE + "')"
          + " SELECT 'is missing or INHERIT' FROM (SELECT 1) x LEFT JOIN me ON true"
          + " WHERE me.oid IS NULL OR me.rolinherit"
          + " UNION ALL SELECT 'has USAGE on schema ' || n.nspname FROM pg_namespace n, me"
          + " WHERE n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'"
          // db-pre-config runs as the authenticator itself: PostgREST's reference grants it USAGE on
          // that function's schema, and on no other
          + " AND n.nspname <> 'dbconfig_it' AND has_schema_privilege(me.oid, n.oid, 'USAGE')"
          + " UNION ALL SELECT 'has privileges on ' || c.oid::regclass FROM pg_class c"
          + " JOIN pg_namespace n ON n.oid = c.relnamespace, me"
          + " WHERE n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'"
          + " AND (has_table_privilege(me.oid, c.oid, 'SELECT, INSERT, UPDATE, DELETE')"
          + " OR has_any_column_privilege(me.oid, c.oid, 'SELECT, INSERT, UPDATE'))"
          + " UNION ALL SELECT 'is not granted ' || m.roleid::regrole || ', which the authenticator is'"
          + " FROM pg_auth_members m, me WHERE m.member = 'authenticator'::regrole"
          + " AND NOT pg_has_role(me.oid, m.roleid, 'MEMBER')";

  @Override
  public void beforeAll(ExtensionContext context) {
    context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(EmbeddedPg.class, k -> start(), Handle.class);
  }

  private static volatile DemoDatabase running;

  /** The running database; the extension must have run for the test class. */
  public static DemoDatabase database() {
    return running;
  }

  private static Handle start() {
    try {
      int port = Integer.parseInt(System.getProperty("it.pg.port", "55439"));
      running = DemoDatabase.start(port, Path.of("target/it-pg"), new File("liquibase"), "demo", PASSWORD);
      loadFixtures(running);
      return new Handle(running);
    } catch (Exception e) {
      throw new IllegalStateException("embedded PostgreSQL did not start", e);
    }
  }

  // Every src/test/resources/fixtures/*.sql, in name order, as the superuser (multi-statement scripts).
  private static void loadFixtures(DemoDatabase db) throws Exception {
    File[] files = new File("src/test/resources/fixtures").listFiles((d, n) -> n.endsWith(".sql"));
    if (files == null) {
      return;
    }
    java.util.Arrays.sort(files);
    try (java.sql.Connection c = db.superuser(); java.sql.Statement st = c.createStatement()) {
      for (File f : files) {
        st.execute(java.nio.file.Files.readString(f.toPath()));
      }
      checkRoleModel(st);
      st.execute("NOTIFY pgrst, 'reload schema'");
    }
  }

  /**
   * PostgREST's documented role model, which the server must work under: the role it logs in as
   * (created in fixtures/70-deploy.sql) is NOINHERIT, may use no schema and no relation, not even
   * through PUBLIC, and may switch to every role a fixture granted to the demo's authenticator.
   */
  private static void checkRoleModel(java.sql.Statement st) throws java.sql.SQLException {
    try (java.sql.ResultSet rs = st.executeQuery(ROLE_MODEL_VIOLATIONS)) {
      StringBuilder violations = new StringBuilder();
      while (rs.next()) {
        violations.append("\n  ").append(rs.getString(1));
      }
      if (violations.length() > 0) {
        throw new IllegalStateException(CONNECTION_ROLE + " breaks PostgREST's role model:" + violations);
      }
    }
  }

  /** Closes the database when the test run ends. */
  record Handle(DemoDatabase db) implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() throws Exception {
      db.close();
    }
  }
}
