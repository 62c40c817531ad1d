package io.restgres.sql;

import io.restgres.json.JsonText;
import io.restgres.plan.Isolation;
import io.restgres.plan.TxPlan;
import io.restgres.request.RequestInfo;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * How a request's transaction begins and ends: its isolation level when not the default, the
 * settings statement, the pre-request call, READ ONLY, and COMMIT or ROLLBACK.
 *
 * @param isolation {@code SET TRANSACTION ISOLATION LEVEL …}, the transaction's first statement;
 *     absent (no statement, no round trip) unless the function or the role sets a level
 */
public record TxStatements(Optional<Sql> isolation, Sql settings, Optional<Sql> preRequest, boolean readOnly,
    boolean rollback) {
  public TxStatements {
    Objects.requireNonNull(isolation, "isolation");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(preRequest, "preRequest");
  }

  /**
   * @param role the role the request runs as
   * @param claimsJson its JWT claims, published as {@code request.jwt.claims}
   * @param roleSettings the role's own {@code ALTER ROLE … SET} settings
   * @param roleIsolation the role's {@code default_transaction_isolation}, which the function's overrides
   *     (PostgREST {@code MainTx.hs:planIsoLvl})
   */
  public static TxStatements of(TxPlan tx, RequestInfo info, String role, String claimsJson,
      List<Map.Entry<String, String>> roleSettings, Optional<Isolation> roleIsolation) {
    Sql settings = TxSettingsSql.of(new TxSettingsSql.Values(tx.readOnly(), tx.searchPath(), roleSettings, role, claimsJson,
        info.method(), info.path(), object(info.headers()), object(info.cookies()), tx.timezone(),
        tx.functionSettings(), tx.appSettings()));
    Optional<Sql> isolation = tx.isolation().or(() -> roleIsolation).map(TxControlSql::isolation);
    return new TxStatements(isolation, settings, tx.preRequest().map(PreRequestSql::of), tx.readOnly(),
        tx.rollback());
  }

  private static String object(Map<String, String> m) {
    StringJoiner object = new StringJoiner(",", "{", "}");
    m.forEach((k, v) -> object.add(JsonText.quote(k) + ":" + JsonText.quote(v)));
    return object.toString();
  }
}
