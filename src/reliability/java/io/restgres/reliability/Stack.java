package io.restgres.reliability;

import io.restgres.launcher.DemoDatabase;
import io.restgres.launcher.PayaraProcess;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The system under test: the demo database (embedded PostgreSQL 17 with liquibase/) and Restgres on
 * Payara Micro, started as the run command starts them, with the hooks the faults need: a database
 * restart, a SIGKILL of the server, and the server's resident memory.
 */
final class Stack implements AutoCloseable {
  static final String SECRET = "reliability-secret-reliability-secret-0123";
  static final String AUDIENCE = "restgres-reliability";

  private final Path project;
  private final Path logFile;
  private final DemoDatabase db;
  private final Path dataDir;
  private PayaraProcess payara;
  private int port;

  private Stack(Path project, Path logFile, DemoDatabase db, Path dataDir) {
    this.project = project;
    this.logFile = logFile;
    this.db = db;
    this.dataDir = dataDir;
  }

  static Stack start(Path project, Path workDir) throws Exception {
    Files.createDirectories(workDir);
    Files.deleteIfExists(workDir.resolve("server.log"));
    Files.deleteIfExists(workDir.resolve("postgres.log"));
    Path dataParent = project.resolve("target/reliability-pg");
    DemoDatabase db = DemoDatabase.start(freePort(), dataParent, project.resolve("liquibase").toFile(), "demo",
        "reliability-" + System.nanoTime());
    Stack s = new Stack(project, workDir.resolve("server.log"), db, dataParent.resolve("data"));
    s.startServer();
    return s;
  }

  void startServer() throws Exception {
    port = freePort();
    Map<String, String> env = new HashMap<>(System.getenv());
    env.put("PGRST_DB_URI", db.authenticatorUri());
    env.put("PGRST_DB_SCHEMAS", "api");
    env.put("PGRST_DB_ANON_ROLE", "api_anon");
    env.put("PGRST_JWT_SECRET", SECRET);
    env.put("PGRST_JWT_AUD", AUDIENCE);
    env.putIfAbsent("PGRST_DB_POOL", "10");
    env.putIfAbsent("PGRST_DB_POOL_ACQUISITION_TIMEOUT", "10");
    env.put("RESTGRES_LISTEN_ADDRESS", "127.0.0.1");
    // Payara's output goes to the log file; the report keeps the console
    PrintStream out = System.out;
    PrintStream err = System.err;
    PrintStream log = new PrintStream(Files.newOutputStream(logFile, java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.APPEND), true, StandardCharsets.UTF_8);
    try {
      System.setOut(log);
      System.setErr(log);
      payara = PayaraProcess.start(project, port, env);
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    if (payara.awaitReady(base() + "/", s -> { }) != PayaraProcess.Outcome.READY) {
      throw new IllegalStateException("the server did not start; see " + logFile);
    }
  }

  String base() {
    return "http://127.0.0.1:" + port;
  }

  Path logFile() {
    return logFile;
  }

  Connection superuser() throws SQLException {
    return db.superuser();
  }

  /** The server's resident set in MiB, from /proc. */
  long rssMib() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + payara.pid() + "/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      // the process ended
    }
    return -1;
  }

  void killServer() throws InterruptedException {
    payara.kill();
  }

  /**
   * Stops PostgreSQL with a fast shutdown (SIGINT: clients are disconnected, as in a restart),
   * waits {@code downMillis}, and starts it again with the same command line. Returns the time
   * (System.currentTimeMillis) at which it accepted connections again.
   */
  long restartDatabase(long downMillis) throws Exception {
    long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
    List<String> cmd = new ArrayList<>();
    // zonky runs PostgreSQL in a user namespace when it runs as root, where postgres refuses to run
    if ("root".equals(System.getProperty("user.name"))) {
      cmd.addAll(List.of("unshare", "-U"));
    }
    for (String arg : new String(Files.readAllBytes(Path.of("/proc/" + pid + "/cmdline")), StandardCharsets.UTF_8)
        .split("\0")) {
      cmd.add(arg);
    }
    ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
    new ProcessBuilder("kill", "-INT", String.valueOf(pid)).inheritIO().start().waitFor();
    postmaster.onExit().get(60, TimeUnit.SECONDS);
    Thread.sleep(downMillis);
    new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.resolveSibling("postgres.log").toFile()))
        .start();
    for (int i = 0; i < 600; i++) {
      try (Connection c = superuser()) {
        return System.currentTimeMillis();
      } catch (SQLException notYet) {
        Thread.sleep(20);
      }
    }
    throw new IllegalStateException("PostgreSQL did not come back");
  }

  @Override
  public void close() throws Exception {
    if (payara != null) {
      payara.stop();
    }
    db.close();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
