package io.restgres.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Payara Micro running the WAR at {@code /}, as a child process with its own runtime directory. Public
 * for the reliability run (src/reliability), which kills it mid-write.
 */
public final class PayaraProcess {
  /** A real-time signal for the JVM's thread suspension, which otherwise takes SIGUSR2. */
  static final int SUSPEND_SIGNAL = 39;

  /**
   * JVM options of the Payara process unless {@code RESTGRES_JAVA_OPTS} replaces them, chosen for a
   * small resident set (README, "Memory footprint"): the serial collector keeps the heap near the
   * live set instead of growing toward the maximum, the young generation is capped and half of it is
   * survivor space (bodies in flight die young instead of being promoted), a full collection leaves a
   * fifth of the old generation free rather than two fifths, native memory freed by the JIT is
   * returned to the OS every 5 s (JDK 17.0.9+; older JVMs ignore the option). Hazelcast, which Payara
   * Micro starts even without clustering, is switched off in server-config/pre-boot.asadmin.
   */
  static final String DEFAULT_JAVA_OPTS = String.join(" ",
      "-Xms32m -Xmx512m -XX:+UseSerialGC -XX:MaxNewSize=40m -XX:SurvivorRatio=2 -XX:MinHeapFreeRatio=20",
      "-XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=64m",
      "-XX:+IgnoreUnrecognizedVMOptions -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=5000");

  private final Process process;
  private final Path rootDir;
  private volatile boolean booted;

  private PayaraProcess(Process process, Path rootDir) {
    this.process = process;
    this.rootDir = rootDir;
  }

  public static PayaraProcess start(Path projectDir, int port, Map<String, String> env) throws IOException {
    Path target = projectDir.resolve("target");
    Path rootDir = target.resolve("payara-root");
    Files.createDirectories(rootDir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(List.of(env.getOrDefault("RESTGRES_JAVA_OPTS", DEFAULT_JAVA_OPTS).trim().split("\\s+")));
    cmd.addAll(List.of(
        "-jar", target.resolve("payara-micro.jar").toString(),
        "--deploy", target.resolve("restgres.war").toString(),
        "--contextroot", "/",
        "--port", String.valueOf(port),
        "--nocluster",
        "--nohazelcast",
        "--disablephonehome",
        "--rootdir", rootDir.toString(),
        "--prebootcommandfile", projectDir.resolve("server-config/pre-boot.asadmin").toString(),
        "--postbootcommandfile", projectDir.resolve("server-config/post-boot.asadmin").toString()));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.INHERIT);
    pb.environment().putAll(env);
    // glibc's default of 8 malloc arenas per core holds on to freed native memory across threads
    pb.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
    // HotSpot on Linux suspends threads with SIGUSR2 (JFR's sampler); moved, SIGUSR2 is free for
    // PostgREST's "reload config" (admin/Lifecycle)
    pb.environment().putIfAbsent("_JAVA_SR_SIGNUM", Integer.toString(SUSPEND_SIGNAL));
    PayaraProcess payara = new PayaraProcess(pb.start(), rootDir);
    payara.echo(payara.process.getInputStream(), System.out);
    payara.echo(payara.process.getErrorStream(), System.err);
    return payara;
  }

  private static final Duration DEPLOY_GRACE = Duration.ofSeconds(15);
  private static final Duration SILENCE_LIMIT = Duration.ofSeconds(120);

  /** How start-up ended, as {@link #awaitReady} saw it. */
  public enum Outcome { READY, NOT_DEPLOYED, DIED }

  /**
   * Polls {@code url} until the application answers. A 503 with PostgREST's Proxy-Status means it is up
   * but waiting for its database or schema cache: its error code is reported once to {@code waiting},
   * then waited for as long as it takes, since the server keeps retrying. Ends otherwise only when the
   * process died, or when the application still does not answer {@link #DEPLOY_GRACE} after Payara
   * finished booting (it failed to deploy). The grace matters: Payara logs "ready" a moment before
   * the web module at "/" takes requests, and answers its own 404 meanwhile.
   */
  public Outcome awaitReady(String url, Consumer<String> waiting) throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    boolean reported = false;
    long bootedAt = 0;
    while (process.isAlive()) {
      // read before the request: a deployment that is over before it was sent has failed for good
      if (booted && bootedAt == 0) {
        bootedAt = System.nanoTime();
      }
      boolean bootedBefore = bootedAt != 0 && System.nanoTime() - bootedAt > DEPLOY_GRACE.toNanos();
      HttpResponse<Void> r = get(client, url);
      // every error of the application carries Proxy-Status; Payara's own 404 and 500 (while it
      // deploys) do not
      String proxyStatus = r == null ? null : r.headers().firstValue("Proxy-Status").orElse(null);
      boolean application = r != null && (r.statusCode() < 300 || proxyStatus != null);
      if (application && r.statusCode() != 503) {
        return Outcome.READY;
      }
      // no answer at all (a first request slowed by a busy machine) is not proof of a failed
      // deployment: only an answer that is not the application's, or silence for much longer
      boolean silentTooLong = r == null && bootedAt != 0 && System.nanoTime() - bootedAt > SILENCE_LIMIT.toNanos();
      if (!application && (r != null && bootedBefore || silentTooLong)) {
        return Outcome.NOT_DEPLOYED;
      }
      if (application && !reported) {
        waiting.accept(proxyStatus.substring(proxyStatus.indexOf('=') + 1));
        reported = true;
      }
      Thread.sleep(application ? 1000 : 250);
    }
    return Outcome.DIED;
  }

  private static HttpResponse<Void> get(HttpClient client, String url) throws InterruptedException {
    try {
      return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
          HttpResponse.BodyHandlers.discarding());
    } catch (IOException notYet) {
      return null;
    }
  }

  // Copies the server's output through, watching for the line Payara Micro logs once every deployment
  // has succeeded or failed ("Payara Micro 6.x (build n) ready in 12,345 (ms)").
  private void echo(InputStream from, PrintStream to) {
    Thread t = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(from, Charset.defaultCharset()))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          to.println(line);
          if (line.contains("Payara Micro") && line.contains(" ready in ")) {
            booted = true;
          }
        }
      } catch (IOException closed) {
        // the process ended
      }
    }, "payara-output");
    t.setDaemon(true);
    t.start();
  }

  int waitFor() throws InterruptedException {
    return process.waitFor();
  }

  public long pid() {
    return process.pid();
  }

  /** SIGKILL: the server gets no chance to finish or roll back anything. */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
    FileTrees.delete(rootDir);
  }

  /**
   * SIGTERM, which lets the requests in flight finish (at most 20 s, the server's Lifecycle), then
   * SIGKILL after 30 s; then removes the runtime directory (it holds domain.xml). Ctrl-C in a terminal
   * reaches the server directly too (same process group): the server drains once for both.
   */
  public void stop() {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    FileTrees.delete(rootDir);
  }
}
