package io.restgres.auth;

import static io.restgres.auth.JwtFixtures.NOW;
import static io.restgres.auth.JwtFixtures.SECRET;
import static io.restgres.auth.JwtFixtures.b64;
import static io.restgres.auth.JwtFixtures.hmac;
import static io.restgres.auth.JwtFixtures.hs256;
import static io.restgres.auth.JwtFixtures.jws;
import static io.restgres.auth.JwtFixtures.nimbus;
import static io.restgres.auth.JwtFixtures.token;
import static io.restgres.auth.JwtFixtures.tokenWithKid;
import static io.restgres.auth.JwtFixtures.verifier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import io.restgres.error.ApiException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class JwtVerifierTest {
  static final String AUTHOR = "{\"role\":\"author\"}";
  static RSAKey rsa1;
  static RSAKey rsa2;
  static ECKey p256;
  static ECKey p384;
  static ECKey p521;
  static OctetSequenceKey oct;

  @BeforeAll
  static void keys() throws Exception {
    rsa1 = new RSAKeyGenerator(2048).keyID("rsa1").generate();
    rsa2 = new RSAKeyGenerator(2048).keyID("rsa2").generate();
    p256 = new ECKeyGenerator(Curve.P_256).keyID("p256").generate();
    p384 = new ECKeyGenerator(Curve.P_384).generate();
    p521 = new ECKeyGenerator(Curve.P_521).generate();
    oct = new OctetSequenceKey.Builder(new byte[64]).keyID("oct").build();
  }

  static String bearer(String token) {
    return "Bearer " + token;
  }

  static ApiException fails(JwtVerifier v, String authorization, String code, String message) {
    ApiException e = assertThrows(ApiException.class, () -> v.authenticate(authorization));
    assertEquals(code, e.code(), e::getMessage);
    assertEquals(message, e.getMessage());
    assertEquals(code.equals("PGRST300") ? 500 : 401, e.status());
    assertEquals(null, e.hint());
    return e;
  }

  /** PGRST301/303 as PostgREST sends them, with the RFC 6750 challenge naming the message. */
  static ApiException invalidToken(
      JwtVerifier v, String token, String code, String message, String details) {
    ApiException e = fails(v, bearer(token), code, message);
    assertEquals(details, e.details());
    String challenge = "Bearer error=\"invalid_token\", error_description=\"" + message + "\"";
    assertEquals(List.of(Map.entry("WWW-Authenticate", challenge)), e.headers());
    return e;
  }

  static void claimsError(JwtVerifier v, String payload, String message) {
    invalidToken(v, hs256(payload), "PGRST303", message, null);
  }

  static void keyError(JwtVerifier v, String token, String details) {
    invalidToken(v, token, "PGRST301", "No suitable key or wrong key type", details);
  }

  static final String NO_SUITABLE_KEY = "No suitable key was found to decode the JWT";
  static final String NO_KEY_VERIFIES = "None of the keys was able to decode the JWT";

  @Nested
  class Anonymous {
    @Test
    void noHeader_runsAsAnonRole() {
      AuthContext ctx = verifier().authenticate(null);
      assertEquals(new AuthContext("web_anon", "{\"role\":\"web_anon\"}", false), ctx);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Basic dXNlcjpwYXNz", "Token abc", "Bearer-ish abc", ""})
    void otherSchemes_areNoTokenAtAll(String authorization) {
      assertEquals("web_anon", verifier().authenticate(authorization).role());
    }

    @Test
    void noAnonRole_noToken_PGRST302() {
      ApiException e =
          fails(verifier("db-anon-role", null), null, "PGRST302", "Anonymous access is disabled");
      assertEquals(null, e.details());
      assertEquals(List.of(Map.entry("WWW-Authenticate", "Bearer")), e.headers());
    }

    @Test
    void noAnonRole_tokenWithRole_works() {
      assertEquals(
          "author", verifier("db-anon-role", null).authenticate(bearer(hs256(AUTHOR))).role());
    }

    @Test
    void noSecret_anonymousStillWorks_tokenIsPGRST300() {
      JwtVerifier v = verifier("jwt-secret", null);
      assertEquals("web_anon", v.authenticate(null).role());
      ApiException e = fails(v, bearer(hs256(AUTHOR)), "PGRST300", "Server lacks JWT secret");
      assertEquals(List.of(), e.headers());
      fails(v, "Bearer ", "PGRST300", "Server lacks JWT secret");
    }
  }

  @Nested
  class BearerHeader {
    @ParameterizedTest
    @ValueSource(strings = {"Bearer ", "bearer", "Bearer", "BEARER \t "})
    void emptyBearer_PGRST301(String authorization) {
      ApiException e =
          fails(verifier(), authorization, "PGRST301", "Empty JWT is sent in Authorization header");
      assertEquals(
          "Bearer error=\"invalid_token\", error_description=\"Empty JWT is sent in Authorization"
              + " header\"",
          e.headers().get(0).getValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer ", "bearer ", "BeArEr   ", "Bearer\t"})
    void schemeIsCaseInsensitive_spacesSkipped(String prefix) {
      assertEquals("author", verifier().authenticate(prefix + hs256(AUTHOR)).role());
    }

    @Test
    void oversizedToken_rejectedBeforeParsing() {
      String huge =
          hs256(
              "{\"role\":\"author\",\"pad\":\"" + "x".repeat(JwtVerifier.MAX_TOKEN_LENGTH) + "\"}");
      invalidToken(
          verifier(),
          huge,
          "PGRST301",
          "JWT couldn't be decoded",
          "The JWT is longer than 16384 characters");
    }

    @ParameterizedTest
    @CsvSource({
      "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.bm90IGFuIG9iamVjdA, Expected 3 parts in JWT; got 2",
      "abc, Expected 3 parts in JWT; got 1",
      "a.b.c.d, Expected 3 parts in JWT; got 4",
      "a.b.c.d.e, Expected 3 parts in JWT; got 5",
      "quifquirndsjagnrgniur.fonvoienqhhdj.iuqvnvhojah, JWT cryptographic operation failed",
    })
    void malformed_PGRST301(String token, String message) {
      invalidToken(verifier(), token, "PGRST301", message, null);
    }
  }

  @Nested
  class Signatures {
    @ParameterizedTest
    @CsvSource({"HS256", "HS384", "HS512"})
    void hmac_withOctJwk_allSizes(String alg) {
      JwtVerifier v = verifier("jwt-secret", oct.toJSONString());
      assertEquals(
          "author", v.authenticate(bearer(token(alg, AUTHOR, hmac(oct.toByteArray())))).role());
    }

    @Test
    void passphrase_isHs256Only_asInPostgrest() {
      keyError(verifier(), token("HS512", AUTHOR, hmac(SECRET)), NO_SUITABLE_KEY);
    }

    @Test
    void wrongSecret_noKeyVerifies() {
      keyError(
          verifier(),
          token("HS256", "{}", hmac("wrong secret wrong secret wrong secret")),
          NO_KEY_VERIFIES);
    }

    @Test
    void tamperedPayload_noKeyVerifies() {
      String[] parts = hs256(AUTHOR).split("\\.");
      String forged = parts[0] + "." + b64("{\"role\":\"postgres\"}") + "." + parts[2];
      keyError(verifier(), forged, NO_KEY_VERIFIES);
    }

    @Test
    void tamperedSignature_noKeyVerifies() {
      String t = hs256(AUTHOR);
      keyError(
          verifier(),
          t.substring(0, t.length() - 2) + (t.endsWith("AA") ? "BA" : "AA"),
          NO_KEY_VERIFIES);
    }

    @ParameterizedTest
    @CsvSource({"RS256", "RS384", "RS512"})
    void rsa_viaJwk(String alg) throws Exception {
      JwtVerifier v = verifier("jwt-secret", rsa1.toPublicJWK().toJSONString());
      String t = token(alg, AUTHOR, nimbus(new RSASSASigner(rsa1)));
      assertEquals("author", v.authenticate(bearer(t)).role());
    }

    @Test
    void rsa_viaJwks() throws Exception {
      JwtVerifier v = verifier("jwt-secret", new JWKSet(List.of(rsa1, rsa2)).toString());
      String t = tokenWithKid("RS256", "rsa2", AUTHOR, nimbus(new RSASSASigner(rsa2)));
      assertEquals("author", v.authenticate(bearer(t)).role());
    }

    static Stream<Arguments> ecKeys() {
      return Stream.of(
          Arguments.of("ES256", p256), Arguments.of("ES384", p384), Arguments.of("ES512", p521));
    }

    @ParameterizedTest
    @MethodSource("ecKeys")
    void ecdsa_allCurves(String alg, ECKey key) throws Exception {
      JwtVerifier v = verifier("jwt-secret", key.toPublicJWK().toJSONString());
      assertEquals(
          "author",
          v.authenticate(bearer(token(alg, AUTHOR, nimbus(new ECDSASigner(key))))).role());
    }

    @Test
    void ecdsa_wrongCurveForAlg_noKeyVerifies() throws Exception {
      JwtVerifier v = verifier("jwt-secret", p256.toPublicJWK().toJSONString());
      String t = token("ES384", AUTHOR, nimbus(new ECDSASigner(p384)));
      keyError(v, t, NO_KEY_VERIFIES);
    }

    @Test
    void jwkAlg_mustMatchTokenAlg() throws Exception {
      RSAKey rs256Only =
          new RSAKey.Builder(rsa1.toRSAPublicKey()).algorithm(JWSAlgorithm.RS256).build();
      JwtVerifier v = verifier("jwt-secret", rs256Only.toJSONString());
      keyError(v, token("RS512", AUTHOR, nimbus(new RSASSASigner(rsa1))), NO_SUITABLE_KEY);
    }

    @Test
    void algNone_rejected() {
      // The token from PostgREST's ErrorSpec.
      String none =
          "eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0.e30.yOBhlOIqn56T-4NvyEXCjfi3UmyQZ-BzXtePMO2NgRI";
      String detail = "JWT is unsecured but expected 'alg' was not 'none'";
      invalidToken(verifier(), none, "PGRST301", "Wrong or unsupported encoding algorithm", detail);
      String unsigned = b64("{\"alg\":\"none\"}") + "." + b64(AUTHOR) + ".";
      invalidToken(
          verifier(), unsigned, "PGRST301", "Wrong or unsupported encoding algorithm", detail);
    }

    @Test
    void algorithmConfusion_hs256SignedWithRsaPublicKey_rejected() throws Exception {
      JwtVerifier v = verifier("jwt-secret", rsa1.toPublicJWK().toJSONString());
      for (byte[] keyBytes :
          List.of(
              rsa1.toRSAPublicKey().getEncoded(),
              rsa1.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8))) {
        keyError(v, token("HS256", AUTHOR, hmac(keyBytes)), NO_SUITABLE_KEY);
      }
    }

    @Test
    void kid_mustMatchAnExistingKey() throws Exception {
      JwtVerifier v = verifier("jwt-secret", new JWKSet(List.of(rsa1, rsa2)).toString());
      keyError(
          v,
          tokenWithKid("RS256", "nope", AUTHOR, nimbus(new RSASSASigner(rsa1))),
          NO_SUITABLE_KEY);
      keyError(
          v,
          tokenWithKid("RS256", "rsa2", AUTHOR, nimbus(new RSASSASigner(rsa1))),
          NO_KEY_VERIFIES);
    }

    @Test
    void kid_neverMatchesAKeyWithoutOne() {
      keyError(verifier(), tokenWithKid("HS256", "k", AUTHOR, hmac(SECRET)), NO_SUITABLE_KEY);
    }

    @Test
    void noKid_everyKeyIsTried() throws Exception {
      JwtVerifier v =
          verifier("jwt-secret", new JWKSet(List.of(oct, rsa1, rsa2, p256)).toString(false));
      assertEquals(
          "author",
          v.authenticate(bearer(token("RS256", AUTHOR, nimbus(new RSASSASigner(rsa2))))).role());
      assertEquals(
          "author",
          v.authenticate(bearer(token("ES256", AUTHOR, nimbus(new ECDSASigner(p256))))).role());
      assertEquals(
          "author", v.authenticate(bearer(token("HS256", AUTHOR, hmac(oct.toByteArray())))).role());
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "{\"alg\":\"PS256\"}",
          "{\"alg\":\"HS256\",\"enc\":\"A128GCM\"}",
          "{\"typ\":\"JWT\"}",
          "{\"alg\":\"HS256\",\"kid\":5}",
          "[\"alg\",\"HS256\"]",
          "{\"alg\":\"HS256\"",
        })
    void badHeaders_cryptoFailure(String header) {
      invalidToken(
          verifier(),
          jws(header, AUTHOR, hmac(SECRET)),
          "PGRST301",
          "JWT cryptographic operation failed",
          null);
    }

    @Test
    void paddedOrStandardBase64_cryptoFailure() {
      String[] p = hs256("{\"role\":\"a\"}").split("\\.");
      for (String bad :
          List.of(p[0] + "=." + p[1] + "." + p[2], p[0] + "." + p[1] + "." + p[2] + "+/")) {
        invalidToken(verifier(), bad, "PGRST301", "JWT cryptographic operation failed", null);
      }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"not an object\"", "[1]", "", "{\"a\":}", "{\"role\":\"a\"} x"})
    void payloadNotAnObject_PGRST303(String payload) {
      claimsError(verifier(), payload, "Parsing claims failed");
    }

    @Test
    void edDsa_hasNoKey() {
      keyError(verifier(), token("EdDSA", AUTHOR, (alg, in) -> new byte[64]), NO_SUITABLE_KEY);
    }
  }

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
