package io.restgres.plan;

import io.restgres.config.AppConfig;
import io.restgres.error.ApiException;
import io.restgres.error.ErrorCode;
import io.restgres.request.Action;
import io.restgres.request.ApiRequest;
import io.restgres.request.Preferences;
import io.restgres.schema.Table;
import java.util.List;
import java.util.Optional;

/**
 * Decides in one pass which preferences of a request take effect, and refuses invalid ones under
 * {@code handling=strict} (400 PGRST122).
 */
final class PreferencePlanner {
  private PreferencePlanner() {}

  static AppliedPreferences decide(ApiRequest req, Table table, AppConfig config) {
    Preferences p = req.preferences();
    if (p.strict() && !p.invalid().isEmpty()) {
      throw invalid(p.invalid());
    }
    Action a = req.action();
    boolean write = !a.isRead();
    boolean conflicts = a == Action.INSERT && MutatePlanner.conflictTarget(table, req).isPresent();
    return new AppliedPreferences(
        conflicts ? p.resolution() : Optional.empty(),
        a == Action.INSERT || a == Action.UPDATE ? p.missing() : Optional.empty(),
        write ? p.returning() : Optional.empty(),
        p.count(),
        config.dbTxEnd().overridable() ? p.tx() : Optional.empty(),
        p.handling(),
        // any zone, offsets included, goes to PostgreSQL, which refuses an unknown one (22023, v16)
        p.timezone(),
        maxAffected(req));
  }

  /** {@code max-affected} counts only with {@code handling=strict}, on PATCH, DELETE and RPC. */
  static Optional<Long> maxAffected(ApiRequest req) {
    Preferences p = req.preferences();
    boolean applies = p.strict() && (req.action() == Action.UPDATE || req.action() == Action.DELETE || req.isCall());
    return applies ? p.maxAffected() : Optional.empty();
  }

  private static ApiException invalid(List<String> prefs) {
    return ErrorCode.STRICT_PREFERENCE.exception(
        "Invalid preferences given with handling=strict", "Invalid preferences: " + String.join(", ", prefs), null);
  }
}
