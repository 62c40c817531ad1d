package io.restgres.schema;

import java.util.Objects;
import java.util.Optional;

/**
 * How a column of a domain type is presented and read (PostgREST's {@code domain_representations}):
 * the functions of the domain's implicit casts to {@code json} (reads), from {@code text} (filter
 * values of the query string) and from {@code json} (values of a JSON body).
 */
public record Representation(Optional<QualifiedName> toJson, Optional<QualifiedName> fromText,
    Optional<QualifiedName> fromJson) {
  /** A column without casts of its own: read, filtered and written as its type. */
  public static final Representation NONE = new Representation(Optional.empty(), Optional.empty(), Optional.empty());

  public Representation {
    Objects.requireNonNull(toJson, "toJson");
    Objects.requireNonNull(fromText, "fromText");
    Objects.requireNonNull(fromJson, "fromJson");
  }
}
