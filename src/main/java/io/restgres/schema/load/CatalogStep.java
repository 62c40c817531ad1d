package io.restgres.schema.load;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A piece of reading from the database at load time. A failure is rethrown as a {@link
 * CatalogStepException} naming what ran, so that the log says which query failed and why.
 */
@FunctionalInterface
interface CatalogStep<T> {
  T run() throws SQLException;

  /** Runs a step that executes {@code sql/schema/<query>.sql}. */
  static <T> T query(String query, CatalogStep<T> step) throws SQLException {
    return named("sql/schema/" + query + ".sql", step);
  }

  /** Runs a step; a failure names {@code what}, unless an inner step named it already. */
  static <T> T named(String what, CatalogStep<T> step) throws SQLException {
    try {
      return step.run();
    } catch (CatalogStepException e) {
      throw e;
    } catch (SQLException e) {
      throw new CatalogStepException(what, e);
    }
  }

  /** Runs a step in one read-only transaction (a consistent snapshot), leaving the connection as it was. */
  static <T> T readOnly(Connection c, CatalogStep<T> step) throws SQLException {
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    c.setReadOnly(true);
    T result;
    try {
      result = step.run();
    } catch (SQLException | RuntimeException e) {
      // a broken connection fails the clean-up too; the step's error is the one to report
      try {
        restore(c, autoCommit);
      } catch (SQLException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
    restore(c, autoCommit);
    return result;
  }

  private static void restore(Connection c, boolean autoCommit) throws SQLException {
    c.rollback();
    c.setReadOnly(false);
    c.setAutoCommit(autoCommit);
  }
}
