package io.restgres.request;

import java.util.Objects;
import java.util.Optional;

/**
 * One term of {@code order=}: a field, or a field of a to-one embed ({@code rel(col).desc}), with
 * direction and null placement when given.
 */
public record OrderTerm(
    Optional<String> relation, FieldPath field, Optional<Boolean> descending, Optional<Boolean> nullsFirst) {
  public OrderTerm {
    Objects.requireNonNull(field, "field");
  }
}
