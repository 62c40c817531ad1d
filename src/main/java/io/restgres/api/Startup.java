package io.restgres.api;

import io.restgres.admin.AdminServer;
import io.restgres.admin.Lifecycle;
import io.restgres.auth.AuthContext;
import io.restgres.auth.JwtVerifiers;
import io.restgres.config.AppConfig;
import io.restgres.config.ConfigException;
import io.restgres.config.ConfigHolder;
import io.restgres.db.AppDataSource;
import io.restgres.db.DbOutage;
import io.restgres.db.PoolReaper;
import io.restgres.db.PoolStats;
import io.restgres.openapi.OpenApiView;
import io.restgres.request.RawRequest;
import io.restgres.response.ServerTiming;
import io.restgres.schema.load.Reloader;
import io.restgres.schema.load.SchemaCacheHolder;
import io.restgres.schema.load.SchemaListener;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Starts the server's background parts once the application is deployed: validates the
 * configuration (an invalid one stops the server with a one-line reason, never a 500 per request),
 * makes the first load of the in-database configuration and the schema cache, and starts the
 * reloader (which retries a failed load) and the NOTIFY listener.
 */
@ApplicationScoped
public class Startup {
  private static final Logger LOG = Logger.getLogger(Startup.class.getName());

  @Inject ConfigHolder configs;
  @Inject SchemaCacheHolder schemaCache;
  @Inject JwtVerifiers verifiers;
  @Inject AdminServer admin;
  @Inject RequestHandler handler;
  @Inject Lifecycle lifecycle;
  @Inject PoolStats poolStats;
  @Inject AppDataSource appDataSource;
  private DataSource dataSource;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  private Reloader reloader;
  private SchemaListener listener;
  private PoolReaper reaper;

  void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    DbOutage.quietPool();
    try {
      configs.validateWith(verifiers::of);
      dataSource = appDataSource.get();
    } catch (ConfigException e) {
      stopServer(e.getMessage());
      return;
    }
    try {
      admin.start(this::openApiView);
    } catch (java.io.UncheckedIOException e) {
      stopServer(e.getMessage());
      return;
    }
    // db-pool-automatic-recovery=false: PostgREST exits when it finds the database gone (a request,
    // the listener, or a schema-cache load that cannot connect) instead of retrying.
    boolean recovery = configs.get().pool().automaticRecovery();
    Runnable onLoss = recovery ? () -> { } : Startup::exitWithoutRecovery;
    DbOutage.onLoss(onLoss);
    reloader = new Reloader(() -> schemaCache.load() || !recovery && exitIfUnreachable(), schemaCache::reloadConfig);
    reloader.loadFirst();
    AppConfig cfg = configs.get();
    LOG.info(() -> "Restgres serving schemas " + cfg.dbSchemas() + " as " + cfg.dbAnonRole().orElse("(no anonymous role)"));
    background("restgres-reloader", reloader);
    if (cfg.dbChannelEnabled()) {
      listener = new SchemaListener(cfg, reloader, dataSource, onLoss);
      background("restgres-listener", listener);
    }
    reaper = new PoolReaper(dataSource, poolStats, cfg.pool());
    background("restgres-pool-reaper", reaper);
    lifecycle.install(reloader::requestSchemaCache, reloader::requestConfig);
  }

  // After a failed load with recovery off: exits unless the database takes a connection (a load
  // that failed with the database there is retried, as with recovery). Always false: not loaded.
  private boolean exitIfUnreachable() {
    try (java.sql.Connection c = dataSource.getConnection()) {
      if (c.isValid(2)) {
        return false;
      }
    } catch (java.sql.SQLException e) {
      // unreachable
    }
    exitWithoutRecovery();
    return false;
  }

  private static void exitWithoutRecovery() {
    LOG.severe("Database connection lost and db-pool-automatic-recovery is false: exiting");
    new Thread(() -> System.exit(1), "restgres-exit").start();
  }

  // The admin server's /openapi describes what GET / would for the same token and profile.
  private OpenApiView openApiView(Optional<String> authorization, Optional<String> profile) {
    Map<String, List<String>> headers = new HashMap<>();
    headers.put("accept", List.of("application/openapi+json"));
    profile.ifPresent(p -> headers.put("accept-profile", List.of(p)));
    AuthContext auth = verifiers.of(configs.get()).authenticate(authorization.orElse(null));
    return handler.root(new RawRequest("GET", "", "", headers, null), auth, ServerTiming.OFF);
  }

  private void background(String name, Runnable task) {
    Thread t = threads.newThread(task);
    t.setName(name);
    t.setDaemon(true);
    t.start();
  }

  @PreDestroy
  void stop() {
    admin.stop();
    if (listener != null) {
      listener.stop();
    }
    if (reloader != null) {
      reloader.stop();
    }
    if (reaper != null) {
      reaper.stop();
    }
  }

  // Payara Micro runs this one application: refusing to serve it means stopping the process, as
  // PostgREST exits on invalid configuration. A full Payara Server (GlassFish's ASMain) hosts other
  // applications too: there the deployment fails instead, with the same reason.
  private static void stopServer(String reason) {
    LOG.severe("Invalid configuration: " + reason);
    if (System.getProperty("sun.java.command", "").startsWith("com.sun.enterprise.glassfish.bootstrap.ASMain")) {
      throw new IllegalStateException("restgres: invalid configuration: " + reason);
    }
    System.err.println("restgres: invalid configuration: " + reason);
    new Thread(() -> System.exit(1), "restgres-exit").start();
  }
}
