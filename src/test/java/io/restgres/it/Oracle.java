package io.restgres.it;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Expected bodies rendered by PostgreSQL itself: {@code coalesce(json_agg(t), '[]')} over the query
 * that PostgREST's URL stands for, run as the superuser on the test database; and the saved rows
 * of the tables a test writes to.
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

  /** Copies the rows of these tables into temporary tables of this session (saved_0, saved_1, …). */
  static void save(List<String> tables) {
    for (int i = 0; i < tables.size(); i++) {
      execute("drop table if exists pg_temp.saved_" + i);
      execute("create temp table saved_" + i + " as table " + tables.get(i));
    }
  }

  /**
   * Puts back the rows {@link #save} copied. Triggers and foreign-key checks are off meanwhile
   * (session_replication_role), so the tables may be listed in any order; generated columns are
   * computed again.
   */
  static void restore(List<String> tables) {
    if (tables.isEmpty()) {
      return;
    }
    execute("set session_replication_role = replica");
    try {
      for (int i = 0; i < tables.size(); i++) {
        String columns = scalar("select string_agg(quote_ident(attname), ', ' order by attnum) from pg_attribute"
            + " where attrelid = '" + tables.get(i) + "'::regclass and attnum > 0 and not attisdropped"
            + " and attgenerated = ''");
        execute("delete from " + tables.get(i));
        execute("insert into " + tables.get(i) + " (" + columns + ") overriding system value select " + columns
            + " from pg_temp.saved_" + i);
      }
    } finally {
      execute("reset session_replication_role");
    }
  }
}
