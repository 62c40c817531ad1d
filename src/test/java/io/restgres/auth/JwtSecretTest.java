package io.restgres.auth;

import static io.restgres.auth.JwtFixtures.SECRET;
import static io.restgres.auth.JwtFixtures.hmac;
import static io.restgres.auth.JwtFixtures.nimbus;
import static io.restgres.auth.JwtFixtures.token;
import static io.restgres.auth.JwtFixtures.verifier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import io.restgres.config.ConfigException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JwtSecretTest {
  static final String AUTHOR = "{\"role\":\"author\"}";
  static final byte[] BINARY = new byte[48];

  static {
    for (int i = 0; i < BINARY.length; i++) {
      BINARY[i] = (byte) (i * 37 + 200);
    }
  }

  static String roleWith(JwtVerifier v, String token) {
    return v.authenticate("Bearer " + token).role();
  }

  static String configError(String... keyValues) {
    return assertThrows(ConfigException.class, () -> verifier(keyValues)).getMessage();
  }

  @Test
  void shortPassphrase_failsStartUp() {
    assertEquals(
        "The JWT secret must be at least 32 characters long.", configError("jwt-secret", "short"));
    assertEquals(
        "The JWT secret must be at least 32 characters long.",
        configError("jwt-secret", "x".repeat(31)));
  }

  @Test
  void base64Secret_decodedFirst_standardAndUrlAlphabets() {
    String std = Base64.getEncoder().encodeToString(BINARY);
    String url = Base64.getUrlEncoder().encodeToString(BINARY).replace('=', '.');
    for (String secret : List.of(std, url, " " + std + "\n")) {
      JwtVerifier v = verifier("jwt-secret", secret, "jwt-secret-is-base64", "true");
      assertEquals("author", roleWith(v, token("HS256", AUTHOR, hmac(BINARY))));
    }
  }

  @Test
  void base64Secret_lengthCountsDecodedBytes() {
    String tooShort = Base64.getEncoder().encodeToString(new byte[31]);
    assertTrue(tooShort.length() >= 32);
    assertEquals(
        "The JWT secret must be at least 32 characters long.",
        configError("jwt-secret", tooShort, "jwt-secret-is-base64", "true"));
  }

  @Test
  void base64Secret_invalid_failsStartUp() {
    String message =
        configError(
            "jwt-secret", "not*base64*at*all*not*base64*at*all", "jwt-secret-is-base64", "true");
    assertTrue(message.startsWith("jwt-secret is not valid base64"), message);
  }

  @Test
  void fileSecret_passphraseWithTrailingNewline(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("secret"), SECRET + "\n");
    JwtVerifier v = verifier("jwt-secret", "@" + file);
    assertEquals("author", roleWith(v, token("HS256", AUTHOR, hmac(SECRET))));
  }

  @Test
  void fileSecret_jwks(@TempDir Path dir) throws Exception {
    ECKey ec = new ECKeyGenerator(Curve.P_256).generate();
    Path file = Files.writeString(dir.resolve("jwks.json"), new JWKSet(ec).toString() + "\n");
    JwtVerifier v = verifier("jwt-secret", "@" + file);
    assertEquals("author", roleWith(v, token("ES256", AUTHOR, nimbus(new ECDSASigner(ec)))));
  }

  @Test
  void fileSecret_binaryBase64(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("b64");
    Files.write(file, Base64.getEncoder().encode(BINARY));
    JwtVerifier v = verifier("jwt-secret", "@" + file, "jwt-secret-is-base64", "true");
    assertEquals("author", roleWith(v, token("HS256", AUTHOR, hmac(BINARY))));
  }

  @Test
  void fileSecret_missing_failsStartUp(@TempDir Path dir) {
    String message = configError("jwt-secret", "@" + dir.resolve("absent"));
    assertTrue(message.startsWith("jwt-secret: cannot read the file "), message);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "{\"kty\":\"RSA\",\"n\":\"!!\"} | jwt-secret is not a valid JWK or JWKS",
        "{\"keys\":[{\"kty\":\"EC\"}]} | jwt-secret is not a valid JWK or JWKS",
        "{\"keys\":[]} | jwt-secret has no key usable for signatures",
        "{\"keys\":[{\"kty\":\"unknown\"}]} | jwt-secret has no key usable for signatures",
      })
  void malformedKeys_failStartUp(String secret, String prefix) {
    String message = configError("jwt-secret", secret);
    assertTrue(message.startsWith(prefix), message);
  }

  @Test
  void unusableKeysAreSkipped_usableOnesKept() throws Exception {
    // RFC 8037's Ed25519 example key: EdDSA would need Tink, so it is skipped.
    String ed =
        "{\"kty\":\"OKP\",\"crv\":\"Ed25519\","
            + "\"x\":\"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo\"}";
    OctetSequenceKey enc =
        new OctetSequenceKey.Builder(new byte[32]).keyUse(KeyUse.ENCRYPTION).build();
    OctetSequenceKey sig = new OctetSequenceKey.Builder(BINARY).build();
    String jwks = "{\"keys\":[" + ed + "," + enc.toJSONString() + "," + sig.toJSONString() + "]}";
    JwtVerifier v = verifier("jwt-secret", jwks);
    assertEquals("author", roleWith(v, token("HS256", AUTHOR, hmac(BINARY))));
    // Were the encryption key kept, it would verify this token.
    assertEquals(
        "None of the keys was able to decode the JWT",
        assertThrows(
                io.restgres.error.ApiException.class,
                () -> roleWith(v, token("HS256", AUTHOR, hmac(new byte[32]))))
            .details());
  }

  @Test
  void jsonThatIsNotAnObject_isAPassphrase() {
    String secret = "\"" + "q".repeat(40) + "\"";
    JwtVerifier v = verifier("jwt-secret", secret);
    assertEquals(
        "author",
        roleWith(v, token("HS256", AUTHOR, hmac(secret.getBytes(StandardCharsets.UTF_8)))));
  }

  @Test
  void badRoleClaimKey_failsStartUp() {
    String message = configError("jwt-role-claim-key", "role");
    assertTrue(message.startsWith("failed to parse jwt-role-claim-key value (role): "), message);
  }
}
