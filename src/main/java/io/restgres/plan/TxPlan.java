package io.restgres.plan;

import io.restgres.config.AppConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a request's transaction is set up and ended (PostgREST {@code MainTx}): the settings that do
 * not depend on who asks, the pre-request function, READ ONLY, and COMMIT or ROLLBACK.
 *
 * @param searchPath the request's schema, then {@code db-extra-search-path}
 * @param timezone {@code Prefer: timezone=}, when accepted
 * @param appSettings {@code app.settings.*} from configuration
 * @param preRequest {@code db-pre-request}, as configured
 * @param rollback end with ROLLBACK: {@code db-tx-end}, or {@code Prefer: tx=} when it may override
 * @param functionSettings the called function's settings that {@code db-hoisted-tx-settings} lists
 * @param isolation the called function's {@code default_transaction_isolation}, when it sets one
 */
public record TxPlan(
    List<String> searchPath,
    Optional<String> timezone,
    Map<String, String> appSettings,
    Optional<String> preRequest,
    boolean readOnly,
    boolean rollback,
    List<Map.Entry<String, String>> functionSettings,
    Optional<Isolation> isolation) {
  public TxPlan {
    searchPath = List.copyOf(searchPath);
    Objects.requireNonNull(timezone, "timezone");
    appSettings = Map.copyOf(appSettings);
    Objects.requireNonNull(preRequest, "preRequest");
    functionSettings = List.copyOf(functionSettings);
    Objects.requireNonNull(isolation, "isolation");
  }

  /** The same transaction, READ ONLY or not: a call's depends on its function's volatility. */
  public TxPlan withReadOnly(boolean ro) {
    return new TxPlan(searchPath, timezone, appSettings, preRequest, ro, rollback, functionSettings, isolation);
  }

  /** The same transaction, with what a called function's settings add to it. */
  public TxPlan withFunction(List<Map.Entry<String, String>> settings, Optional<Isolation> level) {
    return new TxPlan(searchPath, timezone, appSettings, preRequest, readOnly, rollback, settings, level);
  }

  /** The same transaction, always rolled back. */
  public TxPlan withRollback() {
    return new TxPlan(searchPath, timezone, appSettings, preRequest, readOnly, true, functionSettings, isolation);
  }

  static TxPlan of(String schema, Optional<String> timezone, Optional<String> tx, boolean readOnly,
      AppConfig config) {
    List<String> path = new ArrayList<>();
    path.add(schema);
    path.addAll(config.dbExtraSearchPath()); // repeated when listed in both, as PostgREST sets it
    boolean rollback = tx.map("rollback"::equals).orElse(config.dbTxEnd().rollback());
    return new TxPlan(path, timezone, config.appSettings(), config.dbPreRequest(), readOnly, rollback, List.of(),
        Optional.empty());
  }
}
