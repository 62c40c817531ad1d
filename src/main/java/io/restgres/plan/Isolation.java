package io.restgres.plan;

import java.util.Locale;

/**
 * A transaction's isolation level, from a {@code default_transaction_isolation} set on the called
 * function or on the request's role (PostgREST {@code Config/Database.hs:toIsolationLevel}).
 */
public enum Isolation {
  READ_COMMITTED("READ COMMITTED"),
  REPEATABLE_READ("REPEATABLE READ"),
  SERIALIZABLE("SERIALIZABLE");

  private final String sql;

  Isolation(String sql) {
    this.sql = sql;
  }

  /** The level's SQL keywords, as {@code SET TRANSACTION ISOLATION LEVEL} takes them. */
  public String sql() {
    return sql;
  }

  /** A setting's value as PostgREST reads it: anything but the two stricter levels is READ COMMITTED. */
  public static Isolation of(String setting) {
    switch (setting.trim().toLowerCase(Locale.ROOT)) {
      case "repeatable read":
        return REPEATABLE_READ;
      case "serializable":
        return SERIALIZABLE;
      default:
        return READ_COMMITTED;
    }
  }
}
