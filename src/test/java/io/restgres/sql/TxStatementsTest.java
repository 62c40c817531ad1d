package io.restgres.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restgres.plan.Isolation;
import io.restgres.plan.TxPlan;
import io.restgres.request.RequestInfo;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A transaction's statements from its plan, the request's headers and cookies, and the role. */
class TxStatementsTest {
  @Test
  void headersAndCookies_publishedAsJsonObjects_inNameOrder() {
    TxPlan plan = new TxPlan(List.of("api"), Optional.empty(), Map.of(), Optional.of("check_request"), true, false,
        List.of(), Optional.empty());
    RequestInfo info = new RequestInfo("GET", "/items", new TreeMap<>(Map.of("x-b", "2", "accept", "a\"b")),
        new TreeMap<>(Map.of("sid", "42")));
    TxStatements tx = TxStatements.of(plan, info, "web_user", "{}", List.of(), Optional.empty());
    List<SqlParam> params = tx.settings().params();
    assertTrue(params.contains(new SqlParam("{\"accept\":\"a\\\"b\",\"x-b\":\"2\"}", Types.VARCHAR)), params::toString);
    assertTrue(params.contains(new SqlParam("{\"sid\":\"42\"}", Types.VARCHAR)), params::toString);
    assertEquals(Optional.of(PreRequestSql.of("check_request")), tx.preRequest());
    assertTrue(tx.readOnly());
    assertEquals(false, tx.rollback());
    assertEquals(Optional.empty(), tx.isolation(), "no level set: no statement");
  }

  @Test
  void isolation_theFunctionsOverridesTheRoles() {
    TxPlan plan = new TxPlan(List.of("api"), Optional.empty(), Map.of(), Optional.empty(), true, false,
        List.of(Map.entry("statement_timeout", "7s")), Optional.empty());
    RequestInfo info = new RequestInfo("GET", "/rpc/f", new TreeMap<>(), new TreeMap<>());
    TxStatements byRole = TxStatements.of(plan, info, "r", "{}", List.of(), Optional.of(Isolation.REPEATABLE_READ));
    assertEquals("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ", byRole.isolation().get().text());
    assertTrue(byRole.settings().params().contains(new SqlParam("7s", Types.VARCHAR)));
    TxStatements byFunction = TxStatements.of(plan.withFunction(List.of(), Optional.of(Isolation.READ_COMMITTED)),
        info, "r", "{}", List.of(), Optional.of(Isolation.SERIALIZABLE));
    assertEquals("SET TRANSACTION ISOLATION LEVEL READ COMMITTED", byFunction.isolation().get().text());
  }
}
