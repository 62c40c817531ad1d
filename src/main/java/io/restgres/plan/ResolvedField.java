package io.restgres.plan;

import io.restgres.request.JsonStep;
import io.restgres.schema.QualifiedName;
import io.restgres.schema.Representation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A field resolved against the schema cache: the column of the relation (its type when the column is
 * known; an unknown one is left for PostgreSQL to report) and a JSON path.
 *
 * @param column the column name
 * @param baseType the column's type with domains resolved, when the column exists
 * @param representation the casts of the column's domain, applied to the column itself (no path)
 */
public record ResolvedField(String column, Optional<String> baseType, List<JsonStep> path,
    Representation representation) {
  public ResolvedField {
    Objects.requireNonNull(column, "column");
    path = List.copyOf(path);
    Objects.requireNonNull(representation, "representation");
  }

  /** A field presented as its type. */
  public ResolvedField(String column, Optional<String> baseType, List<JsonStep> path) {
    this(column, baseType, path, Representation.NONE);
  }

  /** The function that presents the field as JSON in a response: its domain's cast to json. */
  public Optional<QualifiedName> toJson() {
    return path.isEmpty() ? representation.toJson() : Optional.empty();
  }

  /** The function that reads a query-string value for the field: its domain's cast from text. */
  public Optional<QualifiedName> fromText() {
    return path.isEmpty() ? representation.fromText() : Optional.empty();
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
