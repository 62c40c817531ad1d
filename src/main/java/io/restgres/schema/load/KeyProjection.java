package io.restgres.schema.load;

import io.restgres.schema.ForeignKey;
import io.restgres.schema.QualifiedName;
import java.util.ArrayList;
import java.util.Comparator;
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
   * @param viewOrigins for each view, its columns' direct origins (possibly other views), in the
   *     view's column order
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

  /**
   * For each exposed relation, every way it names the given base columns, if it exposes them all. A
   * view that shows a base column twice ({@code select a as a1, a as a2}) names it both ways, and
   * each combination is a key of its own (PostgREST {@code expandKeyDepCols}, issue #2459).
   */
  Map<QualifiedName, List<List<String>>> exposing(QualifiedName table, List<String> columns) {
    Map<QualifiedName, List<List<String>>> out = new HashMap<>();
    if (exposed.contains(table)) {
      out.put(table, List.of(columns));
    }
    for (QualifiedName view : origins.keySet()) {
      if (!exposed.contains(view)) {
        continue;
      }
      List<List<String>> names = new ArrayList<>();
      for (String c : columns) {
        names.add(viewColumns(view, new Col(table, c)));
      }
      List<List<String>> combinations = combinations(names);
      if (!combinations.isEmpty()) {
        out.put(view, combinations);
      }
    }
    return out;
  }

  private List<String> viewColumns(QualifiedName view, Col baseCol) {
    return origins.get(view).keySet().stream()
        .filter(name -> base(new Col(view, name)).map(baseCol::equals).orElse(false))
        .toList();
  }

  // One name from each list, in every combination, the first list varying slowest.
  private static List<List<String>> combinations(List<List<String>> choices) {
    List<List<String>> out = List.of(List.of());
    for (List<String> choice : choices) {
      List<List<String>> next = new ArrayList<>();
      for (List<String> prefix : out) {
        for (String name : choice) {
          List<String> longer = new ArrayList<>(prefix);
          longer.add(name);
          next.add(longer);
        }
      }
      out = next;
    }
    return out;
  }

  /**
   * Primary keys of every exposed relation (a view's when it exposes all of its table's). A view
   * that shows a key column twice takes its first name for it, as PostgREST does.
   */
  Map<QualifiedName, List<String>> primaryKeys(List<Constraint> constraints) {
    Map<QualifiedName, List<String>> out = new HashMap<>();
    for (Constraint c : constraints) {
      if (c.primary()) {
        // a view over several tables has the key columns of each (PostgREST addViewPrimaryKeys),
        // each column named by its first reference
        exposing(c.table(), c.columns()).forEach((rel, keys) -> out.merge(rel, keys.get(0), KeyProjection::union));
      }
    }
    return out;
  }

  /** Foreign keys between exposed relations, each table FK repeated for every way views name it. */
  List<ForeignKey> foreignKeys(List<Constraint> constraints) {
    List<ForeignKey> out = new ArrayList<>();
    for (Constraint c : constraints) {
      if (c.primary()) {
        continue;
      }
      Map<QualifiedName, List<List<String>>> sources = exposing(c.table(), c.columns());
      Map<QualifiedName, List<List<String>>> targets = exposing(c.foreignTable(), c.foreignColumns());
      sources.forEach((src, srcKeys) -> targets.forEach((dst, dstKeys) -> {
        for (List<String> srcCols : srcKeys) {
          for (List<String> dstCols : dstKeys) {
            out.add(new ForeignKey(c.name(), src, srcCols, dst, dstCols, c.oneToOne()));
          }
        }
      }));
    }
    out.sort(Comparator.comparing(ForeignKey::constraint)
        .thenComparing(f -> f.table().toString()).thenComparing(f -> f.foreignTable().toString()));
    return out;
  }

  private static List<String> union(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    b.stream().filter(col -> !all.contains(col)).forEach(all::add);
    return all;
  }
}
