package io.restgres.db;

import io.restgres.sql.Sql;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One request's transaction: the settings statement, the optional pre-request call, the main
 * statement, and how it ends.
 *
 * @param readOnly run as {@code BEGIN READ ONLY}
 * @param rollback end with ROLLBACK instead of COMMIT
 * @param authenticated whether a token was verified (42501 → 403 rather than 401)
 * @param check inspects the result before the transaction ends; throwing rolls it back
 * @param explainCount a count query whose planner estimate ({@code Prefer: count=planned}) is wanted
 */
public record TxRequest(
    Sql settings,
    Optional<Sql> preRequest,
    Sql main,
    boolean readOnly,
    boolean rollback,
    boolean authenticated,
    Consumer<DbResult> check,
    Optional<Sql> explainCount) {
  public TxRequest {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(main, "main");
    Objects.requireNonNull(check, "check");
  }
}
