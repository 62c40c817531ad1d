package io.restgres.it;

import io.restgres.launcher.DemoDatabase;
import java.io.File;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts one embedded PostgreSQL 17 for the whole integration-test run, loaded through the real
 * {@code liquibase/} changelogs with the demo data, before Arquillian deploys the WAR (register this
 * extension first). Port and authenticator password match {@code PGRST_DB_URI} in the pom.
 */
public final class EmbeddedPg implements BeforeAllCallback {
  /** The authenticator's password: characters that break naive URI and asadmin handling. */
  public static final String PASSWORD = "p:w@rd=# x";

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
      st.execute("NOTIFY pgrst, 'reload schema'");
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
