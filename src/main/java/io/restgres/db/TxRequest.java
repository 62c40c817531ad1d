package io.restgres.db;

import io.restgres.sql.MainQuery;
import io.restgres.sql.TxStatements;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One request's transaction: how it begins and ends, and its main statement.
 *
 * @param authenticated whether a token was verified (42501 → 403 rather than 401)
 * @param check inspects the result before the transaction ends, throwing to roll it back; empty when
 *     nothing can refuse a result, so that a write may commit with its statement
 */
public record TxRequest(TxStatements tx, MainQuery main, boolean authenticated,
    Optional<Consumer<DbResult>> check) {
  public TxRequest {
    Objects.requireNonNull(tx, "tx");
    Objects.requireNonNull(main, "main");
    Objects.requireNonNull(check, "check");
  }
}
