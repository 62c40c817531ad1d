package io.restgres.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the database says about requests besides its schema, read with the schema cache: the {@code
 * ALTER ROLE … SET} settings of the roles a request may run as (PostgREST {@code
 * Config/Database.hs}: RoleSettings).
 *
 * @param roleSettings per role, its settings by name in a stable order
 */
public record DbSettings(Map<String, Map<String, String>> roleSettings) {
  public DbSettings {
    Map<String, Map<String, String>> copy = new LinkedHashMap<>();
    roleSettings.forEach((role, s) -> copy.put(role, Collections.unmodifiableMap(new LinkedHashMap<>(s))));
    roleSettings = Collections.unmodifiableMap(copy);
  }

  public static final DbSettings EMPTY = new DbSettings(Map.of());

  /** The role's own settings, in name order; none for a role without any. */
  public List<Map.Entry<String, String>> settingsOf(String role) {
    return List.copyOf(roleSettings.getOrDefault(role, Map.of()).entrySet());
  }
}
