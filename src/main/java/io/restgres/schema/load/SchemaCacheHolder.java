package io.restgres.schema.load;

import io.restgres.config.AppConfig;
import io.restgres.config.ApplicationSingleton;
import io.restgres.config.ConfigHolder;
import io.restgres.config.InDbConfig;
import io.restgres.db.AppDataSource;
import io.restgres.error.ErrorCode;
import io.restgres.schema.DbSettings;
import io.restgres.schema.SchemaCache;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Holds the current schema-cache snapshot and loads new ones, together with what PostgREST reads
 * alongside: the in-database configuration and the role settings. A load builds a whole new
 * snapshot and swaps it in atomically; requests in flight keep the one they started with. A failed
 * load keeps the old one; {@link Reloader} retries it.
 */
@ApplicationSingleton
public class SchemaCacheHolder {
  private static final Logger LOG = Logger.getLogger(SchemaCacheHolder.class.getName());

  private final AtomicReference<SchemaCache> current = new AtomicReference<>();
  private final AtomicReference<DbSettings> settings = new AtomicReference<>(DbSettings.EMPTY);
  private final LoadStats stats = new LoadStats();

  @Inject AppDataSource appDataSource;

  @Inject ConfigHolder configs;

  /** The current snapshot; 503 PGRST002 until the first load succeeded. */
  public SchemaCache get() {
    SchemaCache cache = current.get();
    if (cache == null) {
      throw ErrorCode.SCHEMA_CACHE_NOT_READY
          .exception("Could not query the database for the schema cache. Retrying.");
    }
    return cache;
  }

  /** Whether a snapshot is in place (the first load succeeded). */
  public boolean isLoaded() {
    return current.get() != null;
  }

  /** The loads so far (metrics, readiness). */
  public LoadStats stats() {
    return stats;
  }

  /** The role settings and time-zone names read with the current snapshot. */
  public DbSettings settings() {
    return settings.get();
  }

  /**
   * One load, as one attempt of PostgREST's {@code retryingSchemaCacheLoad}: the in-database
   * configuration (with {@code db-config}), then the schema cache of the resulting {@code
   * db-schemas}. Returns whether a new snapshot is in place; a failure is logged at SEVERE with
   * the query that failed and the reason.
   */
  public boolean load() {
    long start = System.nanoTime();
    try (Connection c = connect()) {
      AppConfig config = readConfig(c);
      SchemaCache cache = SchemaLoader.load(c, config.dbSchemas());
      settings.set(roleSettings(c));
      current.set(cache);
      stats.succeeded((System.nanoTime() - start) / 1e9);
      LOG.info(() -> String.format(
          "Schema cache loaded in %.1f ms: %d relations, %d relationships, %d functions",
          (System.nanoTime() - start) / 1e6, cache.tables().size(),
          cache.relationships().values().stream().mapToInt(List::size).sum(), cache.routines().size()));
      return true;
    } catch (SQLException e) {
      stats.failed();
      LOG.severe("Schema cache load failed: " + reason(e));
      return false;
    } catch (RuntimeException e) {
      stats.failed();
      LOG.log(Level.SEVERE, "Schema cache load failed", e);
      return false;
    }
  }

  /**
   * {@code NOTIFY pgrst, 'reload config'}: the in-database configuration and the role settings,
   * without the schema cache. A failure is logged; the previous configuration stays.
   */
  public void reloadConfig() {
    try (Connection c = connect()) {
      readConfig(c);
      settings.set(roleSettings(c));
    } catch (SQLException e) {
      LOG.severe("Configuration reload failed, the previous configuration stays: " + reason(e));
    }
  }

  private Connection connect() throws SQLException {
    return CatalogStep.named("connecting to the database", () -> appDataSource.get().getConnection());
  }

  /** With db-config, applies the database's settings; when they cannot be read, nothing changes. */
  private AppConfig readConfig(Connection c) {
    AppConfig config = configs.get();
    if (!config.dbConfig()) {
      return config;
    }
    try {
      Map<String, String> values = InDbConfig.merge(DbConfigLoader.load(c, config.dbPreConfig()));
      return configs.applyDbValues(values);
    } catch (SQLException e) {
      LOG.severe("In-database configuration not read, the previous configuration stays: " + reason(e));
      return config;
    }
  }

  /** As PostgREST, a failure here is reported but does not fail the load: the previous ones stay. */
  private DbSettings roleSettings(Connection c) {
    try {
      return DbSettingsLoader.load(c);
    } catch (SQLException e) {
      LOG.severe("Role settings not read, the previous ones stay: " + reason(e));
      return settings.get();
    }
  }

  private static String reason(SQLException e) {
    return e.getMessage() + (e.getSQLState() == null ? "" : " (SQLSTATE " + e.getSQLState() + ")");
  }
}
