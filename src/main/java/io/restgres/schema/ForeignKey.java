package io.restgres.schema;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key between two relations of the exposed schemas: either a real constraint between
 * tables or one projected onto views whose columns map to the constrained base columns.
 *
 * @param oneToOne whether the constrained base columns are also a primary or unique key, so that
 *     each referenced row has at most one referencing row
 */
public record ForeignKey(
    String constraint, QualifiedName table, List<String> columns, QualifiedName foreignTable,
    List<String> foreignColumns, boolean oneToOne) {
  public ForeignKey {
    Objects.requireNonNull(constraint, "constraint");
    columns = List.copyOf(columns);
    foreignColumns = List.copyOf(foreignColumns);
  }
}
