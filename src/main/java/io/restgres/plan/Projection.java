package io.restgres.plan;

import java.util.Objects;
import java.util.Optional;

/** One output column of a read. */
public sealed interface Projection {
  /** {@code relation.*}. */
  record AllColumns() implements Projection {}

  /**
   * A field, optionally cast, under an output name (given when the field has a JSON path, a cast
   * that would rename it, or an alias).
   */
  record Field(ResolvedField field, Optional<String> cast, Optional<String> outputName)
      implements Projection {
    public Field {
      Objects.requireNonNull(field, "field");
    }
  }
}
