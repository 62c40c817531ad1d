package io.restgres.schema.load;

import io.restgres.config.AppConfig;
import io.restgres.config.DbUri;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens on {@code db-channel} over a dedicated connection (not a pooled one) and reloads the schema
 * cache on {@code NOTIFY pgrst, 'reload schema'} (or a bare {@code NOTIFY pgrst}). When the database
 * goes away it reconnects with exponential backoff capped at 32 s, and reloads once it is back, as
 * PostgREST does.
 */
public final class SchemaListener implements Runnable {
  private static final Logger LOG = Logger.getLogger(SchemaListener.class.getName());
  private static final int POLL_MS = 1000;
  private static final int DEBOUNCE_MS = 100;

  private final AppConfig config;
  private final SchemaCacheHolder holder;
  private volatile boolean running = true;
  private volatile Connection connection;

  public SchemaListener(AppConfig config, SchemaCacheHolder holder) {
    this.config = config;
    this.holder = holder;
  }

  public void stop() {
    running = false;
    closeQuietly();
  }

  @Override
  public void run() {
    int backoffSeconds = 1;
    boolean needReload = false;
    while (running && !Thread.currentThread().isInterrupted()) {
      try {
        connect();
        if (needReload) {
          holder.reload();
        }
        backoffSeconds = 1;
        listen();
      } catch (SQLException e) {
        if (!running) {
          return;
        }
        LOG.log(Level.WARNING, "Listener connection lost ({0}); retrying in {1} s",
            new Object[] {e.getMessage(), backoffSeconds});
        closeQuietly();
        needReload = true;
        sleep(backoffSeconds * 1000L);
        backoffSeconds = Math.min(backoffSeconds * 2, 32);
      }
    }
  }

  private void connect() throws SQLException {
    DbUri db = DbUri.parse(config.dbUri(), System.getenv());
    java.util.Properties props = db.properties();
    props.setProperty("ApplicationName", "Restgres listener");
    connection = DriverManager.getConnection(db.jdbcUrl(), props);
    try (Statement st = connection.createStatement()) {
      st.execute("LISTEN " + io.restgres.sql.Sql.ident(config.dbChannel()).text());
    }
    LOG.info(() -> "Listening for notifications on channel " + config.dbChannel());
  }

  private void listen() throws SQLException {
    PGConnection pg = connection.unwrap(PGConnection.class);
    int idlePolls = 0;
    while (running && !Thread.currentThread().isInterrupted()) {
      PGNotification[] got = pg.getNotifications(POLL_MS);
      boolean none = got == null || got.length == 0;
      if (!none && wantsReload(got)) {
        // notifications sent in quick succession (one migration) are answered by one reload
        sleep(DEBOUNCE_MS);
        pg.getNotifications(1);
        holder.reload();
      }
      // a silently dropped network shows no error on a waiting socket: probe now and then
      if (none && ++idlePolls % 10 == 0 && !connection.isValid(5)) {
        throw new SQLException("listener connection is not valid");
      }
    }
  }

  private static boolean wantsReload(PGNotification[] notifications) {
    for (PGNotification n : notifications) {
      String p = n.getParameter() == null ? "" : n.getParameter().trim();
      // 'reload config' re-reads the role settings, which are loaded with the schema cache
      if (p.isEmpty() || p.equals("reload schema") || p.equals("reload config")) {
        return true;
      }
    }
    return false;
  }

  private void closeQuietly() {
    Connection c = connection;
    connection = null;
    if (c != null) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // already broken
      }
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
