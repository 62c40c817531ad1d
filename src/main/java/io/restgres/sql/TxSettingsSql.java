package io.restgres.sql;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The one statement that sets every transaction-local setting of a request (PostgREST
 * {@code PreQuery.hs:txVarQuery}): all values are bind parameters and the shape is fixed for a given
 * configuration, so the statement is prepared once per connection.
 */
public final class TxSettingsSql {
  private TxSettingsSql() {}

  /**
   * The per-request values.
   *
   * @param readOnly whether the transaction may not write ({@code transaction_read_only}, which
   *     holds whether pgjdbc began the transaction or PostgreSQL's implicit one runs the script)
   * @param roleSettings the role's own {@code ALTER ROLE … SET} settings, in order
   * @param timezone from {@code Prefer: timezone=}, when accepted
   * @param functionSettings the called function's hoisted settings
   * @param appSettings {@code app.settings.*} from configuration
   */
  public record Values(
      boolean readOnly,
      List<String> searchPath,
      List<Map.Entry<String, String>> roleSettings,
      String role,
      String claimsJson,
      String method,
      String path,
      String headersJson,
      String cookiesJson,
      Optional<String> timezone,
      List<Map.Entry<String, String>> functionSettings,
      Map<String, String> appSettings) {
    public Values {
      searchPath = List.copyOf(searchPath);
      roleSettings = List.copyOf(roleSettings);
      Objects.requireNonNull(timezone, "timezone");
      functionSettings = List.copyOf(functionSettings);
      appSettings = Map.copyOf(appSettings);
    }
  }

  /**
   * In PostgREST's order: the role's settings come before {@code role}, so that a privileged
   * setting needs {@code GRANT SET ON PARAMETER} to the authenticator only (PostgREST#3045); the
   * function's come after the request's, as the called role sets them.
   */
  public static Sql of(Values v) {
    List<Sql> calls = new ArrayList<>();
    if (v.readOnly()) {
      calls.add(set("transaction_read_only", "on"));
    }
    calls.add(set("search_path", searchPath(v.searchPath())));
    v.roleSettings().forEach(e -> calls.add(set(e.getKey(), e.getValue())));
    calls.add(set("role", v.role()));
    calls.add(set("request.jwt.claims", v.claimsJson()));
    calls.add(set("request.method", v.method()));
    calls.add(set("request.path", v.path()));
    calls.add(set("request.headers", v.headersJson()));
    calls.add(set("request.cookies", v.cookiesJson()));
    v.timezone().ifPresent(tz -> calls.add(set("timezone", tz)));
    v.functionSettings().forEach(e -> calls.add(set(e.getKey(), e.getValue())));
    new TreeMap<>(v.appSettings()).forEach((k, value) -> calls.add(set("app.settings." + k, value)));
    return Sql.keyword("SELECT ").then(Sql.join(", ", calls));
  }

  // Names are bound like values, so no setting name is ever SQL text.
  private static Sql set(String name, String value) {
    return Sql.keyword("set_config(")
        .then(Sql.typed(name, Types.VARCHAR))
        .then(", ")
        .then(Sql.typed(value, Types.VARCHAR))
        .then(", true)");
  }

  /** {@code "api", "public"}: each schema quoted by the one quoting function. */
  static String searchPath(List<String> schemas) {
    List<String> quoted = new ArrayList<>();
    schemas.forEach(s -> quoted.add(Sql.quoteIdent(s)));
    return String.join(", ", quoted);
  }
}
