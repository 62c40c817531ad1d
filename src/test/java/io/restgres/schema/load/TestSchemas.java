package io.restgres.schema.load;

import io.restgres.schema.Column;
import io.restgres.schema.ForeignKey;
import io.restgres.schema.QualifiedName;
import io.restgres.schema.MediaHandlers;
import io.restgres.schema.Relationship;
import io.restgres.schema.SchemaCache;
import io.restgres.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds schema caches by hand for planner tests: relations with columns and keys, foreign keys
 * (as the loader has them, already projected onto views) and computed relationships; the
 * relationships are derived by the loader's own {@link Relationships}.
 */
public final class TestSchemas {
  private final String schema;
  private final Map<QualifiedName, Table> tables = new LinkedHashMap<>();
  private final List<ForeignKey> foreignKeys = new ArrayList<>();
  private final List<Relationship.Computed> computed = new ArrayList<>();

  public TestSchemas(String schema) {
    this.schema = schema;
  }

  public QualifiedName name(String relation) {
    return new QualifiedName(schema, relation);
  }

  /** A table; columns are {@code name} (text) or {@code name:type}. */
  public TestSchemas table(String name, List<String> primaryKey, String... columns) {
    return relation(name, false, primaryKey, columns);
  }

  public TestSchemas view(String name, List<String> primaryKey, String... columns) {
    return relation(name, true, primaryKey, columns);
  }

  public TestSchemas fk(String constraint, String table, List<String> columns, String foreignTable, List<String> foreignColumns) {
    foreignKeys.add(new ForeignKey(constraint, name(table), columns, name(foreignTable), foreignColumns, false));
    return this;
  }

  /** A foreign key whose columns are also a unique key. */
  public TestSchemas uniqueFk(String constraint, String table, List<String> columns, String foreignTable, List<String> foreignColumns) {
    foreignKeys.add(new ForeignKey(constraint, name(table), columns, name(foreignTable), foreignColumns, true));
    return this;
  }

  public TestSchemas computed(String function, String table, String foreignTable, boolean toOne) {
    computed.add(new Relationship.Computed(name(function), name(table), name(foreignTable), toOne));
    return this;
  }

  public SchemaCache build() {
    return new SchemaCache(tables, foreignKeys, Relationships.derive(tables, foreignKeys, computed), List.of(),
        MediaHandlers.NONE);
  }

  private TestSchemas relation(String name, boolean isView, List<String> primaryKey, String... columns) {
    Map<String, Column> cols = new LinkedHashMap<>();
    for (String c : columns) {
      String[] parts = c.split(":", 2);
      String type = parts.length > 1 ? parts[1] : "text";
      cols.put(parts[0], new Column(parts[0], type, type, true, Optional.empty(), List.of(), Optional.empty()));
    }
    tables.put(name(name), new Table(name(name), isView, true, true, true, primaryKey, cols, Optional.empty()));
    return this;
  }
}
