package io.restgres.plan;

import io.restgres.request.Condition;
import java.util.List;
import java.util.Objects;

/** A resolved WHERE condition tree. */
public sealed interface Predicate {
  /** A field compared by one operator. */
  record Compare(ResolvedField field, Condition condition) implements Predicate {
    public Compare {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(condition, "condition");
    }
  }

  /** AND / OR over children, optionally negated. */
  record Bool(boolean negated, boolean isOr, List<Predicate> children) implements Predicate {
    public Bool {
      children = List.copyOf(children);
    }
  }

  /**
   * {@code ?rel=is.null} (an anti-join: no related row) or {@code ?rel=not.is.null} (a semi-join),
   * on the embed whose lateral subquery is {@code lateralAlias}.
   */
  record NullEmbed(boolean isNull, String lateralAlias) implements Predicate {
    public NullEmbed {
      Objects.requireNonNull(lateralAlias, "lateralAlias");
    }
  }
}
