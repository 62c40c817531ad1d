package io.restgres.db;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.restgres.error.ApiException;
import io.restgres.sql.BodyRows;
import io.restgres.sql.MainQuery;
import io.restgres.sql.Sql;
import io.restgres.sql.TxStatements;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * The transaction TxRunner drives, against hand-written JDBC stubs that record every call: statement
 * order, typed binds, connection state set and restored, COMMIT or ROLLBACK, and error mapping.
 */
class TxRunnerTest {
  private static final Sql SETTINGS = Sql.ident("settings").then(Sql.value("api")).then(Sql.typed(7L, Types.BIGINT));
  private static final Sql PRE_REQUEST = Sql.ident("pre").then(Sql.value("x"));
  private static final Sql MAIN = Sql.ident("main").then(Sql.typed(true, Types.BOOLEAN));
  private static final Sql EXPLAIN = Sql.ident("explain").then(Sql.value("c"));
  private static final String IMMEDIATE = "SET CONSTRAINTS ALL IMMEDIATE";
  private static final Consumer<DbResult> NO_CHECK = r -> {};

  private final RecordingDb db = new RecordingDb();

  @Test
  void read_commitsAfterSettingsPreRequestMainAndExplain_bindingEachParamWithItsType() {
    db.rows.put(EXPLAIN.text(), Map.of(1, "[{\"Plan\": {\"Node Type\": \"Seq Scan\", \"Plan Rows\": 1234}}]"));
    TxStatements tx = new TxStatements(Optional.empty(), SETTINGS, Optional.of(PRE_REQUEST), true, false);
    DbResult r = run(new TxRequest(tx, new MainQuery(MAIN, MainQuery.Shape.READ, BodyRows.AGGREGATED, false, Optional.of(EXPLAIN)), true, Optional.empty()));

    assertEquals(List.of(
        "autoCommit false",
        "prepare \"settings\"??;\n\"pre\"?;\n\"main\"?",
        "bind 1 api pg_catalog.unknown", "bind 2 7 BIGINT", "bind 3 x pg_catalog.unknown", "bind 4 true BOOLEAN",
        "execute", "run \"settings\"??", "run \"pre\"?", "run \"main\"?",
        "getMoreResults", "getMoreResults", "getResultSet", "close result", "close statement",
        "prepare \"explain\"?", "bind 1 c pg_catalog.unknown", "executeQuery", "run \"explain\"?", "close result", "close statement",
        "commit", "autoCommit true", "close connection"), db.log);
    assertEquals(3L, r.total());
    assertEquals(2L, r.pageTotal());
    assertArrayEquals("[1,2]".getBytes(StandardCharsets.UTF_8), r.body().bytes());
    assertEquals("[{\"X-A\":\"b\"}]", r.headersJson());
    assertEquals("201", r.status());
    assertEquals(List.of(), r.location());
    assertEquals(1234L, r.plannedTotal());
    assertNull(r.inserted());
  }

  @Test
  void isolation_isTheFirstStatement() {
    Sql level = Sql.ident("isolation");
    TxStatements tx = new TxStatements(Optional.of(level), SETTINGS, Optional.empty(), true, false);
    run(new TxRequest(tx, new MainQuery(MAIN, MainQuery.Shape.READ, BodyRows.AGGREGATED, false, Optional.empty()),
        true, Optional.empty()));
    assertEquals(List.of("autoCommit false", "prepare \"isolation\";\n\"settings\"??;\n\"main\"?"),
        db.log.subList(0, 2));
  }

  @Test
  void readOnlyOneValueRead_isOneScriptInPostgresqlsImplicitTransaction_withoutBeginOrCommit() {
    List<String> seenAt = new ArrayList<>();
    DbResult r = run(request(true, true, MainQuery.Shape.READ, x -> seenAt.add(String.join(",", db.statementsAndEnd()))));

    assertEquals(List.of("\"settings\"??,\"main\"?"), seenAt);
    assertEquals(List.of("\"settings\"??", "\"main\"?"), db.statementsAndEnd());
    assertEquals(List.of(), db.log.stream().filter(e -> e.startsWith("autoCommit")).toList());
    assertEquals("close connection", db.log.get(db.log.size() - 1));
    assertArrayEquals("[1,2]".getBytes(StandardCharsets.UTF_8), r.body().bytes());
  }

  @Test
  void readOnlyReadByCursor_keepsItsTransactionOpenUntilCommit() {
    TxStatements tx = new TxStatements(Optional.empty(), SETTINGS, Optional.empty(), true, false);
    run(new TxRequest(tx, new MainQuery(MAIN, MainQuery.Shape.READ, BodyRows.JSON_ARRAY, false, Optional.empty()),
        true, Optional.empty()));

    assertEquals(List.of("autoCommit false", "prepare \"settings\"??;\n\"main\"?"), db.log.subList(0, 2));
    assertEquals("fetchSize 500", db.log.get(5));
    assertEquals(List.of("\"settings\"??", "\"main\"?", "commit"), db.statementsAndEnd());
  }

  @Test
  void writeThatNothingRefuses_isCommittedByPostgresqlAtTheScriptsSync() {
    TxStatements tx = new TxStatements(Optional.empty(), SETTINGS, Optional.empty(), false, false);
    run(new TxRequest(tx, new MainQuery(MAIN, MainQuery.Shape.WRITE, BodyRows.AGGREGATED, false, Optional.empty()),
        true, Optional.empty()));

    assertEquals(List.of("\"settings\"??", "\"main\"?"), db.statementsAndEnd());
    assertEquals(List.of(), db.log.stream().filter(e -> e.startsWith("autoCommit")).toList());
  }

  @Test
  void writeToBeRolledBack_keepsItsExplicitTransaction() {
    TxStatements tx = new TxStatements(Optional.empty(), SETTINGS, Optional.empty(), false, true);
    run(new TxRequest(tx, new MainQuery(MAIN, MainQuery.Shape.WRITE, BodyRows.AGGREGATED, false, Optional.empty()),
        true, Optional.empty()));

    assertEquals(List.of("\"settings\"??", "\"main\"?", IMMEDIATE, "rollback"), db.statementsAndEnd());
  }

  @Test
  void write_withoutPreRequest_readsLocationAndInserted() {
    Map<Object, Object> row = new HashMap<>(RecordingDb.mainRow());
    row.put("total_result_set", null);
    row.put("location", RecordingDb.array("id", "1"));
    row.put("inserted", 1L);
    db.rows.put(MAIN.text(), row);
    DbResult r = run(request(false, false, MainQuery.Shape.WRITE, NO_CHECK));

    assertEquals(List.of("\"settings\"??", "\"main\"?", "commit"), db.statementsAndEnd());
    assertEquals("autoCommit false", db.log.get(0));
    assertNull(r.total());
    assertEquals(List.of("id", "1"), r.location());
    assertEquals(1L, r.inserted());
    assertNull(r.plannedTotal());
  }

  @Test
  void requestedRollback_setsConstraintsImmediateThenRollsBack() {
    run(request(false, true, MainQuery.Shape.WRITE, NO_CHECK));

    assertEquals(List.of("\"settings\"??", "\"main\"?", IMMEDIATE, "rollback"), db.statementsAndEnd());
    assertEquals(List.of("rollback", "autoCommit true", "close connection"), db.log.subList(db.log.size() - 3,
        db.log.size()));
  }

  @Test
  void failingMain_rollsBack_andMapsTheServerError() {
    db.failures.put(MAIN.text(), new PSQLException(new ServerErrorMessage(
        "SERROR\0C23505\0Mduplicate key value violates unique constraint \"items_pkey\"\0DKey (id)=(1) already exists.\0")));
    ApiException e = assertThrows(ApiException.class, () -> run(request(false, false, MainQuery.Shape.WRITE, NO_CHECK)));

    assertEquals(409, e.status());
    assertEquals("23505", e.code());
    assertEquals("duplicate key value violates unique constraint \"items_pkey\"", e.getMessage());
    assertEquals("Key (id)=(1) already exists.", e.details());
    assertEquals(List.of("\"settings\"??", "\"main\"?", "rollback"), db.statementsAndEnd());
    assertEquals(List.of("close statement", "rollback", "autoCommit true", "close connection"),
        db.log.subList(db.log.size() - 4, db.log.size()));
  }

  @Test
  void failingSettings_stopsBeforeMain_andPermissionDeniedIs401WhenAnonymous() {
    db.failures.put(SETTINGS.text(), new PSQLException(new ServerErrorMessage("SERROR\0C42501\0Mpermission denied\0")));
    ApiException e = assertThrows(ApiException.class, () -> run(request(true, false, MainQuery.Shape.READ, NO_CHECK),
        false));

    assertEquals(401, e.status());
    // a read-only one-value read runs in PostgreSQL's implicit transaction, which the error ended
    assertEquals(List.of("\"settings\"??"), db.statementsAndEnd());
    assertEquals("close connection", db.log.get(db.log.size() - 1));
  }

  @Test
  void check_runsBeforeCommit() {
    List<String> seenAt = new ArrayList<>();
    run(request(false, false, MainQuery.Shape.READ, r -> seenAt.add(String.join(",", db.statementsAndEnd()))));

    assertEquals(List.of("\"settings\"??,\"main\"?"), seenAt);
    assertEquals(List.of("\"settings\"??", "\"main\"?", "commit"), db.statementsAndEnd());
  }

  @Test
  void failingCheck_rollsBack_andPropagates() {
    ApiException refused = new ApiException(400, "PGRST124", "too many rows", null, null);
    ApiException e = assertThrows(ApiException.class, () -> run(request(false, false, MainQuery.Shape.WRITE, r -> {
      throw refused;
    })));

    assertSame(refused, e);
    assertEquals(List.of("\"settings\"??", "\"main\"?", "rollback"), db.statementsAndEnd());
    assertEquals(List.of("rollback", "autoCommit true", "close connection"),
        db.log.subList(db.log.size() - 3, db.log.size()));
  }

  @Test
  void connectionFailure_is503_withoutTheEndpoint() {
    db.connectFailure = new SQLException(
        "Connection to db.example.com:5432 refused. Check that the hostname and port are correct", "08001");
    ApiException e = assertThrows(ApiException.class, () -> run(request(true, false, MainQuery.Shape.READ, NO_CHECK)));

    assertEquals(503, e.status());
    assertEquals("PGRST000", e.code());
    assertEquals("Database connection error.", e.getMessage());
    assertNull(e.details());
    assertEquals(List.of(), db.log);
  }

  @Test
  void exhaustedPool_is504Pgrst003() {
    // what Payara's pool throws once max-wait-time passed with every connection in use
    db.connectFailure = new SQLException("Error in allocating a connection. Cause: In-use connections equal"
        + " max-pool-size and expired max-wait-time. Cannot allocate more connections.");
    ApiException e = assertThrows(ApiException.class, () -> run(request(false, false, MainQuery.Shape.READ, NO_CHECK)));

    assertEquals(504, e.status());
    assertEquals("PGRST003", e.code());
    assertEquals("Timed out acquiring connection from connection pool.", e.getMessage());
    assertNull(e.details());
    assertNull(e.hint());
  }

  @Test
  void exhaustedPool_isFoundInTheCause() {
    db.connectFailure = new SQLException("Error in allocating a connection.",
        new IllegalStateException("In-use connections equal max-pool-size and expired max-wait-time."));
    ApiException e = assertThrows(ApiException.class, () -> run(request(false, false, MainQuery.Shape.READ, NO_CHECK)));

    assertEquals("PGRST003", e.code());
  }

  @Test
  void brokenConnectionMidTransaction_is503_andStillClosed() {
    db.failures.put(MAIN.text(), new SQLException("An I/O error occurred while sending to the backend.", "08006"));
    ApiException e = assertThrows(ApiException.class, () -> run(request(true, false, MainQuery.Shape.READ, NO_CHECK)));

    assertEquals(503, e.status());
    assertEquals("PGRST000", e.code());
    assertEquals("close connection", db.log.get(db.log.size() - 1));
  }

  private DbResult run(TxRequest tx) {
    TxRunner runner = new TxRunner();
    runner.appDataSource = new AppDataSource();
    runner.appDataSource.resolved = db.dataSource();
    runner.pool = new PoolStats();
    runner.configs = new io.restgres.config.ConfigHolder(io.restgres.config.ConfigSource.ofEnv(Map.of()), Map.of());
    return runner.run(tx);
  }

  private DbResult run(TxRequest tx, boolean authenticated) {
    return run(new TxRequest(tx.tx(), tx.main(), authenticated, tx.check()));
  }

  // a check that may refuse the result: a write then commits only after it
  private static TxRequest request(boolean readOnly, boolean rollback, MainQuery.Shape shape, Consumer<DbResult> check) {
    return new TxRequest(new TxStatements(Optional.empty(), SETTINGS, Optional.empty(), readOnly, rollback),
        new MainQuery(MAIN, shape, BodyRows.AGGREGATED, false, Optional.empty()), true, Optional.of(check));
  }
}
