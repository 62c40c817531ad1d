package io.restgres.schema.load;

import io.restgres.config.AppConfig;
import io.restgres.config.DbUri;
import io.restgres.sql.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens on {@code db-channel} over a dedicated connection (not a pooled one) and hands the
 * reloads to the {@link Reloader}: {@code NOTIFY pgrst, 'reload schema'} and a bare {@code NOTIFY
 * pgrst} reload the schema cache (and, as in PostgREST, the in-database configuration read with
 * it); {@code 'reload config'} the configuration alone. When the database goes away it reconnects
 * with exponential backoff capped at 32 s, and reloads once it is back, as PostgREST does.
 *
 * <p>The dedicated connection takes {@code PGRST_DB_URI} from the environment. Without it (a full
 * Payara Server, whose administrator defines the JDBC resource and its credentials) the listener
 * holds one connection of the application's pool instead, and unlistens before handing it back.
 */
public final class SchemaListener implements Runnable {
  private static final Logger LOG = Logger.getLogger(SchemaListener.class.getName());
  private static final int POLL_MS = 1000;

  private final DbUri db;
  private final DataSource pool;
  private final String channel;
  private final Reloader reloader;
  private final Runnable onLoss;
  private volatile boolean running = true;
  private volatile Connection connection;

  /**
   * @param pool the application's pool, used when the environment has no {@code PGRST_DB_URI}
   * @param onLoss runs when the connection is lost, before the retry (PostgREST's exit without recovery)
   */
  public SchemaListener(AppConfig config, Reloader reloader, DataSource pool, Runnable onLoss) {
    this.db = DbUri.environment();
    this.pool = DbUri.inEnvironment() ? null : pool;
    this.channel = config.dbChannel();
    this.reloader = reloader;
    this.onLoss = onLoss;
  }

  public void stop() {
    running = false;
    closeQuietly();
  }

  @Override
  public void run() {
    int backoffSeconds = 1;
    boolean lost = false;
    while (running && !Thread.currentThread().isInterrupted()) {
      try {
        connect();
        if (lost) {
          // notifications sent while it was away are lost: reload as PostgREST does
          reloader.requestSchemaCache();
          lost = false;
        }
        backoffSeconds = 1;
        listen();
      } catch (SQLException e) {
        if (!running) {
          return;
        }
        onLoss.run();
        LOG.log(Level.WARNING, "Listener connection lost ({0}); retrying in {1} s",
            new Object[] {e.getMessage(), backoffSeconds});
        closeQuietly();
        lost = true;
        sleep(backoffSeconds * 1000L);
        backoffSeconds = Math.min(backoffSeconds * 2, 32);
      }
    }
  }

  private void connect() throws SQLException {
    if (pool != null) {
      connection = pool.getConnection();
      connection.setAutoCommit(true); // LISTEN takes effect when its transaction commits
    } else {
      connection = dedicated();
    }
    try (Statement st = connection.createStatement()) {
      st.execute("LISTEN " + Sql.ident(channel).text());
    }
    LOG.info(() -> "Listening for notifications on channel " + channel);
  }

  private Connection dedicated() throws SQLException {
    Properties props = db.properties();
    props.setProperty("ApplicationName", "Restgres listener");
    // the driver itself, not DriverManager: DriverManager only hands out drivers registered by a
    // class loader it deems visible from its caller, which in an app server thread it may not
    Connection c = new org.postgresql.Driver().connect(db.jdbcUrl(), props);
    if (c == null) {
      throw new SQLException("the database URI is not a PostgreSQL one");
    }
    return c;
  }

  private void listen() throws SQLException {
    Connection c = connection; // stop() clears the field while this loop may still run
    if (c == null) {
      return;
    }
    PGConnection pg = c.unwrap(PGConnection.class);
    int idlePolls = 0;
    while (running && !Thread.currentThread().isInterrupted()) {
      PGNotification[] got = pg.getNotifications(POLL_MS);
      boolean none = got == null || got.length == 0;
      if (!none) {
        dispatch(got);
      }
      // a silently dropped network shows no error on a waiting socket: probe now and then
      if (none && ++idlePolls % 10 == 0 && !c.isValid(5)) {
        throw new SQLException("listener connection is not valid");
      }
    }
  }

  private void dispatch(PGNotification[] notifications) {
    for (PGNotification n : notifications) {
      String payload = n.getParameter() == null ? "" : n.getParameter();
      if (payload.isEmpty() || payload.equals("reload schema")) {
        reloader.requestSchemaCache();
      } else if (payload.equals("reload config")) {
        reloader.requestConfig();
      }
    }
  }

  private void closeQuietly() {
    Connection c = connection;
    connection = null;
    if (c != null) {
      try (c) {
        if (pool != null) {
          try (Statement st = c.createStatement()) {
            st.execute("UNLISTEN *"); // the pool hands the connection to requests next
          }
        }
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
