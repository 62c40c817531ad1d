package io.restgres.request;

import java.util.List;
import java.util.Objects;

/** A boolean tree of filters from {@code or=(...)}, {@code and=(...)} and their {@code not.} forms. */
public sealed interface LogicTree {
  /** {@code [not.]and(...)} or {@code [not.]or(...)}. */
  record Node(boolean negated, boolean isOr, List<LogicTree> children) implements LogicTree {
    public Node {
      children = List.copyOf(children);
    }
  }

  /** One filter inside a tree. */
  record Leaf(FieldPath field, Condition condition) implements LogicTree {
    public Leaf {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(condition, "condition");
    }
  }
}
