package io.restgres.launcher;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.restgres.auth.JwtVerifier;
import io.restgres.config.AppConfig;
import io.restgres.config.ConfigException;
import io.restgres.config.ConfigSource;
import io.restgres.config.DbUri;
import java.io.File;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The run command ({@code mvn -q package exec:java}): serves the database of {@code PGRST_DB_URI}, or
 * when it is unset an embedded PostgreSQL 17 with the demo schema and data from {@code liquibase/}.
 * A server waiting for its database keeps running (it retries, as PostgREST does); the launcher ends
 * when the server process ends or the application fails to deploy. Ctrl-C or SIGTERM stops
 * everything it started and removes its temporary files.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) throws Exception {
    Path project = Path.of(System.getProperty("restgres.project", ".")).toAbsolutePath().normalize();
    Map<String, String> env = new HashMap<>(System.getenv());
    DemoDatabase demo = null;
    // one hook stops both, the database last: the server first finishes its requests (a SIGTERM)
    AtomicReference<PayaraProcess> server = new AtomicReference<>();
    AtomicReference<DemoDatabase> db = new AtomicReference<>();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> shutdown(server.get(), db.get(), project), "restgres-shutdown"));
    if (isBlank(env.get("PGRST_DB_URI"))) {
      demo = startDemo(project, env, db);
    }
    AppConfig config = validate(env);
    env.put("PGRST_DB_POOL", String.valueOf(config.dbPool()));
    env.put("PGRST_DB_POOL_ACQUISITION_TIMEOUT", String.valueOf(config.dbPoolAcquisitionTimeout()));
    env.put("RESTGRES_LISTEN_ADDRESS", listenAddress(config.serverHost()));
    PayaraProcess payara = PayaraProcess.start(project, config.serverPort(), env);
    server.set(payara);
    String base = "http://localhost:" + config.serverPort();
    long start = System.nanoTime();
    PayaraProcess.Outcome outcome = payara.awaitReady(base + "/", status -> System.out.println(
        "restgres: the server is up and waiting for its database (" + status + "); it keeps retrying,"
            + " see the log above"));
    if (outcome == PayaraProcess.Outcome.READY) {
      int warmUps = WarmUp.run("localhost", config.serverPort(), warmUpBudget(env), WarmUp.REQUESTS);
      System.out.println("restgres: warmed up with " + warmUps + " requests");
      printReady(base, config, demo != null ? env.get("PGRST_JWT_SECRET") : null,
          (System.nanoTime() - start) / 1_000_000);
    } else if (outcome == PayaraProcess.Outcome.NOT_DEPLOYED) {
      // Payara Micro keeps running without the application; nothing would ever answer
      System.err.println("restgres: the application failed to deploy; see the log above");
      System.exit(1);
    }
    int exit = payara.waitFor();
    if (outcome == PayaraProcess.Outcome.DIED) {
      System.err.println("restgres: the server stopped before it was ready (exit " + exit + "); see the log above");
    }
    System.exit(exit);
  }

  private static DemoDatabase startDemo(Path project, Map<String, String> env, AtomicReference<DemoDatabase> started)
      throws Exception {
    String password = randomSecret(18);
    int port = Integer.parseInt(env.getOrDefault("RESTGRES_DEMO_PG_PORT", String.valueOf(freePort())));
    System.out.println("restgres: starting embedded PostgreSQL 17 on port " + port + " with the demo schema");
    DemoDatabase demo = DemoDatabase.start(
        port, project.resolve("target/demo-pg"), project.resolve("liquibase").toFile(), "demo", password, false);
    started.set(demo);
    env.put("PGRST_DB_URI", demo.authenticatorUri());
    env.putIfAbsent("PGRST_DB_SCHEMAS", "api");
    env.putIfAbsent("PGRST_DB_ANON_ROLE", "api_anon");
    env.putIfAbsent("PGRST_JWT_SECRET", randomSecret(32));
    return demo;
  }

  private static AppConfig validate(Map<String, String> env) {
    try {
      AppConfig config = AppConfig.load(ConfigSource.ofEnv(env), Map.of());
      DbUri.parse(config.dbUri(), env);
      new JwtVerifier(config);
      return config;
    } catch (ConfigException | IllegalArgumentException e) {
      System.err.println("restgres: invalid configuration: " + e.getMessage());
      System.exit(2);
      throw e;
    }
  }

  /** {@code RESTGRES_WARMUP_SECONDS}, default 30: the most the warm-up may take; 0 skips it. */
  static Duration warmUpBudget(Map<String, String> env) {
    String s = env.getOrDefault("RESTGRES_WARMUP_SECONDS", "30").strip();
    try {
      return Duration.ofSeconds(Math.max(0, Integer.parseInt(s)));
    } catch (NumberFormatException e) {
      System.err.println("restgres: RESTGRES_WARMUP_SECONDS is not a number of seconds: " + s);
      System.exit(2);
      throw e;
    }
  }

  /** PostgREST's server-host: {@code !4}, {@code *4}, {@code *} = any IPv4; {@code !6}, {@code *6} = any IPv6. */
  static String listenAddress(String serverHost) {
    return switch (serverHost) {
      case "!4", "*4", "*" -> "0.0.0.0";
      case "!6", "*6" -> "::";
      default -> serverHost;
    };
  }

  private static void printReady(String base, AppConfig config, String demoSecret, long millis) {
    System.out.println();
    System.out.println("restgres: ready in " + millis + " ms, serving schema(s) " + config.dbSchemas());
    System.out.println("  OpenAPI:     " + base + "/");
    if (demoSecret != null) {
      System.out.println("  Try:         curl " + base + "/hello_world");
      System.out.println("               curl '" + base + "/portfolio_history?order=timestamp_s.asc'");
      System.out.println("  Producer:    TOKEN=" + producerToken(demoSecret));
    }
    System.out.println("  Stop:        Ctrl-C");
  }

  /** An HS256 token for the demo's data producer, signed with the demo's JWT secret. */
  private static String producerToken(String secret) {
    try {
      SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256),
          new JWTClaimsSet.Builder().claim("role", "api_data_producer").build());
      jwt.sign(new MACSigner(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      return jwt.serialize();
    } catch (Exception e) {
      return "(no token: " + e.getMessage() + ")";
    }
  }

  private static void shutdown(PayaraProcess payara, DemoDatabase demo, Path project) {
    if (payara != null) {
      payara.stop();
    }
    if (demo != null) {
      try {
        demo.close();
      } catch (Exception e) {
        System.err.println("restgres: stopping PostgreSQL: " + e.getMessage());
      }
      FileTrees.delete(project.resolve("target/demo-pg"));
    }
  }

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static String randomSecret(int bytes) {
    byte[] b = new byte[bytes];
    new SecureRandom().nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
