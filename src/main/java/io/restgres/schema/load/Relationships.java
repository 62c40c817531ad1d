package io.restgres.schema.load;

import io.restgres.schema.ForeignKey;
import io.restgres.schema.QualifiedName;
import io.restgres.schema.Relationship;
import io.restgres.schema.Relationship.Cardinality;
import io.restgres.schema.Relationship.ColumnPair;
import io.restgres.schema.Relationship.ForeignKeyRel;
import io.restgres.schema.Relationship.ManyToMany;
import io.restgres.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Derives the relationships of the schema cache from its foreign keys (already projected onto views)
 * and computed relationships, as PostgREST's {@code SchemaCache.hs} does with {@code addInverseRels},
 * {@code addM2MRels} and {@code getOverrideRelationshipsMap}. Pure.
 */
final class Relationships {
  private Relationships() {}

  static Map<QualifiedName, List<Relationship>> derive(
      Map<QualifiedName, Table> tables, List<ForeignKey> foreignKeys, List<Relationship.Computed> computed) {
    List<ForeignKeyRel> toParent = new ArrayList<>();
    for (ForeignKey fk : foreignKeys) {
      toParent.add(new ForeignKeyRel(fk.table(), fk.foreignTable(),
          fk.oneToOne() ? Cardinality.ONE_TO_ONE : Cardinality.MANY_TO_ONE, fk.constraint(),
          pairs(fk.columns(), fk.foreignColumns()), isView(tables, fk.table()), isView(tables, fk.foreignTable())));
    }
    List<Relationship> all = new ArrayList<>(toParent);
    for (ForeignKeyRel r : toParent) {
      all.add(inverse(r));
    }
    all.addAll(manyToMany(tables, toParent));
    return byTable(overridden(all, tables, computed));
  }

  private static ForeignKeyRel inverse(ForeignKeyRel r) {
    List<ColumnPair> swapped = new ArrayList<>();
    r.columns().forEach(p -> swapped.add(new ColumnPair(p.foreignColumn(), p.column())));
    Cardinality c = r.cardinality() == Cardinality.ONE_TO_ONE ? Cardinality.ONE_TO_ONE : Cardinality.ONE_TO_MANY;
    return new ForeignKeyRel(r.foreignTable(), r.table(), c, r.constraint(), swapped,
        r.foreignTableIsView(), r.tableIsView());
  }

  // A junction has two different many-to-one foreign keys whose columns are all in its primary key.
  private static List<Relationship> manyToMany(Map<QualifiedName, Table> tables, List<ForeignKeyRel> toParent) {
    Map<QualifiedName, List<ForeignKeyRel>> byJunction = new HashMap<>();
    for (ForeignKeyRel r : toParent) {
      if (r.cardinality() == Cardinality.MANY_TO_ONE) {
        byJunction.computeIfAbsent(r.table(), k -> new ArrayList<>()).add(r);
      }
    }
    List<Relationship> out = new ArrayList<>();
    byJunction.forEach((junction, fks) -> {
      Set<String> pk = new HashSet<>(tables.containsKey(junction) ? tables.get(junction).primaryKey() : List.of());
      for (ForeignKeyRel a : fks) {
        for (ForeignKeyRel b : fks) {
          if (!a.constraint().equals(b.constraint()) && pk.containsAll(columns(a)) && pk.containsAll(columns(b))) {
            out.add(new ManyToMany(a.foreignTable(), b.foreignTable(), junction, a.constraint(), b.constraint(),
                a.columns(), b.columns(), a.foreignTableIsView(), b.foreignTableIsView()));
          }
        }
      }
    });
    return out;
  }

  // A function named like a relation replaces the detected relationships to that relation.
  private static List<Relationship> overridden(
      List<Relationship> detected, Map<QualifiedName, Table> tables, List<Relationship.Computed> computed) {
    Set<List<QualifiedName>> replaced = new HashSet<>();
    List<Relationship> out = new ArrayList<>();
    for (Relationship.Computed c : computed) {
      if (tables.containsKey(c.table()) && tables.containsKey(c.foreignTable()) && replaced.add(List.of(c.table(), c.function()))) {
        out.add(c);
      }
    }
    for (Relationship r : detected) {
      if (!replaced.contains(List.of(r.table(), r.foreignTable()))) {
        out.add(r);
      }
    }
    return out;
  }

  private static Map<QualifiedName, List<Relationship>> byTable(List<Relationship> all) {
    Map<QualifiedName, List<Relationship>> grouped = new HashMap<>();
    all.forEach(r -> grouped.computeIfAbsent(r.table(), k -> new ArrayList<>()).add(r));
    Map<QualifiedName, List<Relationship>> out = new HashMap<>();
    grouped.forEach((t, rels) -> {
      rels.sort(RelationshipOrder.INSTANCE);
      out.put(t, List.copyOf(rels));
    });
    return out;
  }

  private static List<ColumnPair> pairs(List<String> columns, List<String> foreignColumns) {
    List<ColumnPair> out = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      out.add(new ColumnPair(columns.get(i), foreignColumns.get(i)));
    }
    return out;
  }

  private static List<String> columns(ForeignKeyRel r) {
    return r.columns().stream().map(ColumnPair::column).toList();
  }

  private static boolean isView(Map<QualifiedName, Table> tables, QualifiedName name) {
    return tables.containsKey(name) && tables.get(name).isView();
  }
}
