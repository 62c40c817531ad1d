package io.restgres.api;

import io.restgres.auth.AuthContext;
import io.restgres.config.AppConfig;
import io.restgres.error.Json;
import io.restgres.request.ApiRequest;
import io.restgres.request.RawRequest;
import io.restgres.sql.PreRequestSql;
import io.restgres.sql.Sql;
import io.restgres.sql.TxSettingsSql;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The transaction-local context of a request: its settings, pre-request call and how it ends. */
final class RequestContext {
  private RequestContext() {}

  static Sql settings(RawRequest raw, ApiRequest req, AuthContext auth, AppConfig config) {
    List<String> searchPath = new ArrayList<>();
    searchPath.add(req.schema());
    config.dbExtraSearchPath().stream().filter(s -> !s.equals(req.schema())).forEach(searchPath::add);
    return TxSettingsSql.of(new TxSettingsSql.Values(
        searchPath,
        auth.role(),
        auth.claimsJson(),
        raw.method(),
        "/" + raw.path(),
        headersJson(raw),
        cookiesJson(raw),
        config.appSettings()));
  }

  static Optional<Sql> preRequest(AppConfig config) {
    return config.dbPreRequest().map(PreRequestSql::of);
  }

  /** db-tx-end decides; {@code Prefer: tx=} overrides it only when the setting allows. */
  static boolean rollback(ApiRequest req, AppConfig config) {
    boolean rollback = config.dbTxEnd().rollback();
    if (config.dbTxEnd().overridable() && req.preferences().tx().isPresent()) {
      rollback = req.preferences().tx().get().equals("rollback");
    }
    return rollback;
  }

  private static String headersJson(RawRequest raw) {
    Map<String, String> sorted = new TreeMap<>();
    raw.headers().forEach((k, v) -> sorted.put(k, String.join(", ", v)));
    return object(sorted);
  }

  private static String cookiesJson(RawRequest raw) {
    Map<String, String> cookies = new TreeMap<>();
    for (String header : raw.headerValues("cookie")) {
      for (String pair : header.split(";")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
      }
    }
    return object(cookies);
  }

  private static String object(Map<String, String> m) {
    StringBuilder b = new StringBuilder("{");
    m.forEach((k, v) -> {
      if (b.length() > 1) {
        b.append(',');
      }
      b.append(Json.quote(k)).append(':').append(Json.quote(v));
    });
    return b.append('}').toString();
  }
}
