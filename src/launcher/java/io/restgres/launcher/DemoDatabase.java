package io.restgres.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * An embedded PostgreSQL 17 (zonky) loaded through the real {@code liquibase/} changelogs, with the
 * authenticator's password set and password authentication required over TCP, as on a real server.
 */
public final class DemoDatabase implements AutoCloseable {
  private final EmbeddedPostgres pg;
  private final String password;

  private DemoDatabase(EmbeddedPostgres pg, String password) {
    this.pg = pg;
    this.password = password;
  }

  /**
   * Runs the demo database alone, for a server other than the launcher's Payara Micro
   * ({@code src/payara-server/verify.sh}): {@code DemoDatabase PORT WORKDIR PASSWORD}, the
   * authenticator's password chosen by the caller. Prints {@code ready} once loaded; SIGTERM stops
   * PostgreSQL and removes {@code WORKDIR}.
   */
  public static void main(String[] args) throws Exception {
    Path workDir = Path.of(args[1]);
    DemoDatabase db = start(Integer.parseInt(args[0]), workDir, new File("liquibase"), "demo", args[2]);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        db.close();
      } catch (IOException e) {
        System.err.println("stopping PostgreSQL: " + e.getMessage());
      }
      FileTrees.delete(workDir);
    }, "demo-db-shutdown"));
    System.out.println("ready");
    Thread.currentThread().join();
  }

  /** Starts the server in {@code workDir}, applies the changelogs with {@code contexts}. */
  public static DemoDatabase start(int port, Path workDir, File liquibaseDir, String contexts, String password)
      throws Exception {
    return start(port, workDir, liquibaseDir, contexts, password, true);
  }

  /**
   * As {@link #start(int, Path, File, String, String)}; without {@code stopWithJvm} the caller must
   * {@link #close()} it: the launcher stops it only after the server has finished its requests.
   */
  static DemoDatabase start(int port, Path workDir, File liquibaseDir, String contexts, String password,
      boolean stopWithJvm) throws Exception {
    Files.createDirectories(workDir);
    EmbeddedPostgres pg = EmbeddedPostgres.builder()
        .setRegisterShutdownHook(stopWithJvm)
        .setPort(port)
        .setOverrideWorkingDirectory(workDir.toFile())
        .setDataDirectory(workDir.resolve("data"))
        .setCleanDataDirectory(true)
        .start();
    DemoDatabase db = new DemoDatabase(pg, password);
    try (Connection c = db.superuser()) {
      Liquibase.update(c, liquibaseDir, contexts);
      c.setAutoCommit(true);
      try (PreparedStatement ps = c.prepareStatement("select set_config('restgres.pw', ?, false)")) {
        ps.setString(1, password);
        ps.execute();
      }
      try (Statement st = c.createStatement()) {
        st.execute("DO $$ BEGIN EXECUTE format('ALTER ROLE authenticator PASSWORD %L', "
            + "current_setting('restgres.pw')); END $$");
        // PostgREST's role model: the authenticator may use no schema, not even public through PUBLIC
        st.execute("REVOKE ALL ON SCHEMA public FROM PUBLIC");
      }
      requirePasswords(c);
    } catch (Exception e) {
      pg.close();
      throw e;
    }
    return db;
  }

  // zonky trusts every connection; make TCP logins prove their password like a real server.
  private static void requirePasswords(Connection c) throws SQLException, IOException {
    String hba;
    try (Statement st = c.createStatement(); var rs = st.executeQuery("show hba_file")) {
      rs.next();
      hba = rs.getString(1);
    }
    Files.writeString(Path.of(hba),
        "local all all trust\n"
            + "host all postgres 127.0.0.1/32 trust\n"
            + "host all postgres ::1/128 trust\n"
            + "host all all 127.0.0.1/32 scram-sha-256\n"
            + "host all all ::1/128 scram-sha-256\n");
    try (Statement st = c.createStatement()) {
      st.execute("select pg_reload_conf()");
    }
  }

  public Connection superuser() throws SQLException {
    return pg.getPostgresDatabase().getConnection();
  }

  public int port() {
    return pg.getPort();
  }

  /** {@code PGRST_DB_URI} for the authenticator, password percent-encoded. */
  public String authenticatorUri() {
    return "postgres://authenticator:" + URLEncoder.encode(password, StandardCharsets.UTF_8).replace("+", "%20")
        + "@127.0.0.1:" + port() + "/postgres";
  }

  @Override
  public void close() throws IOException {
    pg.close();
  }
}
