package io.restgres.schema;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable snapshot of the exposed part of the catalog. The server swaps a whole new snapshot in
 * on reload; nothing in here changes afterwards.
 */
public record SchemaCache(
    Map<QualifiedName, Table> tables, List<ForeignKey> foreignKeys, List<Routine> routines) {
  public SchemaCache {
    tables = Map.copyOf(tables);
    foreignKeys = List.copyOf(foreignKeys);
    routines = List.copyOf(routines);
  }

  public static final SchemaCache EMPTY = new SchemaCache(Map.of(), List.of(), List.of());

  public Optional<Table> table(QualifiedName name) {
    return Optional.ofNullable(tables.get(name));
  }

  /** The tables of one schema, sorted by name (stable output for OpenAPI). */
  public List<Table> tablesOf(String schema) {
    return tables.values().stream()
        .filter(t -> t.name().schema().equals(schema))
        .sorted(Comparator.comparing(t -> t.name().name()))
        .toList();
  }
}
