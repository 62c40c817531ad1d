package io.restgres.sql;

/** Fixed transaction-control statements. */
public final class TxControlSql {
  /** Run before a requested rollback so that deferred constraints are still checked. */
  public static final Sql CONSTRAINTS_IMMEDIATE = Sql.keyword("SET CONSTRAINTS ALL IMMEDIATE");

  private TxControlSql() {}
}
