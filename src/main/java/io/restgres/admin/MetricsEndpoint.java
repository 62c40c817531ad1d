package io.restgres.admin;

import io.restgres.auth.JwtCacheStats;
import io.restgres.auth.JwtVerifiers;
import io.restgres.config.ConfigHolder;
import io.restgres.db.PoolStats;
import io.restgres.schema.load.LoadStats;
import io.restgres.schema.load.SchemaCacheHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The admin server's {@code /metrics}: PostgREST's metrics under its names and help texts
 * (Metrics.hs, docs/references/observability.rst), then the API's requests and the JVM.
 */
@ApplicationScoped
public class MetricsEndpoint {
  @Inject SchemaCacheHolder schemaCache;
  @Inject PoolStats pool;
  @Inject ConfigHolder configs;
  @Inject JwtVerifiers verifiers;
  @Inject RequestMetrics requests;

  /** The whole exposition, rendered now. */
  String render() {
    PrometheusText out = new PrometheusText();
    LoadStats loads = schemaCache.stats();
    out.single("pgrst_schema_cache_query_time_seconds", "gauge",
        "The query time in seconds of the last schema cache load", loads.lastQuerySeconds());
    out.family("pgrst_schema_cache_loads_total", "counter", "The total number of times the schema cache was loaded")
        .sample("pgrst_schema_cache_loads_total", loads.failures(), "status", "FAIL")
        .sample("pgrst_schema_cache_loads_total", loads.successes(), "status", "SUCCESS");
    int max = configs.get().dbPool();
    out.single("pgrst_db_pool_timeouts_total", "counter", "The total number of pool connection timeouts",
        pool.timeouts());
    out.single("pgrst_db_pool_available", "gauge", "Available connections in the pool",
        Math.max(0, max - pool.inUse()));
    out.single("pgrst_db_pool_waiting", "gauge", "Requests waiting to acquire a pool connection", pool.waiting());
    out.single("pgrst_db_pool_max", "gauge", "Max pool connections", max);
    JwtCacheStats jwt = verifiers.cacheStats();
    out.single("pgrst_jwt_cache_requests_total", "counter", "The total number of JWT cache lookups", jwt.requests());
    out.single("pgrst_jwt_cache_hits_total", "counter", "The total number of JWT cache hits", jwt.hits());
    out.single("pgrst_jwt_cache_evictions_total", "counter", "The total number of JWT cache evictions",
        jwt.evictions());
    requests.writeTo(out);
    JvmMetrics.writeTo(out);
    return out.toString();
  }
}
