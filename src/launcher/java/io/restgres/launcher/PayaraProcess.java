package io.restgres.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Payara Micro running the WAR at {@code /}, as a child process with its own runtime directory. */
final class PayaraProcess {
  private final Process process;
  private final Path rootDir;

  private PayaraProcess(Process process, Path rootDir) {
    this.process = process;
    this.rootDir = rootDir;
  }

  static PayaraProcess start(Path projectDir, int port, Map<String, String> env) throws IOException {
    Path target = projectDir.resolve("target");
    Path rootDir = target.resolve("payara-root");
    Files.createDirectories(rootDir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(List.of(env.getOrDefault("RESTGRES_JAVA_OPTS", "-Xms128m -Xmx512m").trim().split("\\s+")));
    cmd.addAll(List.of(
        "-jar", target.resolve("payara-micro.jar").toString(),
        "--deploy", target.resolve("restgres.war").toString(),
        "--contextroot", "/",
        "--port", String.valueOf(port),
        "--nocluster",
        "--disablephonehome",
        "--rootdir", rootDir.toString(),
        "--prebootcommandfile", projectDir.resolve("server-config/pre-boot.asadmin").toString(),
        "--postbootcommandfile", projectDir.resolve("server-config/post-boot.asadmin").toString()));
    ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
    pb.environment().putAll(env);
    return new PayaraProcess(pb.start(), rootDir);
  }

  /**
   * Polls {@code url} until it answers 200. A 503 {@code PGRST002} means the server is up and
   * retrying its database by itself (no schema cache yet): from then on it is waited for as long as
   * it runs, and {@code timeout} no longer applies. False if the process died or time ran out.
   */
  boolean awaitReady(String url, Duration timeout) throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + timeout.toNanos();
    boolean waitingForDatabase = false;
    while ((waitingForDatabase || System.nanoTime() < deadline) && process.isAlive()) {
      try {
        HttpResponse<Void> r = client.send(
            HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
            HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          return true;
        }
        boolean noSchemaCache = r.headers().firstValue("Proxy-Status").orElse("").contains("PGRST002");
        if (noSchemaCache && !waitingForDatabase) {
          System.out.println("restgres: the server is up and waiting for its database (503 PGRST002); it retries by itself");
          waitingForDatabase = true;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(waitingForDatabase ? 1000 : 250);
    }
    return false;
  }

  int waitFor() throws InterruptedException {
    return process.waitFor();
  }

  /** SIGTERM, then SIGKILL after 20 s; then removes the runtime directory (it holds domain.xml). */
  void stop() {
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    FileTrees.delete(rootDir);
  }
}
