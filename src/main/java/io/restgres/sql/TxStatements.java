package io.restgres.sql;

import io.restgres.json.JsonText;
import io.restgres.plan.TxPlan;
import io.restgres.request.RequestInfo;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How a request's transaction begins and ends: the settings statement, the pre-request call, READ
 * ONLY, and COMMIT or ROLLBACK.
 */
public record TxStatements(Sql settings, Optional<Sql> preRequest, boolean readOnly, boolean rollback) {
  public TxStatements {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(preRequest, "preRequest");
  }

  /**
   * @param role the role the request runs as
   * @param claimsJson its JWT claims, published as {@code request.jwt.claims}
   * @param roleSettings the role's own {@code ALTER ROLE … SET} settings
   */
  public static TxStatements of(TxPlan tx, RequestInfo info, String role, String claimsJson,
      List<Map.Entry<String, String>> roleSettings) {
    Sql settings = TxSettingsSql.of(new TxSettingsSql.Values(tx.searchPath(), roleSettings, role, claimsJson,
        info.method(), info.path(), object(info.headers()), object(info.cookies()), tx.timezone(),
        tx.appSettings()));
    return new TxStatements(settings, tx.preRequest().map(PreRequestSql::of), tx.readOnly(), tx.rollback());
  }

  private static String object(Map<String, String> m) {
    return m.entrySet().stream()
        .map(e -> JsonText.quote(e.getKey()) + ":" + JsonText.quote(e.getValue()))
        .collect(Collectors.joining(",", "{", "}"));
  }
}
