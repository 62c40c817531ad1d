package io.restgres.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;

/**
 * The signing keys an identity provider publishes as a JWKS at {@code jwt-jwks-url} (Keycloak's
 * {@code …/protocol/openid-connect/certs}, Auth0's {@code /.well-known/jwks.json}, Entra ID's
 * {@code …/discovery/v2.0/keys}). PostgREST has no such setting (PostgREST#1130). The set is
 * fetched on first use and kept for {@link #TTL}. A token whose {@code kid} no key has triggers an
 * early refetch, so key rotation needs no restart, but at most once per {@link #MIN_REFRESH}, so
 * that made-up {@code kid}s cannot turn the server into a load generator against the provider. A
 * failed fetch keeps the keys already known. Thread-safe; only one fetch runs at a time.
 */
final class RemoteJwks {
  static final Duration TTL = Duration.ofMinutes(5);
  static final Duration MIN_REFRESH = Duration.ofSeconds(30);
  static final int MAX_BYTES = 1 << 20;
  private static final Duration TIMEOUT = Duration.ofSeconds(5);
  private static final Logger LOG = Logger.getLogger(RemoteJwks.class.getName());

  /** The keys of the last successful fetch, and when to fetch again. */
  private record Snapshot(List<VerificationKey> keys, Instant expires, boolean attempted) {}

  private final URI uri;
  private final HttpClient client;
  private final Clock clock;
  private final ReentrantLock loading = new ReentrantLock();
  private volatile Snapshot current = new Snapshot(List.of(), Instant.MIN, false);
  private Instant nextRefresh = Instant.MIN;

  RemoteJwks(URI uri, Clock clock) {
    this.uri = uri;
    this.clock = clock;
    this.client = HttpClient.newBuilder()
        .connectTimeout(TIMEOUT)
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }

  /** The current keys, fetched first when they are older than {@link #TTL}. */
  List<VerificationKey> keys() {
    Snapshot s = current;
    if (clock.instant().isBefore(s.expires())) {
      return s.keys();
    }
    // While one request refetches, the others keep using the keys they have, unless there are none yet.
    if (s.attempted() && !loading.tryLock()) {
      return s.keys();
    } else if (!s.attempted()) {
      loading.lock();
    }
    try {
      if (clock.instant().isBefore(current.expires())) {
        return current.keys();
      }
      load();
      return current.keys();
    } finally {
      loading.unlock();
    }
  }

  /** The keys after a refetch for an unknown {@code kid}, or the current ones if one ran recently. */
  List<VerificationKey> refreshed() {
    loading.lock();
    try {
      Instant now = clock.instant();
      if (now.isBefore(nextRefresh)) {
        return current.keys();
      }
      nextRefresh = now.plus(MIN_REFRESH);
      load();
      return current.keys();
    } finally {
      loading.unlock();
    }
  }

  private void load() {
    Instant now = clock.instant();
    try {
      List<VerificationKey> keys = parse(fetch());
      current = new Snapshot(keys, now.plus(TTL), true);
      LOG.fine(() -> "jwt-jwks-url: " + keys.size() + " keys from " + uri);
    } catch (IOException | ParseException e) {
      LOG.warning("jwt-jwks-url: cannot use " + uri + ": " + e.getMessage());
      // keep the keys we have; try again after MIN_REFRESH rather than on every request
      current = new Snapshot(current.keys(), now.plus(MIN_REFRESH), true);
    }
  }

  private String fetch() throws IOException {
    HttpRequest request = HttpRequest.newBuilder(uri)
        .timeout(TIMEOUT)
        .header("Accept", "application/json, application/jwk-set+json")
        .GET()
        .build();
    HttpResponse<InputStream> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    try (InputStream in = response.body()) {
      if (response.statusCode() != 200) {
        throw new IOException("HTTP status " + response.statusCode());
      }
      byte[] body = in.readNBytes(MAX_BYTES + 1);
      if (body.length > MAX_BYTES) {
        throw new IOException("the JWKS is larger than " + MAX_BYTES + " bytes");
      }
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /**
   * The usable keys of a JWKS. Symmetric keys are refused: a provider publishes public keys, and an
   * HMAC secret served over HTTP would let anyone who can read it sign tokens.
   */
  private List<VerificationKey> parse(String json) throws ParseException {
    List<VerificationKey> keys = new ArrayList<>();
    for (JWK jwk : JWKSet.parse(json).getKeys()) {
      if (jwk instanceof OctetSequenceKey) {
        LOG.warning("jwt-jwks-url: ignoring the symmetric key " + jwk.getKeyID());
        continue;
      }
      try {
        Optional<VerificationKey> key = VerificationKey.fromJwk(jwk);
        key.ifPresent(keys::add);
      } catch (JOSEException e) {
        LOG.warning("jwt-jwks-url: ignoring the key " + jwk.getKeyID() + ": " + e.getMessage());
      }
    }
    return List.copyOf(keys);
  }
}
