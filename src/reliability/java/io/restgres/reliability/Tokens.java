package io.restgres.reliability;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** JSON Web Tokens built by hand, so that broken and hostile ones can be built too. */
final class Tokens {
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private Tokens() {}

  static String b64(String s) {
    return B64.encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  /** header.payload signed with HMAC-SHA256 under {@code secret}, whatever the header says. */
  static String hs256(String header, String payload, byte[] secret) {
    String input = b64(header) + "." + b64(payload);
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return input + "." + B64.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static String valid(String payload) {
    return hs256("{\"alg\":\"HS256\",\"typ\":\"JWT\"}", payload, Stack.SECRET.getBytes(StandardCharsets.UTF_8));
  }

  /** A token for {@code role} with the right audience, an hour of validity and {@code sub}. */
  static String forRole(String role, String sub) {
    long now = System.currentTimeMillis() / 1000;
    return valid("{\"role\":\"" + role + "\",\"aud\":\"" + Stack.AUDIENCE + "\",\"sub\":\"" + sub
        + "\",\"exp\":" + (now + 3600) + "}");
  }

  /** header.payload signed with a fresh RSA key the server has never seen. */
  static String rs256(String payload) {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      PrivateKey key = g.generateKeyPair().getPrivate();
      String input = b64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + b64(payload);
      Signature s = Signature.getInstance("SHA256withRSA");
      s.initSign(key);
      s.update(input.getBytes(StandardCharsets.US_ASCII));
      return input + "." + B64.encodeToString(s.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
