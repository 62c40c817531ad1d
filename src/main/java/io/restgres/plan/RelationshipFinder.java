package io.restgres.plan;

import io.restgres.schema.QualifiedName;
import io.restgres.schema.Relationship;
import io.restgres.schema.Relationship.Cardinality;
import io.restgres.schema.Relationship.ForeignKeyRel;
import io.restgres.schema.Relationship.ManyToMany;
import io.restgres.schema.SchemaCache;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the one relationship an embed {@code target[!hint]} names from a relation (PostgREST
 * {@code Plan.hs:findRel}): none is 400 PGRST200, several are 300 PGRST201. The target is the
 * embedded relation's name, a computed relationship's function, or (deprecated, tables only) a
 * foreign-key constraint or column; the hint is a constraint, a column of either side, or a junction.
 */
final class RelationshipFinder {
  private final SchemaCache cache;
  private final String schema;

  RelationshipFinder(SchemaCache cache, String schema) {
    this.cache = cache;
    this.schema = schema;
  }

  Relationship find(QualifiedName origin, String target, Optional<String> hint) {
    List<Relationship> found = new ArrayList<>(1);
    for (Relationship r : cache.relationshipsFrom(origin, schema)) {
      if (matches(r, target, hint)) {
        found.add(r);
      }
    }
    if (found.isEmpty()) {
      throw RelationshipErrors.notFound(cache, schema, origin.name(), target, hint);
    }
    if (found.size() > 1) {
      throw RelationshipErrors.ambiguous(origin.name(), target, found);
    }
    return found.get(0);
  }

  static boolean matches(Relationship r, String target, Optional<String> hint) {
    if (r instanceof Relationship.Computed c) {
      return c.function().name().equals(target);
    }
    boolean named = r.foreignTable().name().equals(target);
    if (r.isSelf()) {
      // one foreign key, two readings: the table's name is the children (one-to-many), the column
      // the parent (many-to-one); a hint is a referenced column and picks among the children
      if (hint.isEmpty()) {
        return named && is(r, Cardinality.ONE_TO_MANY) || singleColumn(r, target) && is(r, Cardinality.MANY_TO_ONE);
      }
      return named && is(r, Cardinality.ONE_TO_MANY) && singleForeignColumn(r, hint.get());
    }
    boolean toView = r instanceof ForeignKeyRel f ? f.foreignTableIsView() : ((ManyToMany) r).foreignTableIsView();
    if (hint.isEmpty()) {
      return named || !toView && (constraint(r, target) || singleColumn(r, target));
    }
    String h = hint.get();
    return named && (constraint(r, h) || singleColumn(r, h) || singleForeignColumn(r, h) || junction(r, h));
  }

  private static boolean is(Relationship r, Cardinality c) {
    return r instanceof ForeignKeyRel f && f.cardinality() == c;
  }

  private static boolean constraint(Relationship r, String name) {
    return r instanceof ForeignKeyRel f && f.constraint().equals(name);
  }

  private static boolean singleColumn(Relationship r, String column) {
    return r instanceof ForeignKeyRel f && f.columns().size() == 1 && f.columns().get(0).column().equals(column);
  }

  private static boolean singleForeignColumn(Relationship r, String column) {
    return r instanceof ForeignKeyRel f && f.columns().size() == 1
        && f.columns().get(0).foreignColumn().equals(column);
  }

  private static boolean junction(Relationship r, String name) {
    return r instanceof ManyToMany m && m.junction().name().equals(name);
  }
}
