package io.restgres.auth;

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
import static org.junit.jupiter.api.Assertions.assertThrows;

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

}
