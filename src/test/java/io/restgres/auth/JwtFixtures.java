package io.restgres.auth;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import io.restgres.config.AppConfig;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Builds tokens byte by byte, so tests can sign any header and payload, and configs by key. */
final class JwtFixtures {
  static final String SECRET = "reallyreallyreallyreallyverysafe";
  static final long NOW = 1_800_000_000L;

  private JwtFixtures() {}

  /** Signs the signing input for the given {@code alg}. */
  @FunctionalInterface
  interface Signer {
    byte[] sign(String alg, byte[] signingInput) throws Exception;
  }

  static Signer hmac(byte[] key) {
    return (alg, input) -> {
      Mac mac = Mac.getInstance("HmacSHA" + alg.substring(2));
      mac.init(new SecretKeySpec(key, mac.getAlgorithm()));
      return mac.doFinal(input);
    };
  }

  static Signer hmac(String key) {
    return hmac(key.getBytes(StandardCharsets.UTF_8));
  }

  static Signer nimbus(JWSSigner signer) {
    return (alg, input) -> signer.sign(new JWSHeader(JWSAlgorithm.parse(alg)), input).decode();
  }

  static String token(String alg, String payloadJson, Signer signer) {
    return jws("{\"alg\":\"" + alg + "\",\"typ\":\"JWT\"}", payloadJson, signer);
  }

  static String tokenWithKid(String alg, String kid, String payloadJson, Signer signer) {
    return jws("{\"alg\":\"" + alg + "\",\"kid\":\"" + kid + "\"}", payloadJson, signer);
  }

  /** A compact JWS over exactly these texts, signed for the header's alg (else as HS256). */
  static String jws(String headerJson, String payloadJson, Signer signer) {
    String input = b64(headerJson) + "." + b64(payloadJson);
    String alg =
        headerJson.matches(".*\"alg\":\"[A-Z]S\\d+\".*")
            ? headerJson.replaceAll(".*\"alg\":\"([^\"]*)\".*", "$1")
            : "HS256";
    try {
      byte[] sig = signer.sign(alg, input.getBytes(StandardCharsets.US_ASCII));
      return input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String hs256(String payloadJson) {
    return token("HS256", payloadJson, hmac(SECRET));
  }

  static String b64(String text) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  /** A config from PostgREST keys, with an anonymous role and the test secret unless overridden. */
  static AppConfig config(String... keyValues) {
    Map<String, String> values = new HashMap<>();
    values.put("db-anon-role", "web_anon");
    values.put("jwt-secret", SECRET);
    for (int i = 0; i < keyValues.length; i += 2) {
      values.put(keyValues[i], keyValues[i + 1]);
    }
    values.values().removeIf(v -> v == null);
    return AppConfig.load(key -> Optional.ofNullable(values.get(key)), Map.of());
  }

  static JwtVerifier verifier(String... keyValues) {
    return new JwtVerifier(config(keyValues), fixedClock());
  }

  static Clock fixedClock() {
    return Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC);
  }

  /** A clock tests can move, for cached tokens that expire. */
  static final class MovableClock extends Clock {
    private volatile Instant now = Instant.ofEpochSecond(NOW);

    void advanceSeconds(long seconds) {
      now = now.plusSeconds(seconds);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
