package io.restgres.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Issue 6 over HTTP: roles from tokens (HS256 from jwt-secret, RS256 from a JWKS URL), the
 * request's transaction-local settings, row-level security on the token's subject, the
 * pre-request function, SQL-driven responses, and roles that never leak across pooled connections.
 * Fixture: {@code src/test/resources/fixtures/60-auth.sql}.
 */
class AuthIT extends DefaultDeployment {
  @Override
  List<String> writes() {
    return List.of("api.auth_notes", "api.deploy_todos");
  }

  private static String user(String sub) {
    return Tokens.bearer(Tokens.signed(new JWTClaimsSet.Builder()
        .claim("role", "auth_user").subject(sub).build()));
  }

  @Test
  void settings_anonymous() {
    Map<?, ?> c = row(http.get("/auth_context", "X-Auth-It-Probe", "probe!", "Cookie", "session=s1; other=2"));
    assertEquals("api_anon", text(c, "user"));
    assertEquals("api_anon", text(c, "claims_role"), "request.jwt.claims carries the role");
    assertNull(text(c, "sub"));
    assertEquals("GET", text(c, "method"));
    assertEquals("/auth_context", text(c, "path"));
    assertEquals("probe!", text(c, "probe_header"));
    assertEquals("s1", text(c, "session_cookie"));
    assertEquals("0", text(c, "statement_timeout"));
    assertEquals("\"api\", \"public\"", text(c, "search_path"));
  }

  @Test
  void settings_jwtRole_withItsAlterRoleSettings() {
    Map<?, ?> c = row(http.get("/auth_context", "Authorization", user("alice")));
    assertEquals("auth_user", text(c, "user"));
    assertEquals("auth_user", text(c, "claims_role"));
    assertEquals("alice", text(c, "sub"));
    assertEquals("7s", text(c, "statement_timeout"), "ALTER ROLE auth_user SET statement_timeout");
  }

  @Test
  void preferTimezone_namesAndOffsetsApplied_unknownRefusedByPostgres() {
    String zone = text(row(http.get("/auth_context")), "timezone");
    Http.Response tokyo = http.get("/auth_context", "Prefer", "timezone=Asia/Tokyo");
    assertEquals("Asia/Tokyo", text(row(tokyo), "timezone"));
    assertEquals("timezone=Asia/Tokyo", tokyo.header("Preference-Applied"));
    Http.Response offset = http.get("/auth_context", "Prefer", "timezone=-4");
    assertEquals("<-04>+04", text(row(offset), "timezone"), "PostgreSQL shows -4 as the POSIX zone <-04>+04, UTC-4");
    assertEquals("timezone=-4", offset.header("Preference-Applied"));
    for (String handling : new String[] {"", "handling=lenient, ", "handling=strict, "}) {
      answers(http.get("/auth_context", "Prefer", handling + "timezone=Mars/Olympus"), 400,
          "{\"code\":\"22023\",\"details\":null,\"hint\":null,"
              + "\"message\":\"invalid value for parameter \\\"TimeZone\\\": \\\"Mars/Olympus\\\"\"}");
    }
    assertEquals(zone, text(row(http.get("/auth_context")), "timezone"), "the zone stays with its request");
  }

  @Test
  void rowLevelSecurity_eachUserSeesOnlyTheirRows() {
    // json_agg's own separator, as PostgREST answers
    assertEquals("[{\"owner\":\"alice\",\"body\":\"alice 1\"}, \n {\"owner\":\"alice\",\"body\":\"alice 2\"}]",
        http.get("/auth_notes?select=owner,body&order=id", "Authorization", user("alice")).body());
    assertEquals("[{\"owner\":\"bob\",\"body\":\"bob 1\"}]",
        http.get("/auth_notes?select=owner,body&order=id", "Authorization", user("bob")).body());
    assertEquals("[]", http.get("/auth_notes?select=owner,body", "Authorization", user("mallory")).body());
  }

  @Test
  void rowLevelSecurity_writesCheckedToo() {
    Http.Response r = http.send("POST", "/auth_notes", "{\"owner\":\"alice\",\"body\":\"forged\"}",
        "Authorization", user("mallory"));
    answers(r, 403, "{\"code\":\"42501\",\"details\":null,\"hint\":null,\"message\":"
        + "\"new row violates row-level security policy for table \\\"auth_notes\\\"\"}");
    assertNull(r.header("WWW-Authenticate"));
  }

  // fixtures/70-deploy.sql: the owner defaults to the token's sub, the policy keys every command on it
  @Test
  void rowLevelSecurity_bySub_twoTokensReadAndWriteOnlyTheirRows() {
    String alice = user("deploy-alice");
    String bob = user("deploy-bob");
    Http.Response created = http.send("POST", "/deploy_todos?select=owner,task,done", "[{\"task\":\"a1\"},{\"task\":\"a2\"}]",
        "Authorization", alice, "Prefer", "return=representation");
    answers(created, 201, "[{\"owner\":\"deploy-alice\",\"task\":\"a1\",\"done\":false}, \n "
        + "{\"owner\":\"deploy-alice\",\"task\":\"a2\",\"done\":false}]");
    assertEquals("[{\"owner\":\"deploy-bob\",\"task\":\"bob's first\"}]",
        http.get("/deploy_todos?select=owner,task", "Authorization", bob).body());
    Http.Response bobPatch = http.send("PATCH", "/deploy_todos?task=eq.a1", "{\"done\":true}",
        "Authorization", bob, "Prefer", "return=representation");
    ok(bobPatch, "[]");
    assertEquals(204, http.send("DELETE", "/deploy_todos?task=like.a*", null, "Authorization", bob).status());
    Http.Response alicePatch = http.send("PATCH", "/deploy_todos?task=eq.a1&select=task,done", "{\"done\":true}",
        "Authorization", alice, "Prefer", "return=representation");
    assertEquals("[{\"task\":\"a1\",\"done\":true}]", alicePatch.body());
    assertEquals(204, http.send("DELETE", "/deploy_todos?task=eq.a2", null, "Authorization", alice).status());
    assertEquals("[{\"task\":\"a1\",\"done\":true}]",
        http.get("/deploy_todos?select=task,done", "Authorization", alice).body());
    assertEquals("[{\"owner\":\"deploy-alice\",\"task\":\"a1\",\"done\":true}, \n "
        + "{\"owner\":\"deploy-bob\",\"task\":\"bob's first\",\"done\":false}]",
        Oracle.json("select owner, task, done from api.deploy_todos order by owner, task"));
  }

  @Test
  void insufficientPrivilege_401ForAnon_403ForARole() {
    Http.Response anon = http.get("/auth_notes");
    answers(anon, 401, "{\"code\":\"42501\",\"details\":null,\"hint\":null,"
        + "\"message\":\"permission denied for table auth_notes\"}");
    assertEquals("Bearer", anon.header("WWW-Authenticate"));
    Http.Response role = http.send("DELETE", "/auth_notes?id=eq.1", null, "Authorization", user("alice"));
    assertEquals(403, role.status());
    assertNull(role.header("WWW-Authenticate"));
  }

  @Test
  void expiredToken_is401Pgrst303() {
    Http.Response r = http.get("/auth_context", "Authorization", Tokens.bearer(Tokens.expired("auth_user")));
    assertEquals(401, r.status());
    assertTrue(r.body().startsWith("{\"code\":\"PGRST303\""), r.body());
    assertTrue(r.header("WWW-Authenticate").startsWith("Bearer error=\"invalid_token\""), r.header("WWW-Authenticate"));
  }

  @Test
  void wronglySignedToken_is401Pgrst301() {
    Http.Response r = http.get("/auth_context",
        "Authorization", Tokens.bearer(Tokens.signedWith("some-other-secret-that-is-long-enough", "auth_user")));
    assertEquals(401, r.status());
    assertTrue(r.body().startsWith("{\"code\":\"PGRST301\""), r.body());
    assertTrue(r.header("WWW-Authenticate").startsWith("Bearer error=\"invalid_token\""), r.header("WWW-Authenticate"));
  }

  // authentication comes before routing and before the body, as in PostgREST: a bad token answers
  // 401 on an unknown path, a method the path does not have, OPTIONS of the root, and a write
  @Test
  void badToken_answeredBeforeRoutingAndBody() {
    String bad = "Bearer not.a.token";
    for (Http.Response r : List.of(http.get("/no/such/path", "Authorization", bad),
        http.send("PUT", "/", "{}", "Authorization", bad, "Content-Type", "application/json"),
        http.send("OPTIONS", "/", null, "Authorization", bad),
        http.send("POST", "/auth_notes", "{not json", "Authorization", bad, "Content-Type", "application/json"))) {
      assertEquals(401, r.status(), r.body());
      assertTrue(r.body().startsWith("{\"code\":\"PGRST301\""), r.body());
    }
    assertEquals(404, http.get("/no/such/path").status());
  }

  @Test
  void roleThatDoesNotExist_401() {
    Http.Response r = http.get("/auth_context", "Authorization", Tokens.bearer(Tokens.role("no_such_role")));
    answers(r, 401, "{\"code\":\"22023\",\"details\":null,\"hint\":null,"
        + "\"message\":\"role \\\"no_such_role\\\" does not exist\"}");
    assertEquals("Bearer", r.header("WWW-Authenticate"));
  }

  @Test
  void responseGucs_fromAViewFunction_overrideStatusAndHeaders() {
    Http.Response r = http.get("/auth_teapot");
    answers(r, 418, "[{\"tea\":\"green\"}]");
    assertEquals("application/tea", r.header("Content-Type"));
    assertEquals(List.of("application/tea"), r.headers().allValues("Content-Type"));
    assertEquals(List.of("a=1", "b=2"), r.headers().allValues("Set-Cookie"));
    assertEquals("0-0/*", r.header("Content-Range"));
  }

  @Test
  void responseGucs_fromATrigger() {
    Http.Response r = http.send("POST", "/auth_notes", "{\"body\":\"carol's\"}",
        "Authorization", user("carol"));
    assertEquals(202, r.status(), r.body());
    assertTrue(r.header("X-Note-Id").matches("\\d+"), r.header("X-Note-Id"));
    assertEquals("[{\"owner\":\"carol\"}]",
        http.get("/auth_notes?select=owner", "Authorization", user("carol")).body());
  }

  @Test
  void responseGucs_fromThePreRequestFunction() {
    Http.Response r = http.get("/auth_context", "X-Auth-It-Pre", "headers");
    assertEquals(203, r.status());
    assertEquals("no-store", r.header("Cache-Control"));
    assertEquals(List.of("0-0/42"), r.headers().allValues("Content-Range"));
  }

  @Test
  void responseGucs_invalid_500() {
    Http.Response headers = http.get("/auth_context", "X-Auth-It-Pre", "bad-headers");
    answers(headers, 500, "{\"code\":\"PGRST111\",\"details\":null,\"hint\":null,\"message\":\"response.headers guc must "
        + "be a JSON array composed of objects with a single key and a string value\"}");
    Http.Response status = http.get("/auth_context", "X-Auth-It-Pre", "bad-status");
    answers(status, 500, "{\"code\":\"PGRST112\",\"details\":null,\"hint\":null,"
        + "\"message\":\"response.status guc must be a valid status code\"}");
  }

  @Test
  void preRequest_raiseAbortsWithTheMappedError() {
    Http.Response anon = http.get("/auth_context", "X-Auth-It-Pre", "forbid");
    assertEquals(401, anon.status());
    assertEquals("{\"code\":\"42501\",\"details\":null,\"hint\":null,\"message\":\"blocked by pre-request\"}",
        anon.body());
    Http.Response role = http.get("/auth_context", "X-Auth-It-Pre", "forbid", "Authorization", user("alice"));
    assertEquals(403, role.status());
    Http.Response raised = http.get("/auth_context", "X-Auth-It-Pre", "raise");
    answers(raised, 400, "{\"code\":\"P0001\",\"details\":\"plan x\",\"hint\":\"pick another\","
        + "\"message\":\"no such plan\"}");
  }

  @Test
  void raisePt402_isHttp402() {
    Http.Response r = http.get("/auth_context", "X-Auth-It-Pre", "pt402");
    answers(r, 402, "{\"code\":\"PT402\",\"details\":null,\"hint\":null,\"message\":\"Payment Required\"}");
    assertEquals("PostgREST; error=PT402", r.header("Proxy-Status"));
  }

  @Test
  void raisePgrst_fullControlOfTheResponse() {
    Http.Response r = http.get("/auth_context", "X-Auth-It-Pre", "pgrst");
    answers(r, 402, "{\"code\":\"123\",\"details\":\"Quota exceeded\",\"hint\":\"Upgrade your plan\","
        + "\"message\":\"Payment Required\"}");
    assertEquals("Nerd Rage", r.header("X-Powered-By"));
    assertEquals("60", r.header("Retry-After"));
    assertEquals("PostgREST; error=123", r.header("Proxy-Status"));
  }

  @Test
  void raisePgrst_badPayload_PGRST121() {
    String message = "\"message\":\"Could not parse JSON in the \\\"RAISE SQLSTATE 'PGRST'\\\" error\"}";
    String detailHint = "\"hint\":\"DETAIL must be a JSON object with obligatory keys: 'status', 'headers' "
        + "and optional key: 'status_text'.\",";
    assertEquals("{\"code\":\"PGRST121\",\"details\":\"Invalid JSON value for MESSAGE: 'not json'\","
        + "\"hint\":\"MESSAGE must be a JSON object with obligatory keys: 'code', 'message' and optional keys: "
        + "'details', 'hint'.\"," + message, http.get("/auth_context", "X-Auth-It-Pre", "pgrst-bad-message").body());
    assertEquals("{\"code\":\"PGRST121\",\"details\":\"DETAIL is missing in the RAISE statement\","
        + detailHint + message, http.get("/auth_context", "X-Auth-It-Pre", "pgrst-no-detail").body());
    Http.Response bad = http.get("/auth_context", "X-Auth-It-Pre", "pgrst-bad-detail");
    answers(bad, 500, "{\"code\":\"PGRST121\",\"details\":\"Invalid JSON value for DETAIL: '{\\\"status\\\":\\\"x\\\"}'\","
        + detailHint + message);
  }

  @Test
  void jwksUrl_keysFetched_rotationPickedUp_unknownKidsRateLimited() {
    RSAKey first = JwksEndpoint.newKey("it-key-1");
    RSAKey rotated = JwksEndpoint.newKey("it-key-2");
    JwksEndpoint.publish(first);
    JWTClaimsSet claims = new JWTClaimsSet.Builder().claim("role", "auth_user").subject("idp-user").build();
    Map<?, ?> c = row(http.get("/auth_context", "Authorization", Tokens.bearer(JwksEndpoint.sign(first, claims))));
    assertEquals("auth_user", text(c, "user"));
    assertEquals("idp-user", text(c, "sub"));
    int fetched = JwksEndpoint.hits();
    assertTrue(fetched >= 1);

    JwksEndpoint.publish(first, rotated);
    Http.Response r = http.get("/auth_context", "Authorization", Tokens.bearer(JwksEndpoint.sign(rotated, claims)));
    assertEquals("idp-user", text(row(r), "sub"));
    assertEquals(fetched + 1, JwksEndpoint.hits(), "an unknown kid refetches the set once");

    String unknown = JwksEndpoint.sign(JwksEndpoint.newKey("it-key-3"), claims);
    Http.Response refused = http.get("/auth_context", "Authorization", Tokens.bearer(unknown));
    answers(refused, 401, "{\"code\":\"PGRST301\",\"details\":\"No suitable key was found to decode the JWT\","
        + "\"hint\":null,\"message\":\"No suitable key or wrong key type\"}");
    assertEquals(fetched + 1, JwksEndpoint.hits(), "another unknown kid within 30 s fetches nothing");
  }

  @Test
  void rolesNeverLeakAcrossPooledConnections() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<String>> answers = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      int n = i;
      answers.add(pool.submit(() -> check(n)));
    }
    List<String> wrong = new ArrayList<>();
    for (Future<String> a : answers) {
      String problem = a.get();
      if (problem != null) {
        wrong.add(problem);
      }
    }
    pool.shutdown();
    assertEquals(List.of(), wrong);
  }

  /** One request of the mix; null when its answer is exactly its own context. */
  private String check(int n) {
    boolean anon = n % 2 == 0;
    boolean tokyo = n % 3 == 0;
    List<String> headers = new ArrayList<>(List.of("X-Auth-It-Probe", "p" + n));
    if (!anon) {
      headers.addAll(List.of("Authorization", user("u" + n)));
    }
    if (tokyo) {
      headers.addAll(List.of("Prefer", "timezone=Asia/Tokyo"));
    }
    Http.Response r = http.get("/auth_context", headers.toArray(String[]::new));
    if (r.status() != 200) {
      return n + ": " + r.status() + " " + r.body();
    }
    Map<?, ?> c = (Map<?, ?>) ((List<?>) PlainJson.parse(r.body())).get(0);
    boolean ok = text(c, "user").equals(anon ? "api_anon" : "auth_user")
        && text(c, "claims_role").equals(text(c, "user"))
        && (anon ? c.get("sub") == null : ("u" + n).equals(text(c, "sub")))
        && text(c, "probe_header").equals("p" + n)
        && text(c, "statement_timeout").equals(anon ? "0" : "7s")
        && text(c, "timezone").equals("Asia/Tokyo") == tokyo;
    return ok ? null : n + ": " + r.body();
  }

  // In-database configuration (issue 9). These tests change the server's configuration for the
  // deployment, so they restore it in finally and wait until the server serves it again.
}
