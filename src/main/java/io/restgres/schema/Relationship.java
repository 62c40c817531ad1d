package io.restgres.schema;

import java.util.List;
import java.util.Objects;

/**
 * A relationship from one relation to another along which a request may embed (PostgREST
 * {@code SchemaCache/Relationship.hs}): a foreign key read in either direction, a many-to-many
 * through a junction, or a computed relationship (a function of the parent's row type).
 */
public sealed interface Relationship {
  /** The relation embedding from. */
  QualifiedName table();

  /** The relation embedded. */
  QualifiedName foreignTable();

  /** Whether the embed is one JSON object rather than an array. */
  boolean isToOne();

  /** Whether both ends are the same relation. */
  default boolean isSelf() {
    return table().equals(foreignTable());
  }

  /** How many rows of each side a foreign key relates. */
  enum Cardinality {
    ONE_TO_MANY,
    MANY_TO_ONE,
    ONE_TO_ONE
  }

  /** A column of {@code table} and the column of {@code foreignTable} it is equal to. */
  record ColumnPair(String column, String foreignColumn) {
    public ColumnPair {
      Objects.requireNonNull(column, "column");
      Objects.requireNonNull(foreignColumn, "foreignColumn");
    }
  }

  /**
   * A foreign key, read from the side holding it (many-to-one, or one-to-one when its columns are
   * also a primary or unique key) or from the referenced side (one-to-many, or one-to-one).
   */
  record ForeignKeyRel(
      QualifiedName table,
      QualifiedName foreignTable,
      Cardinality cardinality,
      String constraint,
      List<ColumnPair> columns,
      boolean tableIsView,
      boolean foreignTableIsView)
      implements Relationship {
    public ForeignKeyRel {
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(foreignTable, "foreignTable");
      Objects.requireNonNull(cardinality, "cardinality");
      Objects.requireNonNull(constraint, "constraint");
      columns = List.copyOf(columns);
    }

    @Override
    public boolean isToOne() {
      return cardinality != Cardinality.ONE_TO_MANY;
    }
  }

  /**
   * Many-to-many through {@code junction}, whose foreign keys {@code constraint1} (to {@code table})
   * and {@code constraint2} (to {@code foreignTable}) are both part of its primary key.
   *
   * @param sourceColumns junction column → column of {@code table}
   * @param targetColumns junction column → column of {@code foreignTable}
   */
  record ManyToMany(
      QualifiedName table,
      QualifiedName foreignTable,
      QualifiedName junction,
      String constraint1,
      String constraint2,
      List<ColumnPair> sourceColumns,
      List<ColumnPair> targetColumns,
      boolean tableIsView,
      boolean foreignTableIsView)
      implements Relationship {
    public ManyToMany {
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(foreignTable, "foreignTable");
      Objects.requireNonNull(junction, "junction");
      sourceColumns = List.copyOf(sourceColumns);
      targetColumns = List.copyOf(targetColumns);
    }

    @Override
    public boolean isToOne() {
      return false;
    }
  }

  /**
   * A function {@code function(table) RETURNS [SETOF] foreignTable}: to-one when it returns one row
   * ({@code ROWS 1} or not SETOF).
   */
  record Computed(QualifiedName function, QualifiedName table, QualifiedName foreignTable, boolean isToOne)
      implements Relationship {
    public Computed {
      Objects.requireNonNull(function, "function");
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(foreignTable, "foreignTable");
    }
  }
}
