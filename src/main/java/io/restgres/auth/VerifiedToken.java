package io.restgres.auth;

import java.util.Map;
import java.util.Objects;

/**
 * A token whose signature checked out: its compact form and its claims, as {@link io.restgres.json.JsonParser}
 * values. Its time and audience claims are checked separately, on every use.
 */
record VerifiedToken(String raw, Map<String, Object> claims) {
  VerifiedToken {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(claims, "claims");
  }
}
