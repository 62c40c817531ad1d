package io.restgres.db;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.util.PGobject;

/**
 * A data source whose one connection records calls, for {@link TxRunnerTest}: rows and failures are
 * keyed by statement text.
 */
final class RecordingDb {
  static Map<Object, Object> mainRow() {
    return Map.of("total_result_set", 3L, "page_total", 2L, "body", "[1,2]".getBytes(StandardCharsets.UTF_8),
        "response_headers", "[{\"X-A\":\"b\"}]", "response_status", "201");
  }

  static Array array(String... values) {
    return proxy(Array.class, (p, m, a) -> m.getName().equals("getArray") ? values : unexpected(m.getName()));
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, InvocationHandler h) {
    return (T) Proxy.newProxyInstance(RecordingDb.class.getClassLoader(), new Class<?>[] {type}, h);
  }

  private static Object unexpected(String method) {
    throw new UnsupportedOperationException(method);
  }

  final List<String> log = new ArrayList<>();
  final Map<String, Map<Object, Object>> rows = new HashMap<>();
  final Map<String, SQLException> failures = new HashMap<>();
  SQLException connectFailure;
  boolean autoCommit = true;

  /** The statements executed, then how the transaction ended. */
  List<String> statementsAndEnd() {
    List<String> out = new ArrayList<>();
    for (String entry : log) {
      if (entry.startsWith("run ")) {
        out.add(entry.substring("run ".length()));
      } else if (entry.equals("commit") || entry.equals("rollback")) {
        out.add(entry);
      }
    }
    return out;
  }

  DataSource dataSource() {
    return proxy(DataSource.class, (p, m, a) -> {
      if (!m.getName().equals("getConnection") || a != null) {
        return unexpected(m.getName());
      }
      if (connectFailure != null) {
        throw connectFailure;
      }
      return connection();
    });
  }

  private Connection connection() {
    return proxy(Connection.class, (p, m, a) -> {
      switch (m.getName()) {
        case "setAutoCommit":
          log.add("autoCommit " + a[0]);
          autoCommit = (Boolean) a[0];
          return null;
        case "getAutoCommit":
          return autoCommit;
        case "commit":
        case "rollback":
          if (a != null) {
            return unexpected(m.getName());
          }
          log.add(m.getName());
          return null;
        case "close":
          log.add("close connection");
          return null;
        case "prepareStatement":
          if (a.length != 1) {
            return unexpected(m.getName());
          }
          log.add("prepare " + a[0]);
          return statement((String) a[0]);
        default:
          return unexpected(m.getName());
      }
    });
  }

  private PreparedStatement statement(String text) {
    return proxy(PreparedStatement.class, (p, m, a) -> {
      switch (m.getName()) {
        case "setObject":
          if (a.length == 2 && a[1] instanceof PGobject o) {
            log.add("bind " + a[0] + " " + o.getValue() + " " + o.getType());
            return null;
          }
          if (a.length != 3) {
            return unexpected("untyped setObject");
          }
          log.add("bind " + a[0] + " " + a[1] + " " + typeName((Integer) a[2]));
          return null;
        case "execute":
        case "executeQuery":
          log.add(m.getName());
          // PostgreSQL runs a script's statements up to the first that fails
          for (String statement : text.split(";\n")) {
            log.add("run " + statement);
            if (failures.containsKey(statement)) {
              throw failures.get(statement);
            }
          }
          return m.getName().equals("execute") ? false : result(rows.getOrDefault(text, mainRow()));
        case "getMoreResults":
          log.add(m.getName());
          return true;
        case "setFetchSize":
          log.add("fetchSize " + a[0]);
          return null;
        case "getResultSet":
          // the script's last statement is the main one
          log.add(m.getName());
          return result(rows.getOrDefault(text.substring(text.lastIndexOf('\n') + 1), mainRow()));
        case "close":
          log.add("close statement");
          return null;
        default:
          return unexpected(m.getName());
      }
    });
  }

  private ResultSet result(Map<Object, Object> row) {
    Object[] last = new Object[1];
    return proxy(ResultSet.class, (p, m, a) -> {
      switch (m.getName()) {
        case "next":
          return true;
        case "getLong":
          last[0] = row.get(a[0]);
          return last[0] == null ? 0L : last[0];
        case "getString":
        case "getBytes":
        case "getArray":
          last[0] = row.get(a[0]);
          return last[0];
        case "wasNull":
          return last[0] == null;
        case "close":
          log.add("close result");
          return null;
        default:
          return unexpected(m.getName());
      }
    });
  }

  private static String typeName(int type) {
    switch (type) {
      case Types.OTHER:
        return "OTHER";
      case Types.BIGINT:
        return "BIGINT";
      case Types.BOOLEAN:
        return "BOOLEAN";
      default:
        return String.valueOf(type);
    }
  }
}
