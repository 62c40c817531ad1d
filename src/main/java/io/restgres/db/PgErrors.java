package io.restgres.db;

import io.restgres.error.ApiException;
import io.restgres.error.ErrorCode;
import java.sql.SQLException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Turns JDBC failures into {@link ApiException}s. Server errors keep PostgreSQL's SQLSTATE, message,
 * detail and hint, read from the error fields, never parsed from text (pgjdbc ServerErrorMessage).
 */
final class PgErrors {
  private PgErrors() {}

  static ApiException fromSql(SQLException e, boolean authenticated) {
    ServerErrorMessage server = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
    if (server == null || server.getSQLState() == null) {
      return connectionFailed(e);
    }
    String state = server.getSQLState();
    String message = server.getMessage() == null ? "" : server.getMessage();
    if (state.equals("PGRST")) {
      return RaisedError.of(message, server.getDetail());
    }
    int status = PgErrorStatus.of(state, message, authenticated);
    ApiException error = new ApiException(status, state, message, server.getDetail(), server.getHint());
    // PostgREST's mkStatus: RAISE SQLSTATE 'PT402' USING message = 'Payment Required' answers
    // "402 Payment Required"
    if (state.startsWith("PT") && state.substring(2).equals(Integer.toString(status))) {
      error = error.withReasonPhrase(message);
    }
    return status == 401 ? error.withHeader("WWW-Authenticate", "Bearer") : error;
  }

  /**
   * The database could not be reached or the connection broke: 503, as PostgREST; or the pool had
   * no free connection within its max-wait (db-pool-acquisition-timeout): 504 PGRST003. The driver's
   * message names the database's host, port and user, so it goes to the log (once per outage,
   * {@link DbOutage}), not to the client.
   */
  static ApiException connectionFailed(SQLException e) {
    if (poolExhausted(e)) {
      return ErrorCode.POOL_TIMEOUT.exception("Timed out acquiring connection from connection pool.");
    }
    DbOutage.unreachable(e);
    return ErrorCode.CONNECTION_FAILED.exception("Database connection error.");
  }

  // Payara's pool reports an expired max-wait-time only in its message text ("In-use connections
  // equal max-pool-size and expired max-wait-time"), with no SQLSTATE or exception type of its own.
  static boolean poolExhausted(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains("expired max-wait-time")) {
        return true;
      }
    }
    return false;
  }
}
