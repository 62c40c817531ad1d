package io.restgres.db;

/** SQLSTATE to HTTP status, as PostgREST's {@code Error.hs:mapSQLtoHTTP}. */
public final class PgErrorStatus {
  private PgErrorStatus() {}

  public static int of(String sqlState, String message, boolean authenticated) {
    if (sqlState == null || sqlState.length() != 5) {
      return 500;
    }
    switch (sqlState) {
      case "21000":
        return message != null && message.endsWith("requires a WHERE clause") ? 400 : 500;
      case "22023":
        return message != null && message.startsWith("role \"") && message.endsWith("\" does not exist") ? 401 : 400;
      case "23503", "23505":
        return 409;
      case "25006":
        return 405;
      case "42883":
        return message != null && message.startsWith("function xmlagg(") ? 406 : 404;
      case "42P01":
        return 404;
      case "42P17":
        return 500;
      case "42501":
        return authenticated ? 403 : 401;
      case "53400":
        return 500;
      case "57P01":
        return 503;
      case "P0001":
        return 400;
      default:
        return byClass(sqlState);
    }
  }

  private static int byClass(String s) {
    if (s.startsWith("PT")) {
      return customStatus(s.substring(2));
    }
    return switch (s.substring(0, 2)) {
      case "08", "53" -> 503;
      case "09", "25", "2D", "38", "39", "3B", "40", "54", "55", "57", "58", "F0", "HV", "P0", "XX" -> 500;
      case "0L", "0P", "28" -> 403;
      default -> 400;
    };
  }

  private static int customStatus(String digits) {
    try {
      int status = Integer.parseInt(digits);
      return status >= 100 && status <= 599 ? status : 500;
    } catch (NumberFormatException e) {
      return 500;
    }
  }
}
