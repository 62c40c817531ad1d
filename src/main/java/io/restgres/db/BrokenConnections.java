package io.restgres.db;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Tells the connection pool at once when a request's connection broke, so that it is destroyed on
 * close instead of being lent to the next request. A restarted database otherwise leaves pooled
 * connections that each fail one more request ("This connection has been closed.") until the pool's
 * validation gets to them. Connection-class errors are judged by SQLSTATE, as HikariCP does.
 */
public final class BrokenConnections {
  // 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now; class 08 covers the
  // driver's own "connection closed" (08003) and I/O failures (08006).
  private static final Set<String> SHUTDOWN = Set.of("57P01", "57P02", "57P03");
  private static final Method MARK_BAD = markBadMethod();

  private BrokenConnections() {}

  /** Work on a connection that may throw. */
  public interface Work<T> {
    T run() throws SQLException;
  }

  /**
   * Runs {@code work} on {@code c}, a connection of {@code pool}. If it fails because the connection
   * broke, the pool is told before the caller closes the connection; either way the outage state
   * ({@link DbOutage}) learns whether the database answered.
   */
  public static <T> T evictOnFailure(DataSource pool, Connection c, Work<T> work) throws SQLException {
    try {
      T result = work.run();
      DbOutage.reachable();
      return result;
    } catch (SQLException e) {
      if (isBroken(e)) {
        markBad(pool, c);
        DbOutage.unreachable(e);
      } else {
        DbOutage.reachable();
      }
      throw e;
    }
  }

  static boolean isBroken(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException s && s.getSQLState() != null
          && (s.getSQLState().startsWith("08") || SHUTDOWN.contains(s.getSQLState()))) {
        return true;
      }
    }
    return false;
  }

  // Payara's DataSource implements com.sun.appserv.jdbc.DataSource#markConnectionAsBad: the
  // connection is destroyed when closed, and with the pool's fail-all-connections every idle one
  // with it (post-boot.asadmin). Looked up reflectively: the interface is the container's, not the
  // application's, and is absent outside Payara.
  static void markBad(DataSource pool, Connection c) {
    if (MARK_BAD != null && MARK_BAD.getDeclaringClass().isInstance(pool)) {
      try {
        MARK_BAD.invoke(pool, c);
      } catch (ReflectiveOperationException | RuntimeException e) {
        // the pool still finds the connection broken when it next validates it
      }
    }
  }

  private static Method markBadMethod() {
    try {
      return Class.forName("com.sun.appserv.jdbc.DataSource").getMethod("markConnectionAsBad", Connection.class);
    } catch (ReflectiveOperationException | LinkageError e) {
      return null;
    }
  }
}
