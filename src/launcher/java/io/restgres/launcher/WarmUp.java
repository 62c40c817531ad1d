package io.restgres.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends the freshly started server {@link #REQUESTS} ordinary reads (or fewer, when the time budget
 * ends first) before the launcher reports it ready, so the JIT has compiled the request path (HTTP,
 * JAX-RS, parse, plan, SQL, JDBC, response) by the time clients arrive: without it, the first 10 s
 * of load ran at about a third of the warm rate. The reads are {@code GET /<first table of the
 * OpenAPI document>?limit=0}, over HTTP/1.1: the whole request path, without the cost of whatever
 * view may stand behind that table ({@code limit=1} on a million-row view took 0.5 s).
 */
final class WarmUp {
  private static final Pattern FIRST_TABLE =
      Pattern.compile("\"paths\"\\s*:\\s*\\{.*?\"(/(?!rpc/)[^\"/]+)\"\\s*:", Pattern.DOTALL);
  /** About what the C2 compiler needs to have compiled the hot path. */
  static final int REQUESTS = 8_000;
  private static final int THREADS = 4;

  private WarmUp() {}

  /** Reads until {@link #REQUESTS} were answered or {@code budget} has passed; returns how many were. */
  static int run(String base, Duration budget) throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(2)).build();
    URI uri = URI.create(firstTable(client, base).map(t -> base + t + "?limit=0").orElse(base + "/"));
    long end = System.nanoTime() + budget.toNanos();
    AtomicInteger answered = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      Thread t = new Thread(() -> {
        while (System.nanoTime() < end && answered.get() < REQUESTS && get(client, uri)) {
          answered.incrementAndGet();
        }
      }, "restgres-warm-up-" + i);
      t.setDaemon(true);
      t.start();
      threads.add(t);
    }
    for (Thread t : threads) {
      t.join(budget.toMillis() + 10_000);
    }
    return answered.get();
  }

  private static Optional<String> firstTable(HttpClient client, String base) throws InterruptedException {
    try {
      HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/"))
          .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
      Matcher m = FIRST_TABLE.matcher(r.body());
      return r.statusCode() == 200 && m.find() ? Optional.of(m.group(1)) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static boolean get(HttpClient client, URI uri) {
    try {
      return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode() < 500;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
