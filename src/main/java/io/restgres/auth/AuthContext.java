package io.restgres.auth;

import java.util.Objects;

/**
 * Who a request runs as: the database role, the claims to publish as {@code request.jwt.claims}
 * (a JSON object that includes {@code role}), and whether the request counts as authenticated: its
 * role differs from the anonymous role, as in PostgREST (42501 maps to 403 when authenticated, 401
 * when anonymous).
 */
public record AuthContext(String role, String claimsJson, boolean authenticated) {
  public AuthContext {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(claimsJson, "claimsJson");
  }

  /** The request attribute under which the auth filter leaves the context for the resources. */
  public static final String ATTRIBUTE = "io.restgres.auth";
}
