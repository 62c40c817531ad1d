package io.restgres.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.util.Base64URL;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One key from {@code jwt-secret} able to check JWS signatures, with the JWK metadata that decides
 * whether it is tried for a token (jose-jwt's {@code canDecodeJws}).
 *
 * @param kid the JWK {@code kid}, if any
 * @param alg the JWK {@code alg}, if any; a passphrase is {@code HS256}
 * @param family the algorithm prefix the key type supports: {@code HS}, {@code RS} or {@code ES}
 * @param signature the check of a signature over the signing input
 */
record VerificationKey(
    Optional<String> kid, Optional<String> alg, String family, SignatureCheck signature) {

  /** Checks one signature; false on any mismatch or crypto failure. */
  @FunctionalInterface
  interface SignatureCheck {
    boolean verify(String alg, byte[] signingInput, byte[] signature);
  }

  VerificationKey {
    Objects.requireNonNull(kid, "kid");
    Objects.requireNonNull(alg, "alg");
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(signature, "signature");
  }

  /**
   * Whether this key is tried for a token. A token {@code kid} must equal the key's (a key without
   * one never matches it); a key {@code alg} must equal the token's. The key type must fit the
   * algorithm, which is what rules out algorithm confusion such as HS256 with an RSA key.
   */
  boolean canVerify(String tokenAlg, Optional<String> tokenKid) {
    return (tokenKid.isEmpty() || tokenKid.equals(kid))
        && (alg.isEmpty() || alg.get().equals(tokenAlg))
        && tokenAlg.startsWith(family);
  }

  boolean verify(String tokenAlg, byte[] signingInput, byte[] signature) {
    return this.signature.verify(tokenAlg, signingInput, signature);
  }

  /** An HMAC key; the MAC is compared in constant time. */
  static VerificationKey hmac(byte[] secret, Optional<String> kid, Optional<String> alg) {
    byte[] key = secret.clone();
    return new VerificationKey(
        kid,
        alg,
        "HS",
        (tokenAlg, input, sig) -> {
          try {
            Mac mac = Mac.getInstance("HmacSHA" + tokenAlg.substring(2));
            mac.init(new SecretKeySpec(key, mac.getAlgorithm()));
            return MessageDigest.isEqual(mac.doFinal(input), sig);
          } catch (GeneralSecurityException e) {
            return false;
          }
        });
  }

  /** An RSA or EC key checked by a nimbus verifier (thread-safe, built once at start-up). */
  static VerificationKey nimbus(
      JWSVerifier verifier, String family, Optional<String> kid, Optional<String> alg) {
    return new VerificationKey(
        kid,
        alg,
        family,
        (tokenAlg, input, sig) -> {
          try {
            JWSHeader header = new JWSHeader(JWSAlgorithm.parse(tokenAlg));
            return verifier.verify(header, input, Base64URL.encode(sig));
          } catch (JOSEException | RuntimeException e) {
            return false;
          }
        });
  }
}
