package io.restgres.admin;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/**
 * Requests served on the API port, by method and status: a count and a latency histogram in
 * seconds. Recording is lock-free (one map lookup and a few adders), so it stays on for every
 * request.
 */
@ApplicationScoped
public class RequestMetrics {
  /** Upper bounds of the latency buckets, in seconds (Prometheus client defaults). */
  static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

  // any other method counts as OTHER: a client must not be able to add series at will
  private static final Set<String> METHODS =
      Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE");

  private record Key(String method, int status) {}

  private static final class Histogram {
    final LongAdder[] counts = new LongAdder[BUCKETS.length];
    final LongAdder count = new LongAdder();
    final DoubleAdder sum = new DoubleAdder();

    Histogram() {
      for (int i = 0; i < counts.length; i++) {
        counts[i] = new LongAdder();
      }
    }
  }

  private final Map<Key, Histogram> series = new ConcurrentHashMap<>();

  /** One request that took {@code nanos}. */
  void record(String method, int status, long nanos) {
    Key key = new Key(METHODS.contains(method) ? method : "OTHER", status);
    Histogram h = series.computeIfAbsent(key, k -> new Histogram());
    double seconds = nanos / 1e9;
    for (int i = 0; i < BUCKETS.length; i++) {
      if (seconds <= BUCKETS[i]) {
        h.counts[i].increment();
        break;
      }
    }
    h.count.increment();
    h.sum.add(seconds);
  }

  void writeTo(PrometheusText out) {
    var keys = series.keySet().stream()
        .sorted(Comparator.comparing(Key::method).thenComparingInt(Key::status)).toList();
    out.family("restgres_http_requests_total", "counter", "Requests served on the API port, by method and status");
    for (Key k : keys) {
      out.sample("restgres_http_requests_total", series.get(k).count.sum(), "method", k.method(),
          "status", String.valueOf(k.status()));
    }
    String name = "restgres_http_request_duration_seconds";
    out.family(name, "histogram", "Time from the request's arrival to the end of its response, in seconds");
    for (Key k : keys) {
      Histogram h = series.get(k);
      String status = String.valueOf(k.status());
      long cumulative = 0;
      for (int i = 0; i < BUCKETS.length; i++) {
        cumulative += h.counts[i].sum();
        out.sample(name + "_bucket", cumulative, "method", k.method(), "status", status,
            "le", PrometheusText.le(BUCKETS[i]));
      }
      long count = h.count.sum();
      out.sample(name + "_bucket", count, "method", k.method(), "status", status, "le", "+Inf");
      out.sample(name + "_sum", h.sum.sum(), "method", k.method(), "status", status);
      out.sample(name + "_count", count, "method", k.method(), "status", status);
    }
  }
}
