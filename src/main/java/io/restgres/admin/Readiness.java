package io.restgres.admin;

import io.restgres.db.AppDataSource;
import io.restgres.db.PoolStats;
import io.restgres.schema.load.SchemaCacheHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.BooleanSupplier;

/**
 * The admin server's {@code /ready}, as PostgREST's: ready once the schema cache is loaded and the
 * database answers; not ready (503) before the first load, while a failed load is being retried
 * (the old cache is still served, as in PostgREST), while the database cannot be reached, and from
 * the moment the server is told to stop while it finishes its requests ({@link Lifecycle}).
 */
@ApplicationScoped
public class Readiness {
  private static final int VALID_SECONDS = 2;

  @Inject SchemaCacheHolder schemaCache;
  @Inject PoolStats pool;
  @Inject Lifecycle lifecycle;

  @Inject AppDataSource appDataSource;

  /** 200 when ready, else 503. */
  int status() {
    return !lifecycle.draining()
        ? status(schemaCache.isLoaded(), schemaCache.stats().failing(), this::databaseAnswers) : 503;
  }

  static int status(boolean loaded, boolean reloadFailing, BooleanSupplier databaseAnswers) {
    return loaded && !reloadFailing && databaseAnswers.getAsBoolean() ? 200 : 503;
  }

  // A pooled connection, as requests take them: an outage shows here before the next reload fails.
  // Counted as a request's (PoolStats): the pool's idle closing must not take it mid-check.
  private boolean databaseAnswers() {
    Connection c;
    try {
      c = pool.acquire(appDataSource.get());
    } catch (SQLException e) {
      return false;
    }
    try (c) {
      return c.isValid(VALID_SECONDS);
    } catch (SQLException e) {
      return false;
    } finally {
      pool.releasedByProbe();
    }
  }
}
