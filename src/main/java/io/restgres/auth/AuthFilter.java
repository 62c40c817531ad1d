package io.restgres.auth;

import io.restgres.config.ConfigHolder;
import io.restgres.error.ApiException;
import io.restgres.response.ServerTiming;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;

/**
 * Authenticates every request before it is routed, so that the root, OPTIONS and unknown paths are
 * covered too, as in PostgREST where auth runs ahead of routing (CORS preflights are answered before
 * it). It leaves the {@link AuthContext} in the request attribute {@link AuthContext#ATTRIBUTE} and,
 * for a verified token, shows the rest of the application a request whose user principal is a {@link
 * VerifiedJsonWebToken} (JAX-RS builds its {@code SecurityContext} from it). A failure is left in
 * the attribute {@link #FAILURE} for the resource or the routing error to throw ({@link
 * #failure}), so that the application's exception mappers write every error.
 */
@Dependent
public class AuthFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  private static final String FAILURE = "io.restgres.auth.failure";

  @Inject transient ConfigHolder configs;
  @Inject transient JwtVerifiers verifiers;

  private transient JwtVerifier fixed;

  public AuthFilter() {}

  AuthFilter(JwtVerifier verifier) {
    this.fixed = verifier;
  }

  private JwtVerifier verifier() {
    return fixed != null ? fixed : verifiers.of(configs.get());
  }

  /** The request's authentication failure, if it had one. */
  public static Optional<ApiException> failure(HttpServletRequest req) {
    return req.getAttribute(FAILURE) instanceof ApiException e ? Optional.of(e) : Optional.empty();
  }

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    Optional<HttpServletRequest> authenticated;
    try {
      authenticated = authenticate(req);
    } catch (ApiException e) {
      req.setAttribute(FAILURE, e);
      chain.doFilter(req, res);
      return;
    }
    chain.doFilter(authenticated.orElse(req), res);
  }

  /** Sets the request's attributes; the request with its principal when a token was verified. */
  Optional<HttpServletRequest> authenticate(HttpServletRequest req) {
    // authentication is the first stage server-timing-enabled times, so its recorder starts here
    ServerTiming timing = configs != null && configs.get().observability().serverTimingEnabled()
        ? ServerTiming.start() : ServerTiming.OFF;
    long t = timing.now();
    Authentication auth = verifier().verify(req.getHeader("Authorization"));
    timing.lap(ServerTiming.Phase.JWT, t);
    req.setAttribute(AuthContext.ATTRIBUTE, auth.context());
    if (timing.isOn()) {
      req.setAttribute(ServerTiming.ATTRIBUTE, timing);
    }
    return auth.token().map(token -> new TokenRequest(req, new VerifiedJsonWebToken(token, auth.context().role())));
  }

  /** The request of a verified token: its principal is the token, whose role is the one role the user is in. */
  static final class TokenRequest extends HttpServletRequestWrapper {
    private final VerifiedJsonWebToken principal;

    TokenRequest(HttpServletRequest req, VerifiedJsonWebToken principal) {
      super(req);
      this.principal = principal;
    }

    @Override
    public Principal getUserPrincipal() {
      return principal;
    }

    @Override
    public boolean isUserInRole(String role) {
      return principal.getRole().equals(role);
    }

    @Override
    public String getAuthType() {
      return "Bearer";
    }
  }
}
