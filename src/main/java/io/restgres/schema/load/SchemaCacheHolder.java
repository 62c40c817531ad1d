package io.restgres.schema.load;

import io.restgres.config.AppConfig;
import io.restgres.error.ErrorCode;
import io.restgres.schema.DbSettings;
import io.restgres.schema.SchemaCache;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Holds the current schema-cache snapshot. A reload builds a whole new snapshot and swaps it in
 * atomically; requests in flight keep the one they started with. A failed reload keeps the old one.
 */
@ApplicationScoped
public class SchemaCacheHolder {
  private static final Logger LOG = Logger.getLogger(SchemaCacheHolder.class.getName());

  private final AtomicReference<SchemaCache> current = new AtomicReference<>();
  private final AtomicReference<DbSettings> settings = new AtomicReference<>(DbSettings.EMPTY);

  @Resource(lookup = "jdbc/restgres")
  DataSource dataSource;

  @Inject AppConfig config;

  /** The current snapshot; 503 PGRST002 until the first load succeeded. */
  public SchemaCache get() {
    SchemaCache cache = current.get();
    if (cache == null) {
      throw ErrorCode.SCHEMA_CACHE_NOT_READY
          .exception("Could not query the database for the schema cache. Retrying.");
    }
    return cache;
  }

  /** The role settings and time-zone names read with the current snapshot. */
  public DbSettings settings() {
    return settings.get();
  }

  /** Loads a new snapshot; returns whether it succeeded. */
  public boolean reload() {
    long start = System.nanoTime();
    try (Connection c = dataSource.getConnection()) {
      SchemaCache cache = SchemaLoader.load(c, config.dbSchemas());
      settings.set(DbSettingsLoader.load(c));
      current.set(cache);
      LOG.info(() -> String.format(
          "Schema cache loaded in %.1f ms: %d relations, %d relationships, %d functions",
          (System.nanoTime() - start) / 1e6, cache.tables().size(), cache.relationships().values().stream().mapToInt(java.util.List::size).sum(),
          cache.routines().size()));
      return true;
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.WARNING, "Schema cache load failed: {0}", e.getMessage());
      return false;
    }
  }
}
