package io.restgres.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the database says about requests besides its schema, read with the schema cache: the {@code
 * ALTER ROLE … SET} settings of the roles a request may run as, and the time-zone names that {@code
 * Prefer: timezone=} accepts (PostgREST {@code Config/Database.hs}: RoleSettings, TimezoneNames).
 *
 * @param roleSettings per role, its settings by name in a stable order
 * @param timezones the names in {@code pg_timezone_names}
 */
public record DbSettings(Map<String, Map<String, String>> roleSettings, Set<String> timezones) {
  public DbSettings {
    Map<String, Map<String, String>> copy = new LinkedHashMap<>();
    roleSettings.forEach((role, s) -> copy.put(role, Collections.unmodifiableMap(new LinkedHashMap<>(s))));
    roleSettings = Collections.unmodifiableMap(copy);
    timezones = Set.copyOf(timezones);
  }

  public static final DbSettings EMPTY = new DbSettings(Map.of(), Set.of());

  /** The role's own settings, in name order; none for a role without any. */
  public List<Map.Entry<String, String>> settingsOf(String role) {
    return List.copyOf(roleSettings.getOrDefault(role, Map.of()).entrySet());
  }

  public boolean isTimezone(String name) {
    return timezones.contains(name);
  }
}
