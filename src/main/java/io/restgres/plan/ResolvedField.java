package io.restgres.plan;

import io.restgres.request.JsonStep;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A field resolved against the schema cache: the column of the relation (its type when the column is
 * known; an unknown one is left for PostgreSQL to report) and a JSON path.
 *
 * @param column the column name
 * @param baseType the column's type with domains resolved, when the column exists
 */
public record ResolvedField(String column, Optional<String> baseType, List<JsonStep> path) {
  public ResolvedField {
    Objects.requireNonNull(column, "column");
    path = List.copyOf(path);
  }

  /** JSON paths on columns that are not json/jsonb go through {@code to_jsonb} (composites, arrays). */
  public boolean needsToJsonb() {
    return !path.isEmpty() && baseType.map(t -> !t.equals("json") && !t.equals("jsonb")).orElse(false);
  }

  public boolean isTsvector() {
    return baseType.map(t -> t.equals("tsvector")).orElse(false);
  }
}
