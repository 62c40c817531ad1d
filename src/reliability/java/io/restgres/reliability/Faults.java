package io.restgres.reliability;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/** The fault scenarios: each returns its figures for the summary. */
final class Faults {
  private final Stack stack;
  private final Http http;
  private final String producer = Tokens.forRole("api_data_producer", "writer");
  private final AtomicLong ids = new AtomicLong();

  Faults(Stack stack, Http http) {
    this.stack = stack;
    this.http = http;
  }

  record Figures(long requests, long failures, String detail) {}

  /**
   * Randomised concurrency over three identities (no token, an anonymous token, a producer token,
   * each with its own sub); every answer of the whoami function must name the caller's role and sub.
   */
  Figures roleLeak(int threads, long millis) throws Exception {
    AtomicLong requests = new AtomicLong();
    AtomicLong leaks = new AtomicLong();
    ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();
    long end = System.currentTimeMillis() + millis;
    try (Load load = Load.start(threads, t -> {
      if (System.currentTimeMillis() > end) {
        sleep(10);
        return;
      }
      ThreadLocalRandom r = ThreadLocalRandom.current();
      String sub = UUID.randomUUID().toString();
      int who = r.nextInt(4);
      String role = who == 1 ? "api_data_producer" : "api_anon";
      Map<String, String> h = new HashMap<>();
      if (who == 1 || who == 2) {
        h.put("Authorization", "Bearer " + Tokens.forRole(role, sub));
      } else if (who == 3) {
        h.put("Authorization", "Bearer " + Tokens.forRole("api_data_producer", sub) + "x"); // bad signature
      }
      Http.Result res = r.nextBoolean() ? http.get("/rpc/reliability_whoami", h) : http.send("POST", "/rpc/reliability_whoami",
          withJson(h), "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      requests.incrementAndGet();
      String expected = who == 3 ? "401" : role + "/" + (who == 0 ? "null" : sub);
      jakarta.json.JsonObject o = Http.object(res.body());
      boolean ok = who == 3 ? res.status() == 401
          : res.status() == 200 && o != null && expected.equals(o.getString("role", "") + "/" + (o.isNull("sub") ? "null" : o.getString("sub", "")));
      if (!ok) {
        leaks.incrementAndGet();
        if (samples.size() < 5) {
          samples.add(res.status() + " " + res.body() + " expected " + expected);
        }
      }
    })) {
      while (System.currentTimeMillis() < end) {
        sleep(100);
      }
    }
    return new Figures(requests.get(), leaks.get(), String.join(" | ", samples));
  }

  /** Readers and writers while a superuser asks for a schema cache reload every 100 ms. */
  Figures reloads(int threads, long millis) throws Exception {
    AtomicLong requests = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();
    long notifies = 0;
    try (Load load = Load.start(threads, t -> {
      Http.Result res = switch (t % 3) {
        case 0 -> http.get("/portfolio_history?select=id,timestamp_s&order=id&limit=5", Map.of());
        case 1 -> http.get("/all_trades?limit=3", Map.of("Authorization", "Bearer " + producer));
        default -> http.send("POST", "/all_trades", Map.of("Authorization", "Bearer " + producer,
            "Content-Type", "application/json", "Prefer", "return=minimal"), trades("rl", 1).getBytes());
      };
      requests.incrementAndGet();
      if (res.status() >= 300) {
        failed.incrementAndGet();
        if (samples.size() < 5) {
          samples.add(res.status() + " " + res.body());
        }
      }
    }); Connection c = stack.superuser(); Statement st = c.createStatement()) {
      long end = System.currentTimeMillis() + millis;
      while (System.currentTimeMillis() < end) {
        st.execute("NOTIFY pgrst, 'reload schema'");
        notifies++;
        sleep(100);
      }
    }
    return new Figures(requests.get(), failed.get(), notifies + " reloads; " + String.join(" | ", samples));
  }

  /** The figures of a database restart under load. */
  record Restart(long acknowledged, long missing, long partial, long failedAfterUp, long requestsAfterUp,
                 long failedDuring, long logLines, long logBytes, long downMillis) {}

  /**
   * Writers insert batches of 1 to 5 trades (a ledger of what was acknowledged with 201) and readers
   * read, while PostgreSQL is stopped and started again. Then: every acknowledged row is in the
   * database, no batch is half there, and no request that started after the database accepted
   * connections again failed.
   */
  Restart restartUnderLoad(int threads, long downMillis) throws Exception {
    record Sent(long startedAt, int status, List<String> ids) {}
    ConcurrentLinkedQueue<Sent> ledger = new ConcurrentLinkedQueue<>();
    long logBefore = Files.size(stack.logFile());
    long upAt;
    try (Load load = Load.start(threads, t -> {
      long started = System.currentTimeMillis();
      if (t % 2 == 0) {
        int n = 1 + ThreadLocalRandom.current().nextInt(5);
        String prefix = "rs-" + ids.incrementAndGet();
        Http.Result res = http.send("POST", "/all_trades", Map.of("Authorization", "Bearer " + producer,
            "Content-Type", "application/json", "Prefer", "return=minimal"), trades(prefix, n).getBytes());
        ledger.add(new Sent(started, res.status(), idsOf(prefix, n)));
      } else {
        Http.Result res = http.get("/portfolio_history?select=id&limit=3", Map.of());
        ledger.add(new Sent(started, res.status(), List.of()));
      }
    })) {
      sleep(3000);
      upAt = stack.restartDatabase(downMillis);
      sleep(8000);
    }
    long logBytes = Files.size(stack.logFile()) - logBefore;
    long logLines;
    try (var lines = Files.lines(stack.logFile())) {
      // the access log's line per failed request is PostgREST's log-level=error (one per 503), not a flood
      logLines = lines.skip(countLines(logBefore)).filter(l -> l.contains("WARNING") || l.contains("SEVERE")
          || l.contains("INFO")).filter(l -> !l.contains("io.restgres.log.RequestLog")).count();
    }
    long acknowledged = 0;
    long missing = 0;
    long partial = 0;
    long failedAfter = 0;
    long after = 0;
    long failedDuring = 0;
    try (Connection c = stack.superuser();
         PreparedStatement ps = c.prepareStatement("select count(*) from private.trades where id = any(?)")) {
      for (Sent s : ledger) {
        if (s.startedAt() > upAt) {
          after++;
          failedAfter += s.status() >= 300 || s.status() == 0 ? 1 : 0;
        } else {
          failedDuring += s.status() >= 300 || s.status() == 0 ? 1 : 0;
        }
        if (s.ids().isEmpty()) {
          continue;
        }
        ps.setArray(1, c.createArrayOf("text", s.ids().toArray()));
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          long present = rs.getLong(1);
          if (s.status() == 201) {
            acknowledged++;
            missing += present == s.ids().size() ? 0 : 1;
          }
          partial += present != 0 && present != s.ids().size() ? 1 : 0;
        }
      }
    }
    return new Restart(acknowledged, missing, partial, failedAfter, after, failedDuring, logLines, logBytes, downMillis);
  }

  private long countLines(long bytes) throws java.io.IOException {
    try (var in = Files.newInputStream(stack.logFile())) {
      long lines = 0;
      for (long i = 0; i < bytes; i++) {
        int b = in.read();
        if (b == '\n') {
          lines++;
        }
      }
      return lines;
    }
  }

  /** The figures of a SIGKILL during bulk writes. */
  record Kill(long batches, long acknowledged, long partial, long missing) {}

  /** Writers post batches of 50 trades; the server is killed with SIGKILL in the middle. */
  Kill killDuringBulkWrites(int threads) throws Exception {
    int size = 50;
    ConcurrentLinkedQueue<String> sent = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<String> acked = new ConcurrentLinkedQueue<>();
    try (Load load = Load.start(threads, t -> {
      String prefix = "k9-" + ids.incrementAndGet();
      sent.add(prefix);
      Http.Result res = http.send("POST", "/all_trades", Map.of("Authorization", "Bearer " + producer,
          "Content-Type", "application/json", "Prefer", "return=minimal"), trades(prefix, size).getBytes());
      if (res.status() == 201) {
        acked.add(prefix);
      } else if (res.status() == 0) {
        sleep(50);
      }
    })) {
      sleep(4000);
      stack.killServer();
      sleep(500);
    }
    Map<String, Long> present = new HashMap<>();
    try (Connection c = stack.superuser(); Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("select split_part(id, '/', 1), count(*) from private.trades where id like 'k9-%' group by 1")) {
      while (rs.next()) {
        present.put(rs.getString(1), rs.getLong(2));
      }
    }
    long partial = present.values().stream().filter(n -> n != size).count();
    long missing = acked.stream().filter(p -> present.getOrDefault(p, 0L) != size).count();
    return new Kill(sent.size(), acked.size(), partial, missing);
  }

  private static Map<String, String> withJson(Map<String, String> h) {
    Map<String, String> m = new HashMap<>(h);
    m.put("Content-Type", "application/json");
    return m;
  }

  private static List<String> idsOf(String prefix, int n) {
    return java.util.stream.IntStream.range(0, n).mapToObj(i -> prefix + "/" + i).toList();
  }

  static String trades(String prefix, int n) {
    StringBuilder b = new StringBuilder("[");
    for (String id : idsOf(prefix + (prefix.equals("rl") ? "-" + UUID.randomUUID() : ""), n)) {
      b.append(b.length() > 1 ? "," : "").append("{\"id\":\"").append(id).append("\",\"timestamp\":1765000000000,")
          .append("\"market\":\"kraken\",\"symbol\":\"BTC/USD\",\"base_asset\":\"BTC\",\"quote_asset\":\"USD\",")
          .append("\"is_buy\":true,\"amount\":0.5,\"price\":90000,\"usd_value\":45000}");
    }
    return b.append(']').toString();
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
