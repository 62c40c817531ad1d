package io.restgres.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable snapshot of the exposed part of the catalog. The server swaps a whole new snapshot in
 * on reload; nothing in here changes afterwards.
 *
 * @param relationships the relationships between exposed relations by the relation they start
 *     from, each list in PostgREST's order (the order in which an ambiguous embed lists them)
 * @param mediaHandlers the media types that aggregates and functions of the exposed schemas produce
 */
public record SchemaCache(
    Map<QualifiedName, Table> tables,
    List<ForeignKey> foreignKeys,
    Map<QualifiedName, List<Relationship>> relationships,
    List<Routine> routines,
    MediaHandlers mediaHandlers) {
  public SchemaCache {
    tables = Map.copyOf(tables);
    foreignKeys = List.copyOf(foreignKeys);
    relationships = Map.copyOf(relationships);
    routines = List.copyOf(routines);
    Objects.requireNonNull(mediaHandlers, "mediaHandlers");
  }

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

  /**
   * The relationships from {@code table} to relations (or computed-relationship functions) of
   * {@code schema}, the ones an embed in a request on that schema may use.
   */
  public List<Relationship> relationshipsFrom(QualifiedName table, String schema) {
    List<Relationship> out = new ArrayList<>();
    for (Relationship r : relationships.getOrDefault(table, List.of())) {
      if (targetSchema(r).equals(schema)) {
        out.add(r);
      }
    }
    return out;
  }

  private static String targetSchema(Relationship r) {
    return r instanceof Relationship.Computed c ? c.function().schema() : r.foreignTable().schema();
  }
}
