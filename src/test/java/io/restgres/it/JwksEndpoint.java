package io.restgres.it;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An identity provider's JWKS endpoint, served by the test JVM on 127.0.0.1 at the port the pom
 * reserves ({@code it.jwks.port}) and gives the server as {@code PGRST_JWT_JWKS_URL}. Started once
 * per run; tests sign tokens with its keys and rotate the published set.
 */
public final class JwksEndpoint implements BeforeAllCallback {
  private static final AtomicInteger HITS = new AtomicInteger();
  private static volatile String published = "{\"keys\":[]}";

  @Override
  public void beforeAll(ExtensionContext context) {
    context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(JwksEndpoint.class, k -> start(), Running.class);
  }

  private static Running start() {
    try {
      int port = Integer.parseInt(System.getProperty("it.jwks.port", "55440"));
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
      server.createContext("/jwks", exchange -> {
        HITS.incrementAndGet();
        byte[] body = published.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/jwk-set+json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      });
      server.start();
      return new Running(server);
    } catch (IOException e) {
      throw new IllegalStateException("JWKS endpoint did not start", e);
    }
  }

  /** A new RSA key with this {@code kid}, not yet published. */
  public static RSAKey newKey(String kid) {
    try {
      return new RSAKeyGenerator(2048).keyID(kid).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Replaces the published set with the public halves of these keys. */
  public static void publish(RSAKey... keys) {
    published = new JWKSet(List.of(keys)).toPublicJWKSet().toString();
  }

  /** How many times the server fetched the set. */
  public static int hits() {
    return HITS.get();
  }

  /** An RS256 token with the key's {@code kid} in its header. */
  public static String sign(RSAKey key, JWTClaimsSet claims) {
    try {
      SignedJWT jwt = new SignedJWT(
          new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Stops the endpoint when the test run ends. */
  record Running(HttpServer server) implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      server.stop(0);
    }
  }
}
