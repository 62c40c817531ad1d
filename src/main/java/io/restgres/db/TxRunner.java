package io.restgres.db;

import io.restgres.config.ApplicationSingleton;
import io.restgres.config.ConfigHolder;
import io.restgres.sql.MainQuery;
import io.restgres.sql.Sql;
import io.restgres.sql.SqlParam;
import io.restgres.sql.TxStatements;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.util.PGobject;

/**
 * Runs a request's transaction on one pooled connection: settings, pre-request and main statement
 * in one round trip, then COMMIT or ROLLBACK unless PostgreSQL's implicit transaction ends it. The
 * only class that executes request SQL.
 */
@ApplicationSingleton
public class TxRunner {
  private static final java.util.regex.Pattern PLAN_ROWS =
      java.util.regex.Pattern.compile("\"Plan Rows\":\\s*([0-9.eE+]+)");
  private static final Sql IMMEDIATE = io.restgres.sql.TxControlSql.CONSTRAINTS_IMMEDIATE;

  @Inject AppDataSource appDataSource;

  @Inject PoolStats pool;
  @Inject ConfigHolder configs;

  public DbResult run(TxRequest tx) {
    boolean unprepared = !configs.get().dbPreparedStatements();
    Connection c = connect(); // outside the try: a connection never acquired is never released
    try (c) {
      return BrokenConnections.evictOnFailure(appDataSource.get(), c,
          () -> unprepared ? unprepared(c, tx) : inTransaction(c, tx));
    } catch (SQLException e) {
      throw PgErrors.fromSql(e, tx.authenticated());
    } finally {
      pool.released();
    }
  }

  private Connection connect() {
    try {
      return pool.acquire(appDataSource.get());
    } catch (SQLException e) {
      throw PgErrors.connectionFailed(e);
    }
  }

  // db-prepared-statements=false: pgjdbc sends every statement of this transaction as the unnamed
  // statement (prepareThreshold 0), never a named server-side one, as PgBouncer's transaction mode
  // needs; the connection's own threshold comes back for the next request.
  private static DbResult unprepared(Connection c, TxRequest tx) throws SQLException {
    PGConnection pg = c.unwrap(PGConnection.class);
    int threshold = pg.getPrepareThreshold();
    pg.setPrepareThreshold(0);
    try {
      return inTransaction(c, tx);
    } finally {
      pg.setPrepareThreshold(threshold);
    }
  }

  private static DbResult inTransaction(Connection c, TxRequest tx) throws SQLException {
    return oneTrip(tx) ? implicit(c, tx) : explicit(c, tx);
  }

  // A transaction whose body comes as one value needs no COMMIT of its own: with autocommit on,
  // pgjdbc sends the script without BEGIN, and PostgreSQL runs every statement up to the script's
  // one Sync as one implicit transaction that ends there, committed unless a statement failed (the
  // settings stay local to it; transaction_read_only, the first setting of a read, keeps it from
  // writing). A write takes it only when nothing may refuse its result afterwards and it is not to
  // be rolled back. An isolation level cannot be set once a statement has run, rows read by cursor
  // need the transaction open, and a planned count is a second statement: those take the explicit
  // transaction.
  private static boolean oneTrip(TxRequest tx) {
    TxStatements t = tx.tx();
    return t.isolation().isEmpty() && !tx.main().rows().perRow() && tx.main().explainCount().isEmpty()
        && (t.readOnly() || !t.rollback() && tx.check().isEmpty());
  }

  private static DbResult implicit(Connection c, TxRequest tx) throws SQLException {
    if (!c.getAutoCommit()) {
      c.setAutoCommit(true);
    }
    DbResult result = query(c, script(tx.tx(), tx.main().sql()), tx.main());
    try {
      tx.check().ifPresent(check -> check.accept(result));
      return result;
    } catch (RuntimeException e) {
      result.body().close();
      throw e;
    }
  }

  private static DbResult explicit(Connection c, TxRequest tx) throws SQLException {
    c.setAutoCommit(false);
    boolean done = false;
    try {
      MainQuery main = tx.main();
      DbResult result = query(c, script(tx.tx(), main.sql()), main);
      try {
        if (main.explainCount().isPresent()) {
          result = result.withPlannedTotal(planRows(c, main.explainCount().get()));
        }
        DbResult checked = result;
        tx.check().ifPresent(check -> check.accept(checked));
        if (tx.tx().rollback()) {
          // deferred constraints must still report their errors when the transaction is rolled back
          execute(c, IMMEDIATE);
          c.rollback();
        } else {
          c.commit();
        }
        done = true;
        return result;
      } finally {
        if (!done) {
          result.body().close(); // a body spilled to a file is not sent
        }
      }
    } finally {
      if (!done) {
        rollbackQuietly(c);
      }
      c.setAutoCommit(true);
    }
  }

  private static void rollbackQuietly(Connection c) {
    try {
      c.rollback();
    } catch (SQLException ignored) {
      // the connection is broken; the pool discards it
    }
  }

  private static void execute(Connection c, Sql sql) throws SQLException {
    try (PreparedStatement ps = prepare(c, sql)) {
      ps.execute();
    }
  }

  // The request's statements in order: SET TRANSACTION must come first (pgjdbc has only queued
  // BEGIN), then the settings, the pre-request function and the main statement, last.
  private static List<Sql> script(TxStatements tx, Sql main) {
    List<Sql> out = new ArrayList<>(4);
    tx.isolation().ifPresent(out::add);
    out.add(tx.settings());
    tx.preRequest().ifPresent(out::add);
    out.add(main);
    return out;
  }

  // The statements travel as one script, so the whole request costs one round trip before COMMIT:
  // pgjdbc sends each statement's parse, bind and execute, then one Sync, and PostgreSQL skips the
  // rest after an error, as separate executions stopped. The main statement's rows still come by
  // cursor (fetch size), 500 at a time.
  private static DbResult query(Connection c, List<Sql> script, MainQuery main) throws SQLException {
    try (PreparedStatement ps = prepare(c, Sql.script(script))) {
      if (main.rows().perRow()) {
        ps.setFetchSize(ResultReader.FETCH_ROWS);
      }
      ps.execute();
      for (int i = 1; i < script.size(); i++) {
        ps.getMoreResults(); // past the lead-in's results to the main statement's
      }
      try (ResultSet rs = ps.getResultSet()) {
        if (main.shape() == MainQuery.Shape.PLAN) {
          return ResultReader.plan(rs);
        }
        return main.rows().perRow() ? ResultReader.perRow(rs, main) : ResultReader.aggregated(rs, main);
      }
    }
  }

  // EXPLAIN (FORMAT JSON) returns one JSON document; the top plan node's "Plan Rows" is the estimate.
  private static Long planRows(Connection c, Sql countQuery) throws SQLException {
    try (PreparedStatement ps = prepare(c, countQuery);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      java.util.regex.Matcher m = PLAN_ROWS.matcher(rs.getString(1));
      return m.find() ? (long) Double.parseDouble(m.group(1)) : null;
    }
  }

  private static PreparedStatement prepare(Connection c, Sql sql) throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql.text());
    List<SqlParam> params = sql.params();
    for (int i = 0; i < params.size(); i++) {
      SqlParam p = params.get(i);
      if (p.jdbcType() == Types.OTHER && p.value() instanceof String text) {
        ps.setObject(i + 1, unknown(text));
      } else {
        ps.setObject(i + 1, p.value(), p.jdbcType());
      }
    }
    return ps;
  }

  // An untyped value is declared as type unknown rather than left without a type: PostgreSQL infers
  // its type from the context either way, but pgjdbc describes a server-prepared statement that has
  // parameters of no type, and from then on sends a Sync before each execution of a described
  // statement whose rows have no size limit (its guard against a full socket buffer). That split the
  // script into one round trip per statement, and would end the implicit transaction in between.
  private static PGobject unknown(String text) throws SQLException {
    PGobject o = new PGobject();
    o.setType("pg_catalog.unknown"); // qualified: a type of that name in the search path cannot stand in
    o.setValue(text);
    return o;
  }
}
