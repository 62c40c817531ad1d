package io.restgres.plan;

import java.util.Objects;
import java.util.Optional;

/** One resolved ORDER BY term. */
public record Ordering(ResolvedField field, Optional<Boolean> descending, Optional<Boolean> nullsFirst) {
  public Ordering {
    Objects.requireNonNull(field, "field");
  }
}
