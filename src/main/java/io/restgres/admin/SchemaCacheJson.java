package io.restgres.admin;

import io.restgres.schema.QualifiedName;
import io.restgres.schema.SchemaCache;
import io.restgres.schema.Table;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The admin server's {@code /schema_cache}: the snapshot in force as JSON, under PostgREST's
 * top-level names ({@code dbTables}, {@code dbRelationships}, {@code dbRoutines}); the entries are
 * Restgres's own records (their shape is not PostgREST's internal one).
 */
final class SchemaCacheJson {
  private static final Jsonb JSONB = JsonbBuilder.create();
  private static final Comparator<QualifiedName> ORDER =
      Comparator.comparing(QualifiedName::schema).thenComparing(QualifiedName::name);

  private SchemaCacheJson() {}

  static String of(SchemaCache cache) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("dbTables", cache.tables().values().stream()
        .sorted(Comparator.comparing(Table::name, ORDER)).toList());
    doc.put("dbRelationships", cache.relationships().entrySet().stream()
        .sorted(Map.Entry.comparingByKey(ORDER))
        .map(e -> List.of(e.getKey(), e.getValue())).toList());
    doc.put("dbRoutines", cache.routines());
    return JSONB.toJson(doc);
  }
}
