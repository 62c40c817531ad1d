package io.restgres.schema.load;

import java.util.function.BooleanSupplier;
import java.util.logging.Logger;

/**
 * Runs the loads on one background thread, as PostgREST's debounced schema-cache loader: requests
 * that arrive together (one migration's NOTIFYs) are answered by one load, and a schema-cache load
 * that fails is retried with exponential backoff, 1 s doubling to 32 s as PostgREST's {@code
 * retryingSchemaCacheLoad}, until it succeeds; no NOTIFY is needed, and requests see the new cache
 * as soon as it is in place.
 */
public final class Reloader implements Runnable {
  private static final Logger LOG = Logger.getLogger(Reloader.class.getName());
  private static final long DEBOUNCE_MS = 100;

  private final BooleanSupplier schemaCache;
  private final Runnable config;
  private final long firstDelayMs;
  private final long maxDelayMs;
  private final Object lock = new Object();
  private boolean schemaCacheWanted;
  private boolean configWanted;
  private boolean retryWanted;
  private boolean stopped;

  /**
   * @param schemaCache one load of the in-database configuration and the schema cache; false when
   *     the schema cache failed
   * @param config one reload of the configuration alone
   */
  public Reloader(BooleanSupplier schemaCache, Runnable config) {
    this(schemaCache, config, 1000, 32_000);
  }

  Reloader(BooleanSupplier schemaCache, Runnable config, long firstDelayMs, long maxDelayMs) {
    this.schemaCache = schemaCache;
    this.config = config;
    this.firstDelayMs = firstDelayMs;
    this.maxDelayMs = maxDelayMs;
  }

  /**
   * The first load, in the caller's thread, so that the server starts with a schema cache when the
   * database is there (PostgREST waits for this attempt too); when it fails, {@link #run()} retries.
   */
  public boolean loadFirst() {
    boolean loaded = schemaCache.getAsBoolean();
    synchronized (lock) {
      retryWanted = !loaded;
    }
    return loaded;
  }

  /** {@code NOTIFY pgrst, 'reload schema'}, a bare NOTIFY, or a listener back after a loss. */
  public void requestSchemaCache() {
    synchronized (lock) {
      schemaCacheWanted = true;
      lock.notifyAll();
    }
  }

  /** {@code NOTIFY pgrst, 'reload config'}. */
  public void requestConfig() {
    synchronized (lock) {
      configWanted = true;
      lock.notifyAll();
    }
  }

  public void stop() {
    synchronized (lock) {
      stopped = true;
      lock.notifyAll();
    }
  }

  @Override
  public void run() {
    boolean retry;
    synchronized (lock) {
      retry = retryWanted;
    }
    if (retry) {
      retryFrom(firstDelayMs);
    }
    while (awaitRequest() && pause(DEBOUNCE_MS)) {
      boolean wantsSchemaCache;
      synchronized (lock) {
        wantsSchemaCache = schemaCacheWanted;
        schemaCacheWanted = false;
        configWanted = false;
      }
      // a schema-cache load reads the configuration first, so it answers both requests
      if (!wantsSchemaCache) {
        config.run();
      } else if (!schemaCache.getAsBoolean()) {
        retryFrom(firstDelayMs);
      }
    }
  }

  /** Retries after a failed load until one succeeds or the reloader stops. */
  private void retryFrom(long delayMs) {
    long delay = delayMs;
    while (true) {
      LOG.warning("Retrying the schema cache load in " + (delay % 1000 == 0 ? delay / 1000 + " s" : delay + " ms"));
      if (!pause(delay)) {
        return;
      }
      synchronized (lock) {
        schemaCacheWanted = false;
        configWanted = false;
      }
      if (schemaCache.getAsBoolean()) {
        return;
      }
      delay = Math.min(delay * 2, maxDelayMs);
    }
  }

  /** Waits for a request; false once stopped. */
  private boolean awaitRequest() {
    synchronized (lock) {
      while (!stopped && !schemaCacheWanted && !configWanted) {
        if (!waitOn(0)) {
          return false;
        }
      }
      return !stopped;
    }
  }

  /** Sleeps, waking early only to stop; false once stopped. */
  private boolean pause(long ms) {
    long deadline = System.nanoTime() + ms * 1_000_000;
    synchronized (lock) {
      long left = ms;
      while (!stopped && left > 0) {
        if (!waitOn(left)) {
          return false;
        }
        left = (deadline - System.nanoTime()) / 1_000_000;
      }
      return !stopped;
    }
  }

  private boolean waitOn(long ms) {
    try {
      lock.wait(ms);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopped = true;
      return false;
    }
  }
}
