package io.restgres.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import io.restgres.config.ConfigException;
import io.restgres.json.Jsonp;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Turns {@code jwt-secret} into verification keys, in PostgREST's order ({@code Config.hs}): read
 * {@code @file} (dropping one trailing newline), base64-decode when {@code jwt-secret-is-base64},
 * then take a JWKS {@code {"keys":[...]}}, a single JWK, or else an HS256 passphrase of at least 32
 * bytes.
 */
final class JwtSecret {
  private JwtSecret() {}

  /** The keys; throws {@link ConfigException} with a one-line reason when none is usable. */
  static List<VerificationKey> parse(String configured, boolean isBase64) {
    byte[] secret =
        configured.startsWith("@") ? readFile(configured.substring(1)) : utf8(configured);
    if (isBase64) {
      secret = decodeBase64(secret);
    }
    // A JSON object is taken as a JWK or JWKS and must parse as one. PostgREST would fall back to
    // using a malformed key's JSON text as an HMAC passphrase; failing at start-up is safer.
    Optional<JsonObject> json = Jsonp.object(new String(secret, StandardCharsets.UTF_8));
    if (json.isEmpty()) {
      if (secret.length < 32) {
        throw new ConfigException("The JWT secret must be at least 32 characters long.");
      }
      return List.of(VerificationKey.hmac(secret, Optional.empty(), Optional.of("HS256")));
    }
    String text = new String(secret, StandardCharsets.UTF_8);
    List<VerificationKey> keys = new ArrayList<>();
    for (JWK jwk : parseJwks(text, json.get().containsKey("keys"))) {
      fromJwk(jwk).ifPresent(keys::add);
    }
    if (keys.isEmpty()) {
      throw new ConfigException(
          "jwt-secret has no key usable for signatures (kty RSA, EC P-256/P-384/P-521 or oct)");
    }
    return List.copyOf(keys);
  }

  private static byte[] readFile(String path) {
    try {
      byte[] bytes = Files.readAllBytes(Path.of(path));
      boolean newline = bytes.length > 0 && bytes[bytes.length - 1] == '\n';
      return newline ? Arrays.copyOf(bytes, bytes.length - 1) : bytes;
    } catch (IOException | RuntimeException e) {
      throw new ConfigException("jwt-secret: cannot read the file " + path + ": " + e.getMessage());
    }
  }

  /** PostgREST accepts the URL-safe alphabet too, and surrounding whitespace. */
  private static byte[] decodeBase64(byte[] secret) {
    String s = new String(secret, StandardCharsets.UTF_8);
    s = s.replace('_', '/').replace('-', '+').replace('.', '=').strip();
    try {
      return Base64.getDecoder().decode(s);
    } catch (IllegalArgumentException e) {
      throw new ConfigException("jwt-secret is not valid base64: " + e.getMessage());
    }
  }

  private static List<JWK> parseJwks(String text, boolean isSet) {
    try {
      // JWKSet.parse skips keys of unknown "kty", as jose-jwt ignores unsupported keys.
      return isSet ? JWKSet.parse(text).getKeys() : List.of(JWK.parse(text));
    } catch (ParseException e) {
      throw new ConfigException("jwt-secret is not a valid JWK or JWKS: " + e.getMessage());
    }
  }

  private static Optional<VerificationKey> fromJwk(JWK jwk) {
    try {
      return VerificationKey.fromJwk(jwk);
    } catch (JOSEException e) {
      throw new ConfigException("jwt-secret has an unusable key: " + e.getMessage());
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
