package io.restgres.schema.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import io.restgres.schema.DbSettings;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Reads {@link DbSettings} with {@code sql/schema/role_settings.sql}. */
final class DbSettingsLoader {
  // chooses the isolation level of the role's transactions (BEGIN), as in PostgREST; never set_config'd
  private static final String ISOLATION = "default_transaction_isolation";

  private DbSettingsLoader() {}

  /** Per role the authenticator can switch to, its settings by name and its isolation level. */
  static DbSettings load(Connection c) throws SQLException {
    return CatalogStep.query("role_settings", () -> roleSettings(c));
  }

  private static DbSettings roleSettings(Connection c) throws SQLException {
    // GRANT SET ON PARAMETER and has_parameter_privilege exist from PostgreSQL 15
    Set<String> granted = c.getMetaData().getDatabaseMajorVersion() >= 15 ? names(c, "settable_parameters") : Set.of();
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    Map<String, String> isolation = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(SchemaLoader.query("role_settings"));
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String name = rs.getString("name");
        if (name.equals(ISOLATION)) {
          isolation.put(rs.getString("role_name"), rs.getString("value"));
        } else if (rs.getBoolean("user_settable") || granted.contains(name)) {
          out.computeIfAbsent(rs.getString("role_name"), r -> new LinkedHashMap<>()).put(name, rs.getString("value"));
        }
      }
    }
    return new DbSettings(out, isolation);
  }

  // The first column of a catalog query's rows.
  private static Set<String> names(Connection c, String query) throws SQLException {
    Set<String> out = new HashSet<>();
    try (PreparedStatement ps = c.prepareStatement(SchemaLoader.query(query));
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
