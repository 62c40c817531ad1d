package io.restgres.it;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A small HTTP client for the integration tests, bound to the deployed server's loopback port. A
 * body goes as {@code application/json} unless the request names its Content-Type; a client of
 * {@link #profile} sends the schema's Accept-Profile and Content-Profile unless the request names them.
 */
public final class Http {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final String base;
  private final List<String> defaults;

  /** Payara reports its eth0 address; the listener is bound to loopback (server-config/pre-boot). */
  public Http(URL deployed) {
    this("http://127.0.0.1:" + deployed.getPort(), List.of());
  }

  /** The admin server of the deployment (PGRST_ADMIN_SERVER_PORT, set by the pom). */
  public static Http admin() {
    return new Http("http://127.0.0.1:" + System.getProperty("it.admin.port"), List.of());
  }

  private Http(String base, List<String> defaults) {
    this.base = base;
    this.defaults = defaults;
  }

  /** A client whose requests go to this schema. */
  public Http profile(String schema) {
    return new Http(base, List.of("Accept-Profile", schema, "Content-Profile", schema));
  }

  public Response get(String path, String... headers) {
    return send("GET", path, null, headers);
  }

  public Response send(String method, String path, String body, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + escape(path))).timeout(Duration.ofSeconds(30));
    List<String> all = new ArrayList<>(List.of(headers));
    addUnlessNamed(all, defaults);
    if (body != null) {
      addUnlessNamed(all, List.of("Content-Type", "application/json"));
    }
    for (int i = 0; i < all.size(); i += 2) {
      b.header(all.get(i), all.get(i + 1));
    }
    b.method(method, body == null
        ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    try {
      HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(r.statusCode(), r.headers(), r.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void addUnlessNamed(List<String> headers, List<String> defaults) {
    for (int d = 0; d < defaults.size(); d += 2) {
      boolean named = false;
      for (int i = 0; i < headers.size(); i += 2) {
        named |= headers.get(i).equalsIgnoreCase(defaults.get(d));
      }
      if (!named) {
        headers.addAll(defaults.subList(d, d + 2));
      }
    }
  }

  // Characters java.net.URI refuses are sent percent-encoded, as a browser or curl would.
  private static String escape(String path) {
    StringBuilder b = new StringBuilder();
    for (byte x : path.getBytes(StandardCharsets.UTF_8)) {
      int c = x & 0xff;
      if (c > 0x20 && c < 0x7f && "{}[]^\"<>|\\`".indexOf(c) < 0) {
        b.append((char) c);
      } else {
        b.append('%').append(String.format("%02X", c));
      }
    }
    return b.toString();
  }

  /** Status, headers and body of one response. */
  public record Response(int status, java.net.http.HttpHeaders headers, String body) {
    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }
  }
}
