package io.restgres.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A column of a table or view.
 *
 * @param type the SQL type as {@code format_type} renders it ({@code numeric(48,18)})
 * @param baseType the type with domains resolved ({@code numeric}, {@code jsonb}, {@code text[]})
 * @param defaultValue the default expression, if any
 * @param enumValues the labels when the type is an enum
 * @param description the column comment
 * @param representation the casts of the column's domain to and from json and text, if any
 */
public record Column(
    String name,
    String type,
    String baseType,
    boolean nullable,
    Optional<String> defaultValue,
    List<String> enumValues,
    Optional<String> description,
    Representation representation) {
  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(baseType, "baseType");
    enumValues = List.copyOf(enumValues);
    Objects.requireNonNull(representation, "representation");
  }

  /** A column presented as its type: of a relation without domain casts, or of a function's result. */
  public Column(String name, String type, String baseType, boolean nullable, Optional<String> defaultValue,
      List<String> enumValues, Optional<String> description) {
    this(name, type, baseType, nullable, defaultValue, enumValues, description, Representation.NONE);
  }

}
