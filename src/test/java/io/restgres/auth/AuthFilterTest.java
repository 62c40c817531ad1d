package io.restgres.auth;

import static io.restgres.auth.JwtFixtures.hs256;
import static io.restgres.auth.JwtFixtures.verifier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restgres.error.ApiException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuthFilterTest {
  /** A request stub: only the calls the filter makes. */
  static final class Request {
    final Map<String, List<String>> headers = new HashMap<>();
    final Map<String, Object> attributes = new HashMap<>();
    final boolean secure;
    ServletRequest passedOn;

    Request(boolean secure, String... headerPairs) {
      this.secure = secure;
      for (int i = 0; i < headerPairs.length; i += 2) {
        headers.computeIfAbsent(headerPairs[i], k -> new ArrayList<>()).add(headerPairs[i + 1]);
      }
    }

    Request(String... headerPairs) {
      this(false, headerPairs);
    }

    HttpServletRequest servlet() {
      return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
          new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
            case "getHeader" -> headers.containsKey((String) args[0]) ? headers.get((String) args[0]).get(0) : null;
            case "getAttribute" -> attributes.get((String) args[0]);
            case "setAttribute" -> attributes.put((String) args[0], args[1]);
            case "isSecure" -> secure;
            case "getUserPrincipal" -> null;
            default -> throw new UnsupportedOperationException(m.getName());
          });
    }

    AuthContext auth() {
      return (AuthContext) attributes.get(AuthContext.ATTRIBUTE);
    }

    HttpServletRequest passedOn() {
      return (HttpServletRequest) passedOn;
    }
  }

  static HttpServletRequest run(JwtVerifier verifier, Request request) throws Exception {
    HttpServletRequest servlet = request.servlet();
    new AuthFilter(verifier).doFilter(servlet, null, (req, res) -> request.passedOn = req);
    return servlet;
  }

  @Test
  void anonymous_setsContextOnly() throws Exception {
    Request r = new Request();
    HttpServletRequest servlet = run(verifier(), r);
    assertEquals("web_anon", r.auth().role());
    assertSame(servlet, r.passedOn);
    assertNull(r.passedOn().getUserPrincipal());
  }

  @Test
  void verifiedToken_setsContextAndPrincipal() throws Exception {
    Request r = new Request("Authorization", "Bearer " + hs256("{\"role\":\"author\",\"sub\":\"al\"}"));
    run(verifier(), r);
    assertEquals("author", r.auth().role());
    assertTrue(r.auth().authenticated());
    VerifiedJsonWebToken jwt = (VerifiedJsonWebToken) r.passedOn().getUserPrincipal();
    assertEquals("al", jwt.getName());
    assertTrue(r.passedOn().isUserInRole("author"));
    assertFalse(r.passedOn().isUserInRole("web_anon"));
    assertEquals("Bearer", r.passedOn().getAuthType());
    assertFalse(r.passedOn().isSecure());
  }

  @Test
  void firstAuthorizationHeaderWins() throws Exception {
    Request r = new Request("Authorization", "Bearer " + hs256("{\"role\":\"a\"}"), "Authorization", "junk");
    run(verifier(), r);
    assertEquals("a", r.auth().role());
  }

  // the failure is thrown by the resource, or by the routing error, so that the exception mappers write it
  @Test
  void badToken_leavesTheFailureForTheApplication() throws Exception {
    Request r = new Request("Authorization", "Bearer nope");
    HttpServletRequest servlet = run(verifier(), r);
    assertSame(servlet, r.passedOn);
    assertNull(r.auth());
    ApiException e = AuthFilter.failure(servlet).orElseThrow();
    assertEquals("PGRST301", e.code());
  }

  @Test
  void withoutAnonymousRole_everyRequestWithoutTokenFails() throws Exception {
    Request r = new Request();
    HttpServletRequest servlet = run(verifier("db-anon-role", null), r);
    assertEquals("PGRST302", AuthFilter.failure(servlet).orElseThrow().code());
  }

  @Test
  void principalRequest_keepsTransportSecurity() throws Exception {
    Request r = new Request(true, "Authorization", "Bearer " + hs256("{\"role\":\"author\"}"));
    run(verifier(), r);
    assertTrue(r.passedOn().isSecure());
    assertTrue(AuthFilter.failure(r.passedOn()).isEmpty());
  }
}
