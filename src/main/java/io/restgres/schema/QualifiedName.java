package io.restgres.schema;

import java.util.Objects;

/** A schema-qualified relation or function name, as resolved against the catalog. */
public record QualifiedName(String schema, String name) {
  public QualifiedName {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(name, "name");
  }

  @Override
  public String toString() {
    return schema + "." + name;
  }
}
