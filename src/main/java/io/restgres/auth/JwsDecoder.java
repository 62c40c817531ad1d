package io.restgres.auth;

import io.restgres.json.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decodes a compact JWS and checks its signature, reproducing the outcomes of PostgREST's {@code
 * parseToken} on jose-jwt's {@code decode} (no expected algorithm): wrong part count; a malformed
 * header, base64 or unknown {@code alg} is a crypto failure; {@code alg: none} a bad algorithm; no
 * fitting key or no key that verifies a key error. Returns the claims object.
 */
final class JwsDecoder {
  /** jose-jwt's JWS algorithms. EdDSA parses, but no OKP key is ever loaded, so it finds no key. */
  private static final Set<String> ALGORITHMS =
      Set.of(
          "HS256", "HS384", "HS512", "RS256", "RS384", "RS512", "ES256", "ES384", "ES512", "EdDSA");

  private final List<VerificationKey> fixed;
  private final Optional<RemoteJwks> remote;

  /**
   * @param fixed the keys of {@code jwt-secret}
   * @param remote the keys published at {@code jwt-jwks-url}, if set
   */
  JwsDecoder(List<VerificationKey> fixed, Optional<RemoteJwks> remote) {
    this.fixed = List.copyOf(fixed);
    this.remote = remote;
  }

  JwsDecoder(List<VerificationKey> fixed) {
    this(fixed, Optional.empty());
  }

  JsonObject decode(String token) {
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3) {
      throw JwtError.unexpectedParts(parts.length);
    }
    JsonObject header = parseHeader(parts[0]);
    if (header.get("alg") instanceof JsonString a && a.getString().equals("none")) {
      base64(parts[1]);
      throw JwtError.BAD_ALGORITHM.exception("JWT is unsecured but expected 'alg' was not 'none'");
    }
    // A JWE needs 5 parts and anything else does not parse as a JWS header in jose-jwt.
    if (!(header.get("alg") instanceof JsonString a && ALGORITHMS.contains(a.getString()))
        || header.containsKey("enc")
        || !textFields(header)) {
      throw JwtError.BAD_CRYPTO.exception();
    }
    String alg = a.getString();
    byte[] payload = base64(parts[1]);
    byte[] signature = base64(parts[2]);
    Optional<String> kid =
        header.get("kid") instanceof JsonString k ? Optional.of(k.getString()) : Optional.empty();
    List<VerificationKey> keys = keys(alg, kid);
    List<VerificationKey> candidates = keys.stream().filter(k -> k.canVerify(alg, kid)).toList();
    if (candidates.isEmpty()) {
      throw JwtError.KEY_ERROR.exception("No suitable key was found to decode the JWT");
    }
    byte[] signingInput = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
    if (candidates.stream().noneMatch(k -> k.verify(alg, signingInput, signature))) {
      throw JwtError.KEY_ERROR.exception("None of the keys was able to decode the JWT");
    }
    return claims(payload);
  }

  /**
   * The keys to try for the token's {@code alg} and {@code kid}. A {@code kid} that none of them
   * has may be a key the provider has just rotated in, so the remote set is refetched
   * (rate-limited by {@link RemoteJwks}).
   */
  private List<VerificationKey> keys(String alg, Optional<String> kid) {
    // Published keys are never symmetric (RemoteJwks refuses them), so HS* tokens need no fetch.
    if (remote.isEmpty() || alg.startsWith("HS")) {
      return fixed;
    }
    List<VerificationKey> published = remote.get().keys();
    if (kid.isPresent() && !hasKid(fixed, kid) && !hasKid(published, kid)) {
      published = remote.get().refreshed();
    }
    List<VerificationKey> all = new ArrayList<>(fixed);
    all.addAll(published);
    return all;
  }

  private static boolean hasKid(List<VerificationKey> keys, Optional<String> kid) {
    return keys.stream().anyMatch(k -> k.kid().equals(kid));
  }

  private static JsonObject parseHeader(String part) {
    try {
      if (Jsonp.parse(utf8(base64(part))) instanceof JsonObject header) {
        return header;
      }
    } catch (IllegalArgumentException | CharacterCodingException e) {
      // reported below, as jose-jwt reports any parse failure
    }
    throw JwtError.BAD_CRYPTO.exception();
  }

  /** {@code typ}, {@code cty} and {@code kid} are optional strings (null counts as absent). */
  private static boolean textFields(JsonObject header) {
    return List.of("typ", "cty", "kid").stream()
        .map(header::get)
        .allMatch(v -> v == null || v == JsonValue.NULL || v instanceof JsonString);
  }

  private static JsonObject claims(byte[] payload) {
    try {
      if (Jsonp.parse(utf8(payload)) instanceof JsonObject claims) {
        return claims;
      }
    } catch (IllegalArgumentException | CharacterCodingException e) {
      // reported below
    }
    throw JwtError.PARSING_CLAIMS_FAILED.exception();
  }

  /** Unpadded base64url only, like jose-jwt: padding or the standard alphabet is a failure. */
  private static byte[] base64(String part) {
    try {
      if (part.indexOf('=') < 0) {
        return Base64.getUrlDecoder().decode(part);
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw JwtError.BAD_CRYPTO.exception();
  }

  private static String utf8(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
  }
}
