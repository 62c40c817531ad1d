package io.restgres.schema.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Reads {@link io.restgres.schema.DbSettings} with {@code sql/schema/role_settings.sql}. */
final class DbSettingsLoader {
  private DbSettingsLoader() {}

  /** Per role the authenticator can switch to, its settings by name. */
  static Map<String, Map<String, String>> loadRoleSettings(Connection c) throws SQLException {
    return CatalogStep.query("role_settings", () -> roleSettings(c));
  }

  private static Map<String, Map<String, String>> roleSettings(Connection c) throws SQLException {
    // GRANT SET ON PARAMETER and has_parameter_privilege exist from PostgreSQL 15
    Set<String> granted = c.getMetaData().getDatabaseMajorVersion() >= 15 ? names(c, "settable_parameters") : Set.of();
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement(SchemaLoader.query("role_settings"));
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String name = rs.getString("name");
        if (rs.getBoolean("user_settable") || granted.contains(name)) {
          out.computeIfAbsent(rs.getString("role_name"), r -> new LinkedHashMap<>()).put(name, rs.getString("value"));
        }
      }
    }
    return out;
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
