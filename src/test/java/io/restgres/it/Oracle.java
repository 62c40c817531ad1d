package io.restgres.it;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Expected bodies rendered by PostgreSQL itself: {@code coalesce(json_agg(t), '[]')} over the query
 * that PostgREST's URL stands for, run as the superuser on the test database.
 */
final class Oracle {
  private static Connection db;

  private Oracle() {}

  static synchronized Connection db() throws SQLException {
    if (db == null) {
      db = EmbeddedPg.database().superuser();
    }
    return db;
  }

  static String json(String query) {
    return scalar("select coalesce(json_agg(t), '[]')::text from (" + query + ") t");
  }

  static String scalar(String query) {
    try (Statement st = db().createStatement(); ResultSet rs = st.executeQuery(query)) {
      rs.next();
      return rs.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(query, e);
    }
  }

  static void execute(String sql) {
    try (Statement st = db().createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
