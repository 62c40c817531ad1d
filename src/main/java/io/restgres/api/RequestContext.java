package io.restgres.api;

import io.restgres.auth.AuthContext;
import io.restgres.config.AppConfig;
import io.restgres.error.ErrorCode;
import io.restgres.json.JsonText;
import io.restgres.request.ApiRequest;
import io.restgres.request.Preferences;
import io.restgres.request.RawRequest;
import io.restgres.response.HttpResult;
import io.restgres.schema.DbSettings;
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

  static Sql settings(
      RawRequest raw, ApiRequest req, AuthContext auth, AppConfig config, DbSettings db) {
    List<String> searchPath = new ArrayList<>();
    searchPath.add(req.schema());
    config.dbExtraSearchPath().stream().filter(s -> !s.equals(req.schema())).forEach(searchPath::add);
    return TxSettingsSql.of(new TxSettingsSql.Values(
        searchPath,
        db.settingsOf(auth.role()),
        auth.role(),
        auth.claimsJson(),
        raw.method(),
        "/" + raw.path(),
        headersJson(raw),
        cookiesJson(raw),
        timezone(req, db),
        config.appSettings()));
  }

  /**
   * {@code Prefer: timezone=} as PostgREST v14 takes it: a name of {@code pg_timezone_names}
   * (exactly), else the preference is ignored, or refused with 400 PGRST122 under {@code
   * handling=strict}. (PostgREST v16 passes any name to PostgreSQL, which rejects unknown ones with
   * 22023; v14's rule never fails a lenient request.)
   */
  static Optional<String> timezone(ApiRequest req, DbSettings db) {
    Preferences p = req.preferences();
    Optional<String> tz = p.timezone();
    if (tz.isEmpty() || db.isTimezone(tz.get())) {
      return tz;
    }
    if (p.strict()) {
      List<String> invalid = new ArrayList<>(p.invalid());
      invalid.add("timezone=" + tz.get());
      throw ErrorCode.STRICT_PREFERENCE.exception(
          "Invalid preferences given with handling=strict",
          "Invalid preferences: " + String.join(", ", invalid),
          null);
    }
    return Optional.empty();
  }

  /** Adds an accepted time zone to {@code Preference-Applied}, in PostgREST's order. */
  static HttpResult timezoneApplied(HttpResult result, ApiRequest req, DbSettings db) {
    Optional<String> tz = timezone(req, db);
    if (tz.isEmpty()) {
      return result;
    }
    String applied = "timezone=" + tz.get();
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    boolean merged = false;
    for (Map.Entry<String, String> h : result.headers()) {
      if (h.getKey().equalsIgnoreCase("Preference-Applied")) {
        headers.add(Map.entry(h.getKey(), withTimezone(h.getValue(), applied)));
        merged = true;
      } else {
        headers.add(h);
      }
    }
    if (!merged) {
      headers.add(Map.entry("Preference-Applied", applied));
    }
    return new HttpResult(result.status(), headers, result.body());
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

  // PostgREST's order ends "…, handling=strict, timezone=…, max-affected=…".
  private static String withTimezone(String applied, String timezone) {
    int maxAffected = applied.indexOf("max-affected=");
    return maxAffected < 0
        ? applied + ", " + timezone
        : applied.substring(0, maxAffected) + timezone + ", " + applied.substring(maxAffected);
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
      b.append(JsonText.quote(k)).append(':').append(JsonText.quote(v));
    });
    return b.append('}').toString();
  }
}
