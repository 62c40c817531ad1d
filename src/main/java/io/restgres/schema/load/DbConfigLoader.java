package io.restgres.schema.load;

import io.restgres.config.InDbConfig;
import io.restgres.config.InDbConfig.Origin;
import io.restgres.config.InDbConfig.Setting;
import io.restgres.sql.PreRequestSql;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the in-database configuration ({@code db-config}): the connection role's {@code pgrst.*}
 * settings with {@code sql/schema/db_config.sql} and, with {@code db-pre-config}, what its function
 * sets, in one read-only transaction as PostgREST does. {@link InDbConfig#merge} ranks them.
 */
final class DbConfigLoader {
  /** What the settings hold before the pre-config function runs; no real value looks like it. */
  private static final String UNSET = "\u0001restgres:unset";

  private DbConfigLoader() {}

  static List<Setting> load(Connection c, Optional<String> preConfig) throws SQLException {
    return CatalogStep.readOnly(c, () -> {
      List<Setting> out = new ArrayList<>(CatalogStep.query("db_config", () -> roleSettings(c)));
      if (preConfig.isPresent()) {
        out.addAll(preConfigSettings(c, preConfig.get()));
      }
      return out;
    });
  }

  private static List<Setting> roleSettings(Connection c) throws SQLException {
    List<Setting> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(SchemaLoader.query("db_config"))) {
      ps.setArray(1, names(c));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Origin origin = rs.getBoolean("in_database") ? Origin.ROLE_IN_DATABASE : Origin.ROLE;
          out.add(new Setting(origin, rs.getString("name"), rs.getString("value")));
        }
      }
    }
    return out;
  }

  private static List<Setting> preConfigSettings(Connection c, String function) throws SQLException {
    CatalogStep.query("pre_config_mark", () -> {
      try (PreparedStatement ps = c.prepareStatement(SchemaLoader.query("pre_config_mark"))) {
        ps.setString(1, UNSET);
        ps.setArray(2, names(c));
        return ps.execute();
      }
    });
    CatalogStep.named("the db-pre-config function " + function, () -> {
      try (PreparedStatement ps = c.prepareStatement(PreRequestSql.of(function).text())) {
        return ps.execute();
      }
    });
    return CatalogStep.query("pre_config_read", () -> {
      List<Setting> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(SchemaLoader.query("pre_config_read"))) {
        ps.setArray(1, names(c));
        ps.setString(2, UNSET);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new Setting(Origin.PRE_CONFIG, rs.getString("name"), rs.getString("value")));
          }
        }
      }
      return out;
    });
  }

  private static Array names(Connection c) throws SQLException {
    return c.createArrayOf("text", InDbConfig.settingNames().toArray());
  }
}
