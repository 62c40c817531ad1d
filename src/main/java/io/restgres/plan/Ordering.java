package io.restgres.plan;

import java.util.Objects;
import java.util.Optional;

/**
 * One resolved ORDER BY term.
 *
 * @param relation the lateral alias of the to-one embed ordered by ({@code order=rel(col)}); empty
 *     for the relation's own columns
 */
public record Ordering(
    ResolvedField field, Optional<Boolean> descending, Optional<Boolean> nullsFirst, Optional<String> relation) {
  public Ordering {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(relation, "relation");
  }

  /** A term on the relation's own column. */
  public Ordering(ResolvedField field, Optional<Boolean> descending, Optional<Boolean> nullsFirst) {
    this(field, descending, nullsFirst, Optional.empty());
  }
}
