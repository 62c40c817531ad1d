package io.restgres.schema.load;

import io.restgres.schema.ForeignKey;
import io.restgres.schema.QualifiedName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Projects primary and foreign keys of tables onto the views over them, so that keys and
 * relationships work through views (and chains of views) as in PostgREST. Pure: it works on column
 * origins already read from the catalog.
 */
final class KeyProjection {
  /** A column of a relation. */
  record Col(QualifiedName relation, String column) {}

  /** A primary or foreign key constraint between tables; see {@link ForeignKey#oneToOne()}. */
  record Constraint(
      boolean primary, String name, QualifiedName table, List<String> columns,
      QualifiedName foreignTable, List<String> foreignColumns, boolean oneToOne) {}

  private final Map<QualifiedName, Map<String, Col>> origins;
  private final Set<QualifiedName> exposed;

  /**
   * @param viewOrigins for each view, its columns' direct origins (possibly other views)
   * @param exposed the relations of the exposed schemas
   */
  KeyProjection(Map<QualifiedName, Map<String, Col>> viewOrigins, Set<QualifiedName> exposed) {
    this.origins = viewOrigins;
    this.exposed = exposed;
  }

  /** The base-table column a relation's column comes from, following views transitively. */
  Optional<Col> base(Col col) {
    Col cur = col;
    for (int hops = 0; hops < 64; hops++) {
      Map<String, Col> o = origins.get(cur.relation());
      if (o == null) {
        return Optional.of(cur);
      }
      Col next = o.get(cur.column());
      if (next == null) {
        return Optional.empty();
      }
      cur = next;
    }
    return Optional.empty();
  }

  /** For each exposed relation, the names it gives the given base columns, if it exposes them all. */
  Map<QualifiedName, List<String>> exposing(QualifiedName table, List<String> columns) {
    Map<QualifiedName, List<String>> out = new HashMap<>();
    if (exposed.contains(table)) {
      out.put(table, columns);
    }
    for (QualifiedName view : origins.keySet()) {
      if (!exposed.contains(view)) {
        continue;
      }
      List<String> names = new ArrayList<>();
      for (String c : columns) {
        findColumn(view, new Col(table, c)).ifPresent(names::add);
      }
      if (names.size() == columns.size()) {
        out.put(view, names);
      }
    }
    return out;
  }

  private Optional<String> findColumn(QualifiedName view, Col baseCol) {
    return origins.get(view).keySet().stream()
        .sorted()
        .filter(name -> base(new Col(view, name)).map(baseCol::equals).orElse(false))
        .findFirst();
  }

  /** Primary keys of every exposed relation (a view's when it exposes all of its table's). */
  Map<QualifiedName, List<String>> primaryKeys(List<Constraint> constraints) {
    Map<QualifiedName, List<String>> out = new HashMap<>();
    for (Constraint c : constraints) {
      if (c.primary()) {
        exposing(c.table(), c.columns()).forEach(out::putIfAbsent);
      }
    }
    return out;
  }

  /** Foreign keys between exposed relations, each table FK repeated for every view pair over it. */
  List<ForeignKey> foreignKeys(List<Constraint> constraints) {
    List<ForeignKey> out = new ArrayList<>();
    for (Constraint c : constraints) {
      if (c.primary()) {
        continue;
      }
      Map<QualifiedName, List<String>> sources = exposing(c.table(), c.columns());
      Map<QualifiedName, List<String>> targets = exposing(c.foreignTable(), c.foreignColumns());
      sources.forEach(
          (src, srcCols) ->
              targets.forEach(
                  (dst, dstCols) -> out.add(new ForeignKey(c.name(), src, srcCols, dst, dstCols, c.oneToOne()))));
    }
    out.sort(java.util.Comparator.comparing(ForeignKey::constraint)
        .thenComparing(f -> f.table().toString()).thenComparing(f -> f.foreignTable().toString()));
    return out;
  }
}
