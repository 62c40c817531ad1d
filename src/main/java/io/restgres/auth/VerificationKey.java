package io.restgres.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
  private static final Set<Curve> CURVES = Set.of(Curve.P_256, Curve.P_384, Curve.P_521);

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

  /**
   * The key of a JWK, if it can check signatures: RSA, EC on P-256/P-384/P-521, or a non-empty
   * oct key. Keys for encryption, OKP (EdDSA needs Tink) and other curves are skipped.
   */
  static Optional<VerificationKey> fromJwk(JWK jwk) throws JOSEException {
    if (KeyUse.ENCRYPTION.equals(jwk.getKeyUse())) {
      return Optional.empty();
    }
    Optional<String> kid = Optional.ofNullable(jwk.getKeyID());
    Optional<String> alg = Optional.ofNullable(jwk.getAlgorithm()).map(a -> a.getName());
    if (jwk instanceof RSAKey rsa) {
      return Optional.of(nimbus(new RSASSAVerifier(rsa.toRSAPublicKey()), "RS", kid, alg));
    } else if (jwk instanceof ECKey ec && CURVES.contains(ec.getCurve())) {
      return Optional.of(nimbus(new ECDSAVerifier(ec.toPublicJWK()), "ES", kid, alg));
    } else if (jwk instanceof OctetSequenceKey oct && oct.toByteArray().length > 0) {
      return Optional.of(hmac(oct.toByteArray(), kid, alg));
    }
    return Optional.empty();
  }
}
