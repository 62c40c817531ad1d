package io.restgres.sql;

import io.restgres.plan.Isolation;

/** Fixed transaction-control statements. */
public final class TxControlSql {
  /** Run before a requested rollback so that deferred constraints are still checked. */
  public static final Sql CONSTRAINTS_IMMEDIATE = Sql.keyword("SET CONSTRAINTS ALL IMMEDIATE");

  private TxControlSql() {}

  /** The first statement of a transaction whose isolation level is set; the level's keywords are constants. */
  public static Sql isolation(Isolation level) {
    return Sql.keyword("SET TRANSACTION ISOLATION LEVEL " + level.sql());
  }
}
