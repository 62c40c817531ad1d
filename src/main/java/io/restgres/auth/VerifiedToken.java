package io.restgres.auth;

import jakarta.json.JsonObject;
import java.util.Objects;

/**
 * A token whose signature checked out: its compact form and its claims. Its time and audience
 * claims are checked separately, on every use.
 */
record VerifiedToken(String raw, JsonObject claims) {
  VerifiedToken {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(claims, "claims");
  }
}
