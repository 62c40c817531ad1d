package io.restgres.auth;

import static io.restgres.auth.JwtFixtures.SECRET;
import static io.restgres.auth.JwtFixtures.hmac;
import static io.restgres.auth.JwtFixtures.nimbus;
import static io.restgres.auth.JwtFixtures.token;
import static io.restgres.auth.JwtFixtures.tokenWithKid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.sun.net.httpserver.HttpServer;
import io.restgres.config.ConfigException;
import io.restgres.error.ApiException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code jwt-jwks-url} against a JWKS served by a local HTTP server, with a clock the test moves. */
class RemoteJwksTest {
  static final String AUTHOR = "{\"role\":\"author\"}";
  static RSAKey key1;
  static RSAKey key2;

  private HttpServer server;
  private final AtomicInteger hits = new AtomicInteger();
  private volatile int status = 200;
  private volatile String body = "";
  private JwtFixtures.MovableClock clock;

  @BeforeAll
  static void keys() throws Exception {
    key1 = new RSAKeyGenerator(2048).keyID("key1").generate();
    key2 = new RSAKeyGenerator(2048).keyID("key2").generate();
  }

  @BeforeEach
  void serve() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/jwks", exchange -> {
      hits.incrementAndGet();
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    });
    server.start();
    clock = new JwtFixtures.MovableClock();
    publish(key1);
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void publish(JWK... keys) {
    body = new JWKSet(List.of(keys)).toString();
  }

  private URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/jwks");
  }

  private RemoteJwks jwks() {
    return new RemoteJwks(url(), clock);
  }

  private JwtVerifier verifier(String... more) {
    String[] keyValues = new String[more.length + 4];
    keyValues[0] = "jwt-jwks-url";
    keyValues[1] = url().toString();
    keyValues[2] = "jwt-cache-max-entries";
    keyValues[3] = "0";
    System.arraycopy(more, 0, keyValues, 4, more.length);
    return new JwtVerifier(JwtFixtures.config(keyValues), clock);
  }

  private static String signed(RSAKey key, String kid) throws Exception {
    return "Bearer " + tokenWithKid("RS256", kid, AUTHOR, nimbus(new RSASSASigner(key)));
  }

  private static List<String> kids(List<VerificationKey> keys) {
    return keys.stream().map(k -> k.kid().orElse("")).toList();
  }

  @Test
  void keys_fetchedOnFirstUse_thenCachedForTheTtl() {
    RemoteJwks jwks = jwks();
    assertEquals(0, hits.get());
    assertEquals(List.of("key1"), kids(jwks.keys()));
    assertEquals(List.of("key1"), kids(jwks.keys()));
    assertEquals(1, hits.get());
    publish(key1, key2);
    clock.advanceSeconds(RemoteJwks.TTL.toSeconds() - 1);
    assertEquals(List.of("key1"), kids(jwks.keys()));
    clock.advanceSeconds(1);
    assertEquals(List.of("key1", "key2"), kids(jwks.keys()));
    assertEquals(2, hits.get());
  }

  @Test
  void refreshed_isRateLimited() {
    RemoteJwks jwks = jwks();
    jwks.keys();
    publish(key1, key2);
    assertEquals(List.of("key1", "key2"), kids(jwks.refreshed()));
    assertEquals(2, hits.get());
    publish(key2);
    clock.advanceSeconds(RemoteJwks.MIN_REFRESH.toSeconds() - 1);
    assertEquals(List.of("key1", "key2"), kids(jwks.refreshed()));
    assertEquals(2, hits.get());
    clock.advanceSeconds(1);
    assertEquals(List.of("key2"), kids(jwks.refreshed()));
    assertEquals(3, hits.get());
  }

  @ParameterizedTest
  @ValueSource(strings = {"500", "not json", "{\"no\":\"keys\"}", "huge"})
  void failedFetch_keepsTheKeys_andWaitsBeforeTryingAgain(String failure) {
    RemoteJwks jwks = jwks();
    jwks.keys();
    if (failure.equals("500")) {
      status = 500;
    } else if (failure.equals("huge")) {
      body = "{\"keys\":[],\"x\":\"" + "x".repeat(RemoteJwks.MAX_BYTES) + "\"}";
    } else {
      body = failure;
    }
    clock.advanceSeconds(RemoteJwks.TTL.toSeconds());
    assertEquals(List.of("key1"), kids(jwks.keys()));
    assertEquals(2, hits.get());
    clock.advanceSeconds(RemoteJwks.MIN_REFRESH.toSeconds() - 1);
    assertEquals(List.of("key1"), kids(jwks.keys()));
    assertEquals(2, hits.get());
    clock.advanceSeconds(1);
    jwks.keys();
    assertEquals(3, hits.get());
  }

  @Test
  void unreachableProvider_noKeys() {
    server.stop(0);
    assertEquals(List.of(), jwks().keys());
  }

  @Test
  void symmetricKeys_areIgnored() {
    publish(new OctetSequenceKey.Builder(SECRET.getBytes(StandardCharsets.UTF_8)).keyID("oct").build(), key1);
    assertEquals(List.of("key1"), kids(jwks().keys()));
  }

  @Test
  void verifier_checksTokensAgainstThePublishedKeys() throws Exception {
    JwtVerifier v = verifier();
    assertEquals("author", v.authenticate(signed(key1, "key1")).role());
    ApiException e = assertThrows(ApiException.class, () -> v.authenticate(signed(key2, "key1")));
    assertEquals("None of the keys was able to decode the JWT", e.details());
  }

  @Test
  void verifier_unknownKid_refetchesOnce_forKeyRotation() throws Exception {
    JwtVerifier v = verifier();
    v.authenticate(signed(key1, "key1"));
    publish(key1, key2);
    assertEquals("author", v.authenticate(signed(key2, "key2")).role());
    assertEquals(2, hits.get());
    ApiException e = assertThrows(ApiException.class, () -> v.authenticate(signed(key2, "key3")));
    assertEquals("PGRST301", e.code());
    assertEquals("No suitable key was found to decode the JWT", e.details());
    assertEquals(2, hits.get(), "a second unknown kid within MIN_REFRESH fetches nothing");
  }

  @Test
  void verifier_knownKidOrNoKid_neverRefetches() throws Exception {
    JwtVerifier v = verifier("jwt-secret", SECRET);
    assertEquals("author", v.authenticate("Bearer " + token("HS256", AUTHOR, hmac(SECRET))).role());
    assertThrows(ApiException.class,
        () -> v.authenticate("Bearer " + token("RS256", AUTHOR, nimbus(new RSASSASigner(key2)))));
    assertThrows(ApiException.class, () -> v.authenticate(signed(key2, "key1")));
    assertEquals(1, hits.get());
  }

  @Test
  void jwksUrlAlone_isEnoughForTokens() throws Exception {
    JwtVerifier v = new JwtVerifier(JwtFixtures.config("jwt-secret", null, "jwt-jwks-url", url().toString()), clock);
    assertEquals("author", v.authenticate(signed(key1, "key1")).role());
    assertEquals("web_anon", v.authenticate(null).role());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://idp/jwks", "/relative", "http://", "not a url"})
  void jwksUrl_mustBeHttp(String url) {
    ConfigException e = assertThrows(ConfigException.class, () -> JwtFixtures.config("jwt-jwks-url", url));
    assertTrue(e.getMessage().startsWith("jwt-jwks-url must be an http or https URL"), e.getMessage());
  }

  @Test
  void optionalUnused() {
    assertEquals(Optional.empty(), JwtFixtures.config().jwtJwksUrl());
  }
}
