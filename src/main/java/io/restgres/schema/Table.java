package io.restgres.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A table, view, materialized view, foreign or partitioned table of an exposed schema, with what
 * the relation supports (from auto-updatability or INSTEAD OF triggers, not from grants).
 */
public record Table(
    QualifiedName name,
    boolean isView,
    boolean insertable,
    boolean updatable,
    boolean deletable,
    List<String> primaryKey,
    Map<String, Column> columns,
    Optional<String> description) {
  public Table {
    Objects.requireNonNull(name, "name");
    primaryKey = List.copyOf(primaryKey);
    columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
  }

  public Optional<Column> column(String columnName) {
    return Optional.ofNullable(columns.get(columnName));
  }
}
