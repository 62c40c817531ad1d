package io.restgres.schema.load;

import io.restgres.schema.QualifiedName;
import io.restgres.schema.Relationship;
import io.restgres.schema.Relationship.ColumnPair;
import io.restgres.schema.Relationship.ForeignKeyRel;
import io.restgres.schema.Relationship.ManyToMany;
import java.util.Comparator;
import java.util.List;

/**
 * The order PostgREST's derived {@code Ord Relationship} gives: foreign-key relationships before
 * computed ones, then by table, foreign table, self-ness, cardinality (one-to-many, many-to-one,
 * one-to-one, many-to-many), constraint and columns. It decides the order of the candidates in
 * PGRST201.
 */
enum RelationshipOrder implements Comparator<Relationship> {
  INSTANCE;

  private static final Comparator<QualifiedName> NAME =
      Comparator.comparing(QualifiedName::schema).thenComparing(QualifiedName::name);

  // Column lists compare pair by pair, a shorter prefix first (Haskell's list order).
  private static final Comparator<List<ColumnPair>> PAIRS = (x, y) -> {
    Comparator<ColumnPair> pair = Comparator.comparing(ColumnPair::column).thenComparing(ColumnPair::foreignColumn);
    for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
      int c = pair.compare(x.get(i), y.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.size(), y.size());
  };

  @Override
  public int compare(Relationship a, Relationship b) {
    return Comparator.comparingInt(RelationshipOrder::kind)
        .thenComparing(Relationship::table, NAME)
        .thenComparing(Relationship::foreignTable, NAME)
        .thenComparing(Relationship::isSelf)
        .thenComparingInt(RelationshipOrder::cardinality)
        .thenComparing(RelationshipOrder::key)
        .thenComparing(RelationshipOrder::columns, PAIRS)
        .compare(a, b);
  }

  private static int kind(Relationship r) {
    return r instanceof Relationship.Computed ? 1 : 0;
  }

  private static int cardinality(Relationship r) {
    if (r instanceof ForeignKeyRel f) {
      return f.cardinality().ordinal();
    }
    return 3;
  }

  // The constraint, or the junction and its constraints, as one comparable string.
  private static String key(Relationship r) {
    if (r instanceof ForeignKeyRel f) {
      return f.constraint();
    }
    if (r instanceof ManyToMany m) {
      return m.junction() + "\0" + m.constraint1() + '\0' + m.constraint2();
    }
    return ((Relationship.Computed) r).function().toString();
  }

  private static List<ColumnPair> columns(Relationship r) {
    if (r instanceof ForeignKeyRel f) {
      return f.columns();
    }
    return r instanceof ManyToMany m ? m.sourceColumns() : List.of();
  }
}
