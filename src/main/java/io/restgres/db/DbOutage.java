package io.restgres.db;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whether the database is reachable, as the last request found it. Logs one line when it becomes
 * unreachable (with the driver's message, which may name the host and port and so never goes to a
 * client) and one when it answers again, not one per failed request.
 */
public final class DbOutage {
  private static final Logger LOG = Logger.getLogger(DbOutage.class.getName());
  private static final AtomicBoolean DOWN = new AtomicBoolean();
  private static volatile Runnable onLoss = () -> { };
  // Payara's pool and JDBC adapter log several multi-line warnings for each request and each
  // reconnection attempt while the database is down (megabytes a minute under load). Held here:
  // the JDK keeps loggers only weakly, and a collected one would lose its level.
  private static final List<Logger> POOL_LOGGERS = List.of(
      Logger.getLogger("javax.enterprise.resource.resourceadapter.com.sun.enterprise.connectors"),
      Logger.getLogger("javax.enterprise.resource.resourceadapter.com.sun.enterprise.resource.allocator"),
      Logger.getLogger("javax.enterprise.resource.resourceadapter.com.sun.enterprise.resource.pool"),
      Logger.getLogger("javax.enterprise.resource.resourceadapter.com.sun.gjc.spi"));

  private DbOutage() {}

  /**
   * Silences the pool's own connection warnings; this class reports outages instead. Set from the
   * application rather than with asadmin's set-log-levels, which switches Payara Micro's console
   * to the JDK's log format.
   */
  public static void quietPool() {
    POOL_LOGGERS.forEach(l -> l.setLevel(Level.OFF));
  }

  /**
   * What happens, besides the log line, whenever a request finds the database unreachable: with
   * {@code db-pool-automatic-recovery=false} the server exits.
   */
  public static void onLoss(Runnable action) {
    onLoss = action;
  }

  static void unreachable(SQLException e) {
    if (DOWN.compareAndSet(false, true)) {
      LOG.warning("Database connection lost: " + e.getMessage());
    }
    onLoss.run();
  }

  static void reachable() {
    // a plain read first: the common case costs no atomic write
    if (DOWN.get() && DOWN.compareAndSet(true, false)) {
      LOG.info("Database connection restored");
    }
  }
}
