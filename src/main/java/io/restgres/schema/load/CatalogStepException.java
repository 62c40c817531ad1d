package io.restgres.schema.load;

import java.sql.SQLException;

/**
 * A step of reading from the database that failed: the message starts with what ran (a query, a
 * function, connecting); the SQLSTATE is the server's.
 */
final class CatalogStepException extends SQLException {
  private static final long serialVersionUID = 1L;

  CatalogStepException(String what, SQLException cause) {
    super(what + ": " + cause.getMessage(), cause.getSQLState(), cause);
  }
}
