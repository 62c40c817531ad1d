package io.restgres.auth;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of authenticating one request: the context the database work runs under, and the
 * verified token when one was presented.
 */
record Authentication(AuthContext context, Optional<VerifiedToken> token) {
  Authentication {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(token, "token");
  }
}
