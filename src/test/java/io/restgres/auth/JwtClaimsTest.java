package io.restgres.auth;

import static io.restgres.auth.JwtVerifierTest.AUTHOR;
import static io.restgres.auth.JwtVerifierTest.NO_KEY_VERIFIES;
import static io.restgres.auth.JwtVerifierTest.bearer;
import static io.restgres.auth.JwtVerifierTest.claimsError;
import static io.restgres.auth.JwtVerifierTest.fails;
import static io.restgres.auth.JwtVerifierTest.invalidToken;
import static io.restgres.auth.JwtVerifierTest.keyError;

import static io.restgres.auth.JwtFixtures.NOW;
import static io.restgres.auth.JwtFixtures.hmac;
import static io.restgres.auth.JwtFixtures.hs256;
import static io.restgres.auth.JwtFixtures.token;
import static io.restgres.auth.JwtFixtures.verifier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restgres.error.ApiException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** JwtVerifier: time claims, audience, roles, PostgREST's own test tokens and the cache. */
class JwtClaimsTest {
  @Nested
  class TimeClaims {
    @ParameterizedTest
    @CsvSource({
      "exp, -31, JWT expired",
      "nbf, 31, JWT not yet valid",
      "iat, 31, JWT issued at future",
    })
    void beyondSkew_PGRST303(String claim, long offset, String message) {
      claimsError(verifier(), "{\"" + claim + "\":" + (NOW + offset) + "}", message);
    }

    @ParameterizedTest
    @CsvSource({"exp, -30", "exp, 3600", "nbf, 30", "nbf, -3600", "iat, 30", "iat, 0"})
    void withinSkew_accepted(String claim, long offset) {
      String t = hs256("{\"role\":\"author\",\"" + claim + "\":" + (NOW + offset) + "}");
      assertEquals("author", verifier().authenticate(bearer(t)).role());
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        quoteCharacter = '`',
        value = {
          "{\"exp\":\"invalid\"} | The JWT 'exp' claim must be a number",
          "{\"nbf\":true}        | The JWT 'nbf' claim must be a number",
          "{\"iat\":[1]}         | The JWT 'iat' claim must be a number",
          "{\"exp\":1.5}         | JWT expired",
          "{\"exp\":1e30}        | JWT expired",
        })
    void notUsableNumbers(String payload, String message) {
      claimsError(verifier(), payload, message);
    }

    @Test
    void nullTimeClaims_ignored() {
      String t = hs256("{\"role\":\"author\",\"exp\":null,\"nbf\":null,\"iat\":null}");
      assertEquals("author", verifier().authenticate(bearer(t)).role());
    }

    @Test
    void firstFailureWins_expBeforeAud() {
      JwtVerifier v = verifier("jwt-aud", "mine");
      claimsError(v, "{\"aud\":\"theirs\",\"exp\":1}", "JWT expired");
    }
  }

  @Nested
  class Audience {
    @ParameterizedTest
    @ValueSource(
        strings = {
          "\"youraudience\"",
          "[\"youraudience\"]",
          "[\"a\",\"youraudience\",\"b\"]",
          "[]",
          "null"
        })
    void accepted(String aud) {
      JwtVerifier v = verifier("jwt-aud", "youraudience");
      assertEquals(
          "author",
          v.authenticate(bearer(hs256("{\"role\":\"author\",\"aud\":" + aud + "}"))).role());
    }

    @Test
    void absent_accepted() {
      assertEquals(
          "author", verifier("jwt-aud", "youraudience").authenticate(bearer(hs256(AUTHOR))).role());
    }

    @ParameterizedTest
    @ValueSource(
        strings = {"\"notyouraudience\"", "\"\"", "[\"notyouraudience\"]", "[\"a\",\"b\"]"})
    void notInAudience(String aud) {
      claimsError(
          verifier("jwt-aud", "youraudience"), "{\"aud\":" + aud + "}", "JWT not in audience");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"invalid\":\"value\"}", "[{\"invalid\":\"value\"},\"test\"]", "5"})
    void notStringOrArray_evenWithoutJwtAud(String aud) {
      String message = "The JWT 'aud' claim must be a string or an array of strings";
      claimsError(verifier(), "{\"aud\":" + aud + "}", message);
      claimsError(verifier("jwt-aud", "test"), "{\"aud\":" + aud + "}", message);
    }

    @Test
    void noJwtAud_anyAudienceAccepted() {
      assertEquals(
          "author",
          verifier().authenticate(bearer(hs256("{\"role\":\"author\",\"aud\":\"x\"}"))).role());
    }
  }

  @Nested
  class Roles {
    static final String CLAIMS =
        "{\"role\":\"top\",\"postgrest\":{\"roles\":[\"other\",\"author\"]},"
            + "\"https://x/role\":{\"key\":\"keyed\"},\"realm\":{\"role\":\"nested\"}}";

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        quoteCharacter = '`',
        value = {
          ".role                              | top",
          ".postgrest.roles[1]                | author",
          ".\"https://x/role\".key            | keyed",
          ".postgrest.roles[?(@ ^== \"au\")]  | author",
          "$.role                             | top",
          "$.postgrest.roles[1]               | author",
          "$.postgrest.roles[-2]              | other",
          "$['https://x/role'].key            | keyed",
          "$[\"https://x/role\"]['key']       | keyed",
          "$.postgrest.roles[?(@ == 'author')] | author",
          "$.postgrest.roles[?search(@, '^au')] | author",
          "$..role                            | top",
          "$.realm.*                          | nested",
        })
    void claimKeyVariants(String key, String role) {
      AuthContext ctx =
          verifier("jwt-role-claim-key", key.strip()).authenticate(bearer(hs256(CLAIMS)));
      assertEquals(role, ctx.role());
      assertTrue(ctx.claimsJson().contains("\"role\":\"" + role + "\""), ctx::claimsJson);
      assertTrue(ctx.authenticated());
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          ".missing",
          ".postgrest.roles[5]",
          "$.missing",
          "$.postgrest.roles[?(@ == 'x')]"
        })
    void missingRoleClaim_fallsBackToAnon(String key) {
      AuthContext ctx = verifier("jwt-role-claim-key", key).authenticate(bearer(hs256(CLAIMS)));
      assertEquals("web_anon", ctx.role());
      assertFalse(ctx.authenticated());
      // PostgREST overwrites a "role" claim with the resolved role, even the anonymous one.
      assertTrue(ctx.claimsJson().startsWith("{\"role\":\"web_anon\","), ctx::claimsJson);
    }

    @Test
    void missingRoleClaim_noAnonRole_PGRST302() {
      ApiException e =
          fails(
              verifier("db-anon-role", null),
              bearer(hs256("{\"sub\":\"x\"}")),
              "PGRST302",
              "Anonymous access is disabled");
      assertEquals(List.of(Map.entry("WWW-Authenticate", "Bearer")), e.headers());
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {"5 | 5", "true | true", "null | null", "{\"a\":1} | {\"a\":1}"})
    void nonStringRole_usedAsJsonText_asPostgrest(String value, String role) {
      AuthContext ctx = verifier().authenticate(bearer(hs256("{\"role\":" + value + "}")));
      assertEquals(role, ctx.role());
    }

    @Test
    void roleEqualToAnon_isNotAuthenticated() {
      assertFalse(
          verifier().authenticate(bearer(hs256("{\"role\":\"web_anon\"}"))).authenticated());
    }

    @Test
    void claimsJson_keepsEveryClaimExactly_andSetsRole() {
      String payload =
          "{\"sub\":\"u1\",\"big\":123456789012345678901234567890,\"f\":1.50,"
              + "\"exp\":9999999999,\"s\":\"\\u00e9\\\"\",\"n\":null,"
              + "\"a\":[1,{\"b\":false}],\"role\":\"author\"}";
      AuthContext ctx = verifier().authenticate(bearer(hs256(payload)));
      assertEquals(payload.replace("\\u00e9", "\u00e9"), ctx.claimsJson());
    }

    @Test
    void claimsJson_addsRoleFromOtherClaim() {
      AuthContext ctx =
          verifier("jwt-role-claim-key", ".r").authenticate(bearer(hs256("{\"r\":\"x\",\"n\":1}")));
      assertEquals("{\"r\":\"x\",\"n\":1,\"role\":\"x\"}", ctx.claimsJson());
    }
  }

  @Nested
  class PostgrestSpecTokens {
    static final String RSA_JWK =
        "{\"alg\":\"RS256\",\"e\":\"AQAB\",\"key_ops\":[\"verify\"],\"kty\":\"RSA\",\"n"
            + "\":\"0etQ2Tg187jb04MWfpuogYGV75IFrQQBxQaGH75eq_FpbkyoLcEpRUEWSbECP2eeFya2yZ9vI"
            + "O5ScD-lPmovePk4Aa4SzZ8jdjhmAbNykleRPCxMg0481kz6PQhnHRUv3nF5WP479CnObJKqTVdEagV"
            + "L66oxnX9VhZG9IZA7k0Th5PfKQwrKGyUeTGczpOjaPqbxlunP73j9AfnAt4XCS8epa-n3WGz1j-wfp"
            + "r_ys57Aq-zBCfqP67UYzNpeI1AoXsJhD9xSDOzvJgFRvc3vm2wjAW4LEMwi48rCplamOpZToIHEPIa"
            + "PzpveYQwDnB1HFTR1ove9bpKJsHmi-e2uzQ\",\"use\":\"sig\"}";
    static final String RSA_TOKEN =
        "eyJhbGciOiJSUzI1NiJ9.eyJyb2xlIjogInBvc3RncmVzdF90ZXN0X2F1dGhvciJ9Cg.CBOYWDvqgA"
            + "R0YYnZnyDGTQi6AJLc2Pds6_eV3YuBG6I36mj_h05eLhkEKNEDA5ZteMzCiY83P60rC_xtxVd7B6vo"
            + "3BeF5uoanPS3rrbuHzKPwzsrgrD_CqvEuJ4n7Q9epkQiLsNkcexneENZDRqFjbwZx3DrXiCWwlK3Yt"
            + "r5NAIGxmy0od-0xNpb2U1nXQyO_Q3mumWFViRt4tmFn_3goDHNKG3Ha_AzImfUNvHnWL78kAc4rbn1"
            + "5vLtWXD8PwtSnZaB4lY4V6RfsaW937srQsmRetvytM1i_bHBnjkjQLAqGbXPyItjtlXPs0uGNBadE8"
            + "-wgkLtfmSCC4v2DjUthw";

    @ParameterizedTest
    @ValueSource(
        strings = {
          "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJyb2xlIjoicG9zdGdyZXN0X3Rlc3RfYXV0aG9yIn0."
              + "Xod-F15qsGL0WhdOCr2j3DdKuTw9QJERVgoFD3vGaWA",
          "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
              + "eyJleHAiOjk5OTk5OTk5OTksInJvbGUiOiJwb3N0Z3Jlc3RfdGVzdF9hdXRob3Ii"
              + "LCJpZCI6Impkb2UifQ."
              + "Dpss-QoLYjec5OTsOaAc3FNVsSjA89wACoV-0ra3ClA",
        })
    void hs256_fromAuthSpec(String token) {
      assertEquals("postgrest_test_author", verifier().authenticate(bearer(token)).role());
    }

    @Test
    void expired_fromAuthSpec() {
      String token =
          "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJleHAiOjE0NDY2NzgxNDksInJvbGUiOiJwb3N0Z3Jl"
              + "c3RfdGVzdF9hdXRob3IiLCJpZCI6Impkb2UifQ."
              + "f8__E6VQwYcDqwHmr9PG03uaZn8Zh1b0vbJ9DYS0AdM";
      invalidToken(verifier(), token, "PGRST303", "JWT expired", null);
    }

    @Test
    void rs256_fromAsymmetricJwtSpec_asJwkAndJwks() {
      for (String secret : List.of(RSA_JWK, "{\"keys\": [" + RSA_JWK + "]}")) {
        assertEquals(
            "postgrest_test_author",
            verifier("jwt-secret", secret).authenticate(bearer(RSA_TOKEN)).role());
      }
    }
  }

  @Nested
  class Cache {
    @Test
    void repeatedToken_isNotVerifiedAgain() {
      JwtVerifier v = verifier("jwt-cache-max-entries", "10");
      String header = bearer(hs256(AUTHOR));
      assertSame(
          v.verify(header).token().orElseThrow(),
          v.verify("bearer " + hs256(AUTHOR)).token().orElseThrow());
    }

    @Test
    void zeroEntries_disablesCache() {
      JwtVerifier v = verifier("jwt-cache-max-entries", "0");
      String header = bearer(hs256(AUTHOR));
      assertNotSame(v.verify(header).token().orElseThrow(), v.verify(header).token().orElseThrow());
    }

    @Test
    void cachedToken_stillExpires() {
      JwtFixtures.MovableClock clock = new JwtFixtures.MovableClock();
      JwtVerifier v = new JwtVerifier(JwtFixtures.config(), clock);
      String header = bearer(hs256("{\"role\":\"author\",\"exp\":" + (NOW + 60) + "}"));
      assertEquals("author", v.authenticate(header).role());
      clock.advanceSeconds(60 + ClaimValidator.ALLOWED_SKEW_SECONDS);
      assertEquals("author", v.authenticate(header).role());
      clock.advanceSeconds(1);
      fails(v, header, "PGRST303", "JWT expired");
    }

    @Test
    void failures_areNotCached_andBadTokensStillFail() {
      JwtVerifier v = verifier();
      String forged = token("HS256", AUTHOR, hmac("another secret that is long enough!!"));
      keyError(v, forged, NO_KEY_VERIFIES);
      keyError(v, forged, NO_KEY_VERIFIES);
    }
  }
}
