package io.restgres.auth;

import io.restgres.config.ConfigHolder;
import io.restgres.response.ServerTiming;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;

/**
 * Authenticates every request before resource matching, so that the root, OPTIONS and unknown paths
 * are covered too, as in PostgREST where auth runs ahead of routing. It leaves the {@link
 * AuthContext} in the request property {@link AuthContext#ATTRIBUTE} and, for a verified token, a
 * {@link SecurityContext} whose principal is a {@link VerifiedJsonWebToken}. Failures propagate as
 * {@link io.restgres.error.ApiException}s for the application's exception mapper. CORS preflights
 * are not special here: PostgREST's CORS middleware wraps the application and answers them first,
 * so a CORS filter should do the same with a priority ahead of {@link Priorities#AUTHENTICATION}.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class AuthFilter implements ContainerRequestFilter {
  @Inject ConfigHolder configs;
  @Inject JwtVerifiers verifiers;

  private JwtVerifier fixed;

  public AuthFilter() {}

  AuthFilter(JwtVerifier verifier) {
    this.fixed = verifier;
  }

  private JwtVerifier verifier() {
    return fixed != null ? fixed : verifiers.of(configs.get());
  }

  @Override
  public void filter(ContainerRequestContext request) {
    // authentication is the first stage server-timing-enabled times, so its recorder starts here
    ServerTiming timing = configs != null && configs.get().observability().serverTimingEnabled()
        ? ServerTiming.start() : ServerTiming.OFF;
    long t = timing.now();
    Authentication auth = verifier().verify(request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION));
    timing.lap(ServerTiming.Phase.JWT, t);
    request.setProperty(AuthContext.ATTRIBUTE, auth.context());
    if (timing.isOn()) {
      request.setProperty(ServerTiming.ATTRIBUTE, timing);
    }
    if (auth.token().isPresent()) {
      VerifiedJsonWebToken jwt =
          new VerifiedJsonWebToken(auth.token().get(), auth.context().role());
      request.setSecurityContext(new JwtSecurityContext(jwt, request.getSecurityContext()));
    }
  }

  /** The security view of a verified token: its role is the one role the user is in. */
  record JwtSecurityContext(VerifiedJsonWebToken principal, SecurityContext original)
      implements SecurityContext {
    @Override
    public Principal getUserPrincipal() {
      return principal;
    }

    @Override
    public boolean isUserInRole(String role) {
      return principal.getRole().equals(role);
    }

    @Override
    public boolean isSecure() {
      return original != null && original.isSecure();
    }

    @Override
    public String getAuthenticationScheme() {
      return "Bearer";
    }
  }
}
