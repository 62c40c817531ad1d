package io.restgres.auth;

import static io.restgres.auth.JwtFixtures.hs256;
import static io.restgres.auth.JwtFixtures.verifier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restgres.error.ApiException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.SecurityContext;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuthFilterTest {
  /** A request stub: only the calls the filter makes. */
  static final class Request {
    final MultivaluedHashMap<String, String> headers = new MultivaluedHashMap<>();
    final Map<String, Object> properties = new HashMap<>();
    final String method;
    SecurityContext security;

    Request(String method, String... headerPairs) {
      this.method = method;
      for (int i = 0; i < headerPairs.length; i += 2) {
        headers.add(headerPairs[i], headerPairs[i + 1]);
      }
    }

    ContainerRequestContext context() {
      return (ContainerRequestContext)
          Proxy.newProxyInstance(
              getClass().getClassLoader(),
              new Class<?>[] {ContainerRequestContext.class},
              (proxy, m, args) -> {
                switch (m.getName()) {
                  case "getHeaders":
                    return headers;
                  case "getHeaderString":
                    return headers.containsKey((String) args[0])
                        ? String.join(",", headers.get((String) args[0]))
                        : null;
                  case "getMethod":
                    return method;
                  case "setProperty":
                    return properties.put((String) args[0], args[1]);
                  case "getSecurityContext":
                    return security;
                  case "setSecurityContext":
                    security = (SecurityContext) args[0];
                    return null;
                  default:
                    throw new UnsupportedOperationException(m.getName());
                }
              });
    }

    AuthContext auth() {
      return (AuthContext) properties.get(AuthContext.ATTRIBUTE);
    }
  }

  static void run(JwtVerifier verifier, Request request) {
    new AuthFilter(verifier).filter(request.context());
  }

  @Test
  void anonymous_setsContextOnly() {
    Request r = new Request("GET");
    run(verifier(), r);
    assertEquals("web_anon", r.auth().role());
    assertNull(r.security);
  }

  @Test
  void verifiedToken_setsContextAndPrincipal() {
    Request r =
        new Request(
            "GET", "Authorization", "Bearer " + hs256("{\"role\":\"author\",\"sub\":\"al\"}"));
    run(verifier(), r);
    assertEquals("author", r.auth().role());
    assertTrue(r.auth().authenticated());
    VerifiedJsonWebToken jwt = (VerifiedJsonWebToken) r.security.getUserPrincipal();
    assertEquals("al", jwt.getName());
    assertTrue(r.security.isUserInRole("author"));
    assertFalse(r.security.isUserInRole("web_anon"));
    assertEquals("Bearer", r.security.getAuthenticationScheme());
    assertFalse(r.security.isSecure());
  }

  @Test
  void firstAuthorizationHeaderWins() {
    Request r =
        new Request(
            "GET", "Authorization", "Bearer " + hs256("{\"role\":\"a\"}"), "Authorization", "junk");
    run(verifier(), r);
    assertEquals("a", r.auth().role());
  }

  @Test
  void badToken_propagatesApiException() {
    Request r = new Request("GET", "Authorization", "Bearer nope");
    ApiException e = assertThrows(ApiException.class, () -> run(verifier(), r));
    assertEquals("PGRST301", e.code());
    assertNull(r.auth());
  }

  @Test
  void options_isAuthenticatedLikeAnyRequest() {
    Request r =
        new Request("OPTIONS", "Origin", "https://x", "Access-Control-Request-Method", "GET");
    ApiException e = assertThrows(ApiException.class, () -> run(verifier("db-anon-role", null), r));
    assertEquals("PGRST302", e.code());
  }

  @Test
  void securityContext_keepsTransportSecurity() {
    SecurityContext https =
        new SecurityContext() {
          @Override
          public java.security.Principal getUserPrincipal() {
            return null;
          }

          @Override
          public boolean isUserInRole(String role) {
            return false;
          }

          @Override
          public boolean isSecure() {
            return true;
          }

          @Override
          public String getAuthenticationScheme() {
            return null;
          }
        };
    Request r = new Request("GET", "Authorization", "Bearer " + hs256("{\"role\":\"author\"}"));
    r.security = https;
    run(verifier(), r);
    assertTrue(r.security.isSecure());
    assertSame(https, ((AuthFilter.JwtSecurityContext) r.security).original());
  }
}
