package io.restgres.db;

import io.restgres.error.ApiException;
import io.restgres.error.ErrorCode;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Turns JDBC failures into {@link ApiException}s. Server errors keep PostgreSQL's SQLSTATE, message,
 * detail and hint, read from the error fields, never parsed from text (pgjdbc ServerErrorMessage).
 */
final class PgErrors {
  private static final Logger LOG = Logger.getLogger(PgErrors.class.getName());

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
    return status == 401 ? error.withHeader("WWW-Authenticate", "Bearer") : error;
  }

  /** The database could not be reached or the connection broke: 503, as PostgREST. */
  static ApiException connectionFailed(SQLException e) {
    LOG.log(Level.WARNING, "database connection error: {0}", e.getMessage());
    return ErrorCode.CONNECTION_FAILED.exception("Database connection error.", e.getMessage(), null);
  }
}
