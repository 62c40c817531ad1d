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

  /**
   * Whether a full-text search must turn the column into a tsvector first (PostgREST v13): a column
   * of another type, text or json say. A name that is no column (a computed field) is searched as
   * it is, as PostgREST does, so that a function returning a tsvector works.
   */
  public boolean needsToTsvector() {
    return baseType.map(t -> !t.equals("tsvector")).orElse(false);
  }
}
