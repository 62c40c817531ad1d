package io.restgres.reliability;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The reliability run ({@code mvn -Preliability -DskipTests package exec:java}, README "Reliability"):
 * starts the server on the demo database and puts it through a seeded fuzzer, a JWT attack set,
 * schema reloads, a database restart and a SIGKILL under load, then prints a summary table. Exits 1
 * when a check fails. Settings: {@code -Dreliability.seed}, {@code -Dreliability.requests},
 * {@code -Dreliability.threads}.
 */
public final class Reliability {
  private static final long SEED = Long.getLong("reliability.seed", 20261207L);
  private static final long REQUESTS = Long.getLong("reliability.requests", 100_000L);
  private static final int THREADS = Integer.getInteger("reliability.threads", 8);

  // Payara refuses these paths with an empty 400 before any application code runs (README, "What
  // differs from PostgREST"): an encoded NUL or backslash, or a path that leaves the root.
  private static final java.util.regex.Pattern CONTAINER_REFUSED =
      java.util.regex.Pattern.compile("^/[^?]*(%00|%5c|%2e%2e|\\.\\.%2f)", java.util.regex.Pattern.CASE_INSENSITIVE);

  private final List<String[]> rows = new ArrayList<>();
  private boolean failed;

  private Reliability() {}

  public static void main(String[] args) throws Exception {
    Path project = Path.of(System.getProperty("restgres.project", ".")).toAbsolutePath().normalize();
    Path work = project.resolve("target/reliability");
    Reliability run = new Reliability();
    System.out.println("reliability: seed " + SEED + ", " + REQUESTS + " fuzz requests, " + THREADS
        + " threads; server log in " + work.resolve("server.log"));
    try (Stack stack = Stack.start(project, work)) {
      run.all(stack);
    }
    String table = run.table();
    System.out.println(table);
    Files.writeString(work.resolve("summary.md"), table, StandardCharsets.UTF_8);
    System.exit(run.failed ? 1 : 0);
  }

  private void all(Stack stack) throws Exception {
    Http http = new Http(stack.base());
    fixtures(stack, http);
    String canary = canary(stack);
    long rssStart = stack.rssMib();

    List<JwtAttacks.Outcome> attacks = JwtAttacks.run(http);
    long refused = attacks.stream().filter(JwtAttacks.Outcome::passed).count();
    row("JWT attack set", refused + "/" + attacks.size() + " refused with PostgREST's status and code", refused == attacks.size());
    attacks.stream().filter(o -> !o.passed()).forEach(o -> System.out.println("  JWT " + o.attack().name() + ": got "
        + o.status() + " " + o.code() + ", expected " + o.attack().status() + " " + o.attack().code()));

    Faults faults = new Faults(stack, http);
    Faults.Figures roles = faults.roleLeak(THREADS, 20_000);
    row("Role isolation (randomised concurrency)", roles.requests() + " requests, " + roles.failures() + " answered with another role or sub",
        roles.failures() == 0 && roles.requests() > 0);
    note(roles.detail());

    Faults.Figures reloads = faults.reloads(THREADS, 15_000);
    row("Schema reload every 100 ms under load", reloads.requests() + " requests, " + reloads.failures() + " failed ("
        + reloads.detail().split(";")[0] + ")", reloads.failures() == 0 && reloads.requests() > 0);
    note(reloads.detail());

    Faults.Restart restart = faults.restartUnderLoad(THREADS, 2000);
    row("Database restart under load (2 s down)", restart.acknowledged() + " acknowledged batches: " + restart.missing()
        + " missing, " + restart.partial() + " half-written", restart.missing() == 0 && restart.partial() == 0);
    row("  after the database is back", restart.requestsAfterUp() + " requests, " + restart.failedAfterUp() + " failed",
        restart.failedAfterUp() == 0);
    row("  server log during the outage", restart.logLines() + " lines, " + restart.logBytes() + " bytes", restart.logLines() <= 10);

    fuzz(stack, http, rssStart);
    String canaryAfter = canary(stack);
    row("Injection canary table", canary.equals(canaryAfter) ? "untouched (" + canary + ")" : "CHANGED: " + canaryAfter,
        canary.equals(canaryAfter));

    Faults.Kill kill = faults.killDuringBulkWrites(THREADS / 2);
    row("kill -9 during bulk writes (50-row batches)", kill.batches() + " batches sent, " + kill.acknowledged()
        + " acknowledged: " + kill.partial() + " partial, " + kill.missing() + " acknowledged but missing",
        kill.partial() == 0 && kill.missing() == 0);
  }

  private void fuzz(Stack stack, Http http, long rssStart) throws Exception {
    Fuzzer fuzzer = new Fuzzer(SEED, Tokens.forRole("api_data_producer", "fuzz"), Tokens.forRole("api_anon", "fuzz"));
    AtomicLong next = new AtomicLong();
    AtomicLong done = new AtomicLong();
    AtomicLong server = new AtomicLong();
    AtomicLong asPostgrest = new AtomicLong();
    AtomicLong container = new AtomicLong();
    Map<String, AtomicLong> serverCodes = new java.util.concurrent.ConcurrentHashMap<>();
    AtomicLong shape = new AtomicLong();
    AtomicLong leak = new AtomicLong();
    AtomicLong clientErrors = new AtomicLong();
    AtomicLong peak = new AtomicLong(rssStart);
    ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();
    long started = System.nanoTime();
    try (Load load = Load.start(THREADS, t -> {
      long i = next.getAndIncrement();
      if (i >= REQUESTS) {
        Faults.sleep(20);
        return;
      }
      Fuzzer.Request req = fuzzer.request(i);
      Http.Result res = http.send(req.method(), req.path(), req.headers(), req.body());
      done.incrementAndGet();
      String problem = null;
      if (res.is5xx()) {
        String code = Http.errorCodeOf(res.body()).stream().findFirst().orElse("-");
        serverCodes.computeIfAbsent(res.status() + " " + code, k -> new AtomicLong()).incrementAndGet();
        if (isPostgrestSqlState(code, res.body())) {
          asPostgrest.incrementAndGet();
        } else {
          server.incrementAndGet();
          problem = "5xx";
        }
      } else if (res.status() >= 400) {
        clientErrors.incrementAndGet();
        if (res.status() == 400 && res.body().isEmpty() && CONTAINER_REFUSED.matcher(req.path()).find()) {
          container.incrementAndGet();
        } else if (!req.method().equals("HEAD") && !Http.isErrorBody(res.body())) {
          shape.incrementAndGet();
          problem = "not an error body";
        }
      }
      if (Http.leaks(res.body())) {
        leak.incrementAndGet();
        problem = "leak";
      }
      if (problem != null && samples.size() < 12) {
        samples.add(problem + " #" + i + " " + res.status() + " " + req + " -> "
            + res.body().substring(0, Math.min(300, res.body().length())) + (res.failure() == null ? "" : " " + res.failure()));
      }
    })) {
      while (done.get() < REQUESTS) {
        peak.accumulateAndGet(stack.rssMib(), Math::max);
        Faults.sleep(500);
      }
    }
    long seconds = Math.max(1, (System.nanoTime() - started) / 1_000_000_000L);
    long rssEnd = stack.rssMib();
    row("Fuzzer: responses 5xx", done.get() + " requests in " + seconds + " s (seed " + SEED + "): " + server.get() + " 5xx",
        server.get() == 0);
    row("Fuzzer: 5xx that PostgREST answers too (the database's SQLSTATE)", asPostgrest.get() + " " + serverCodes, true);
    row("Fuzzer: 4xx with PostgREST's error body", (clientErrors.get() - shape.get() - container.get()) + "/" + clientErrors.get()
        + " (+ " + container.get() + " empty 400s of Payara for paths leaving the root or with an encoded NUL or backslash, README)",
        shape.get() == 0);
    row("Fuzzer: SQL text or stack trace in a body", String.valueOf(leak.get()), leak.get() == 0);
    long heap = 512;
    row("Fuzzer: server RSS (MiB)", "start " + rssStart + ", peak " + peak.get() + ", end " + rssEnd + " (heap -Xmx" + heap
        + "m; bound heap + 512)", peak.get() <= heap + 512);
    samples.forEach(s -> System.out.println("  " + s));
  }

  // The canary the fuzzer aims its injections at, and a function that tells who the database
  // thinks the caller is; the API roles may read the one and call the other, nothing more.
  private static void fixtures(Stack stack, Http http) throws Exception {
    try (Connection c = stack.superuser(); Statement st = c.createStatement()) {
      st.execute("create table if not exists api.reliability_canary (id int primary key, note text not null)");
      st.execute("insert into api.reliability_canary values (1, 'canary one'), (2, 'canary two') on conflict do nothing");
      st.execute("grant select on api.reliability_canary to api_anon, api_data_producer");
      st.execute("create or replace function api.reliability_whoami() returns json language sql stable as $$ "
          + "select json_build_object('role', current_user, 'sub', current_setting('request.jwt.claims', true)::json->>'sub') $$");
      st.execute("notify pgrst, 'reload schema'");
    }
    for (int i = 0; i < 300; i++) {
      if (http.get("/rpc/reliability_whoami", Map.of()).status() == 200) {
        return;
      }
      Faults.sleep(100);
    }
    throw new IllegalStateException("the reliability fixtures did not appear in the schema cache");
  }

  private static String canary(Stack stack) throws Exception {
    try (Connection c = stack.superuser(); Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("select count(*) || ' rows, md5 ' || left(md5(string_agg(id || ':' || note, ',' order by id)), 12)"
             + " from api.reliability_canary")) {
      rs.next();
      return rs.getString(1);
    }
  }

  // A PostgreSQL error that PostgREST also answers with a 5xx (mapSQLtoHTTP, which PgErrorStatus
  // follows and PgErrorStatusTest pins), such as 55000 for a DELETE on a view PostgreSQL cannot
  // update: that status is PostgREST's wire behaviour.
  private static boolean isPostgrestSqlState(String code, String body) {
    jakarta.json.JsonObject o = Http.object(body);
    return code.length() == 5 && !code.startsWith("PGRST") && o != null
        && io.restgres.db.PgErrorStatus.of(code, o.getString("message", ""), true) >= 500;
  }

  private void row(String check, String figure, boolean pass) {
    rows.add(new String[] {check, figure, pass ? "pass" : "FAIL"});
    failed |= !pass;
    System.out.println((pass ? "  pass  " : "  FAIL  ") + check + ": " + figure);
  }

  private static void note(String detail) {
    if (!detail.isBlank() && detail.contains("|") || detail.matches(".*\\d{3} .*")) {
      System.out.println("    " + detail);
    }
  }

  private String table() {
    StringBuilder b = new StringBuilder("\n| check | figure | result |\n|---|---|---|\n");
    for (String[] r : rows) {
      b.append("| ").append(r[0]).append(" | ").append(r[1]).append(" | ").append(r[2]).append(" |\n");
    }
    return b.toString();
  }
}
