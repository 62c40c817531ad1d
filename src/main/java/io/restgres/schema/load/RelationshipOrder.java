package io.restgres.schema.load;

import io.restgres.schema.QualifiedName;
import io.restgres.schema.Relationship;
import io.restgres.schema.Relationship.ForeignKeyRel;
import io.restgres.schema.Relationship.ManyToMany;
import java.util.Comparator;

/**
 * The order PostgREST's derived {@code Ord Relationship} gives: foreign-key relationships before
 * computed ones, then by table, foreign table, self-ness, cardinality (one-to-many, many-to-one,
 * one-to-one, many-to-many) and constraint. It decides the order of the candidates in PGRST201.
 */
enum RelationshipOrder implements Comparator<Relationship> {
  INSTANCE;

  private static final Comparator<QualifiedName> NAME =
      Comparator.comparing(QualifiedName::schema).thenComparing(QualifiedName::name);

  @Override
  public int compare(Relationship a, Relationship b) {
    return Comparator.comparingInt(RelationshipOrder::kind)
        .thenComparing(Relationship::table, NAME)
        .thenComparing(Relationship::foreignTable, NAME)
        .thenComparing(Relationship::isSelf)
        .thenComparingInt(RelationshipOrder::cardinality)
        .thenComparing(RelationshipOrder::key)
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

  // The constraint (or junction and its constraints) and columns, as one comparable string.
  private static String key(Relationship r) {
    if (r instanceof ForeignKeyRel f) {
      return f.constraint() + '\0' + f.columns();
    }
    if (r instanceof ManyToMany m) {
      return m.junction() + "\0" + m.constraint1() + '\0' + m.constraint2();
    }
    return ((Relationship.Computed) r).function().toString();
  }
}
