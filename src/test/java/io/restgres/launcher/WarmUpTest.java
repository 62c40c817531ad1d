package io.restgres.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The warm-up's reads, against a stand-in server answering sized and chunked bodies. */
class WarmUpTest {
  private static final String DOC = "{\"swagger\":\"2.0\",\"paths\":{\"/\":{},\"/rpc/f\":{},\"/Mixed Case\":{}},"
      + "\"definitions\":{\"other\":{\"properties\":{\"x\":{}}},"
      + "\"Mixed Case\":{\"required\":[\"my col\"],\"properties\":{"
      + "\"my col\":{\"description\":\"Note:\\nThis is a Primary Key.<pk/>\"},\"b\":{}}}}}";

  private final Set<String> seen = ConcurrentHashMap.newKeySet();
  private final Set<String> hosts = ConcurrentHashMap.newKeySet();
  private final AtomicInteger requests = new AtomicInteger();
  private HttpServer server;

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void readsTheFirstTableWithAKeyAndByItsKeys_likeClients_reconnectingWhenTheServerCloses() throws Exception {
    start(200);
    assertEquals(30, WarmUp.run("localhost", server.getAddress().getPort(), Duration.ofSeconds(20), 30));
    assertEquals(Set.of("/Mixed%20Case?select=my%20col&limit=16", "/Mixed%20Case?limit=0",
        "/Mixed%20Case?my%20col=not.is.null&limit=0", "/Mixed%20Case?select=my%20col&order=my%20col.desc&limit=0",
        "/Mixed%20Case?my%20col=eq.7", "/Mixed%20Case?my%20col=eq.x%20y"), seen);
    assertEquals(Set.of("localhost:" + port(), "127.0.0.1:" + port()), hosts);
  }

  @Test
  void stopsAtTheFirstServerError() throws Exception {
    start(503);
    assertEquals(0, WarmUp.run("localhost", server.getAddress().getPort(), Duration.ofSeconds(20), 30));
  }

  private int port() {
    return server.getAddress().getPort();
  }

  private void start(int status) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      String target = exchange.getRequestURI().getRawPath()
          + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
      byte[] body = (target.equals("/") ? DOC : target.endsWith("limit=16") ? "[{\"my col\":7},{\"my col\":\"x y\"}]" : "[]")
          .getBytes(StandardCharsets.UTF_8);
      if (!target.equals("/")) {
        seen.add(target);
        hosts.add(exchange.getRequestHeaders().getFirst("Host"));
      }
      // the document chunked (length 0), the reads sized
      if (requests.incrementAndGet() % 7 == 0) {
        exchange.getResponseHeaders().set("Connection", "close"); // as Payara after 250 requests
      }
      exchange.sendResponseHeaders(target.equals("/") ? 200 : status, target.equals("/") ? 0 : body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
  }
}
