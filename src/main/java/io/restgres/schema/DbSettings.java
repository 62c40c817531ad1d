package io.restgres.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the database says about requests besides its schema, read with the schema cache: the {@code
 * ALTER ROLE … SET} settings of the roles a request may run as (PostgREST {@code
 * Config/Database.hs}: RoleSettings).
 *
 * @param roleSettings per role, its settings by name in a stable order
 * @param roleIsolation per role, its {@code default_transaction_isolation}, which is not set like the
 *     others but chooses the transaction's isolation level
 */
public record DbSettings(Map<String, Map<String, String>> roleSettings, Map<String, String> roleIsolation) {
  public DbSettings {
    Map<String, Map<String, String>> copy = new LinkedHashMap<>();
    roleSettings.forEach((role, s) -> copy.put(role, Collections.unmodifiableMap(new LinkedHashMap<>(s))));
    roleSettings = Collections.unmodifiableMap(copy);
    roleIsolation = Map.copyOf(roleIsolation);
  }

  public static final DbSettings EMPTY = new DbSettings(Map.of(), Map.of());

  /** The role's {@code default_transaction_isolation}, when it has one. */
  public Optional<String> isolationOf(String role) {
    return Optional.ofNullable(roleIsolation.get(role));
  }

  /** The role's own settings, in name order; none for a role without any. */
  public List<Map.Entry<String, String>> settingsOf(String role) {
    return List.copyOf(roleSettings.getOrDefault(role, Map.of()).entrySet());
  }
}
