package io.restgres.db;

import io.restgres.sql.MainQuery;
import io.restgres.sql.TxStatements;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One request's transaction: how it begins and ends, and its main statement.
 *
 * @param authenticated whether a token was verified (42501 → 403 rather than 401)
 * @param check inspects the result before the transaction ends; throwing rolls it back
 * @param refusable whether {@code check} can throw for this request, so that a write must not be
 *     committed before it has run
 */
public record TxRequest(TxStatements tx, MainQuery main, boolean authenticated, Consumer<DbResult> check,
    boolean refusable) {
  public TxRequest {
    Objects.requireNonNull(tx, "tx");
    Objects.requireNonNull(main, "main");
    Objects.requireNonNull(check, "check");
  }
}
