package io.restgres.admin;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.restgres.config.AdminSettings;
import io.restgres.config.ConfigHolder;
import io.restgres.error.ApiException;
import io.restgres.error.ErrorCode;
import io.restgres.openapi.OpenApiView;
import io.restgres.schema.load.SchemaCacheHolder;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * PostgREST's admin server ({@code admin-server-port}): {@code /live}, {@code /ready}, {@code
 * /metrics}, {@code /schema_cache} and {@code /config}, and the OpenAPI 3 document at {@code
 * /openapi} with Swagger UI at {@code /swagger-ui/}, on a port of their own, so that no path of
 * it can shadow a table of the API, and nothing on the API port reveals the server's state. It is
 * the JDK's HTTP server on its own two threads: probes and scrapes still answer when every request
 * thread of the API is busy.
 */
@ApplicationScoped
public class AdminServer {
  private static final Logger LOG = Logger.getLogger(AdminServer.class.getName());

  @Inject ConfigHolder configs;
  @Inject SchemaCacheHolder schemaCache;
  @Inject Readiness readiness;
  @Inject MetricsEndpoint metrics;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  private HttpServer server;
  private ExecutorService executor;
  private OpenApiSource openApi;

  /**
   * Starts listening when {@code admin-server-port} is set; a port in use stops start-up.
   *
   * @param openApi what {@code /openapi} describes
   */
  public void start(OpenApiSource openApi) {
    this.openApi = openApi;
    AdminSettings admin = configs.get().admin();
    if (admin.port().isEmpty()) {
      return;
    }
    InetSocketAddress address = new InetSocketAddress(bindAddress(admin.host()), admin.port().get());
    try {
      server = HttpServer.create(address, 0);
    } catch (IOException e) {
      throw new UncheckedIOException("Admin server cannot listen on " + address, e);
    }
    ThreadPoolExecutor pool = (ThreadPoolExecutor) Executors.newFixedThreadPool(2, threads);
    // Both threads now, on the deploying thread: a managed thread takes the application's context
    // from the thread that creates it, and the HTTP server's dispatcher has none. On Payara Server,
    // beans first created on a thread without it were left uninjected.
    pool.prestartAllCoreThreads();
    executor = pool;
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
    LOG.info(() -> "Admin server listening on " + server.getAddress());
  }

  public void stop() {
    if (server != null) {
      server.stop(0);
      executor.shutdownNow();
      server = null;
    }
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      if (path.equals("/swagger-ui")) {
        ex.getResponseHeaders().set("Location", SwaggerUi.PREFIX);
        send(ex, 301, null, "");
        return;
      }
      if (path.startsWith(SwaggerUi.PREFIX)) {
        swaggerUi(ex, path);
        return;
      }
      switch (path) {
        case "/live" -> send(ex, 200, null, "");
        case "/ready" -> send(ex, readiness.status(), null, "");
        case "/metrics" -> send(ex, 200, PrometheusText.CONTENT_TYPE, metrics.render());
        case "/schema_cache" -> send(ex, 200, "application/json; charset=utf-8",
            schemaCache.isLoaded() ? SchemaCacheJson.of(schemaCache.get()) : "");
        case "/config" -> send(ex, 200, "text/plain; charset=utf-8", ConfigText.of(configs.get()));
        case "/openapi" -> openApi(ex);
        default -> send(ex, 404, null, "");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Admin server request failed", e);
      if (ex.getResponseCode() == -1) { // nothing sent yet: the client gets an answer, not a reset
        send(ex, 500, "application/json; charset=utf-8", ErrorCode.INTERNAL.exception("Internal server error").toJson());
      }
    }
  }

  private static void swaggerUi(HttpExchange ex, String path) throws IOException {
    Optional<SwaggerUi.Asset> asset = SwaggerUi.asset(path);
    if (asset.isEmpty()) {
      send(ex, 404, null, "");
      return;
    }
    ex.getResponseHeaders().set("Content-Type", asset.get().contentType());
    ex.getResponseHeaders().set("Cache-Control", "no-cache");
    sendBytes(ex, 200, asset.get().body());
  }

  private void openApi(HttpExchange ex) throws IOException {
    var headers = ex.getRequestHeaders();
    try {
      OpenApiView view = openApi.view(Optional.ofNullable(headers.getFirst("Authorization")),
          Optional.ofNullable(headers.getFirst("Accept-Profile")));
      OpenApiEndpoint.Document doc = OpenApiEndpoint.render(view, configs.get(),
          Optional.ofNullable(headers.getFirst("Accept")), Optional.ofNullable(ex.getRequestURI().getRawQuery()));
      send(ex, 200, doc.contentType(), doc.body());
    } catch (ApiException e) {
      send(ex, e.status(), "application/json; charset=utf-8",
          e.toJson(configs.get().observability().clientErrorVerbosity()));
    }
  }

  private static void send(HttpExchange ex, int status, String contentType, String body) throws IOException {
    if (contentType != null) {
      ex.getResponseHeaders().set("Content-Type", contentType);
    }
    sendBytes(ex, status, body.getBytes(StandardCharsets.UTF_8));
  }

  private static void sendBytes(HttpExchange ex, int status, byte[] bytes) throws IOException {
    boolean head = ex.getRequestMethod().equals("HEAD");
    ex.sendResponseHeaders(status, head || bytes.length == 0 ? -1 : bytes.length);
    if (!head && bytes.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  // PostgREST's special host values: !4 and *4 any IPv4 address, * any, !6 and *6 any IPv6 address
  static String bindAddress(String host) {
    return switch (host) {
      case "!4", "*4", "*" -> "0.0.0.0";
      case "!6", "*6" -> "::";
      default -> host;
    };
  }
}
