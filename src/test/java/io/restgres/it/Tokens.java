package io.restgres.it;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

/** HS256 tokens for the integration tests, signed with the secret the pom gives the server. */
public final class Tokens {
  public static final String SECRET = "reallyreallyreallyreallyverysafe";

  private Tokens() {}

  public static String role(String role) {
    return sign(SECRET, new JWTClaimsSet.Builder().claim("role", role).build());
  }

  public static String expired(String role) {
    return sign(SECRET, new JWTClaimsSet.Builder().claim("role", role)
        .expirationTime(Date.from(Instant.now().minusSeconds(3600))).build());
  }

  public static String signedWith(String secret, String role) {
    return sign(secret, new JWTClaimsSet.Builder().claim("role", role).build());
  }

  /** A token with these claims, signed with the server's secret. */
  public static String signed(JWTClaimsSet claims) {
    return sign(SECRET, claims);
  }

  public static String bearer(String token) {
    return "Bearer " + token;
  }

  private static String sign(String secret, JWTClaimsSet claims) {
    try {
      SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
      jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
