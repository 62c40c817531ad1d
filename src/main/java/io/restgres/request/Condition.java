package io.restgres.request;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The right-hand side of a filter: {@code [not.]op[(modifier)].value}.
 *
 * @param quantifier {@code any} or {@code all}, for quantifiable operators
 * @param language the text-search configuration of {@code fts(lang)}
 * @param value the raw value (for {@code in}, unused)
 * @param list the elements of an {@code in.(...)} list
 */
public record Condition(
    boolean negated,
    Operator operator,
    Optional<Quantifier> quantifier,
    Optional<String> language,
    String value,
    List<String> list) {
  public Condition {
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(value, "value");
    list = List.copyOf(list);
  }

  /** The quantifiers of {@code op(any)} and {@code op(all)}. */
  public enum Quantifier {
    ANY,
    ALL
  }
}
