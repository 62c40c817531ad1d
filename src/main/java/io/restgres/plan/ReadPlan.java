package io.restgres.plan;

import io.restgres.request.RangeSpec;
import io.restgres.schema.QualifiedName;
import java.util.List;
import java.util.Objects;

/**
 * How to read one relation: what to select, which rows, in which order, which page.
 *
 * @param from the relation read
 * @param alias the name the relation goes by in the statement (its own name)
 * @param where the conjunction of all filters and logic trees (empty list: no WHERE)
 */
public record ReadPlan(
    QualifiedName from,
    String alias,
    List<Projection> select,
    List<Predicate> where,
    List<Ordering> order,
    RangeSpec range) {
  public ReadPlan {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(alias, "alias");
    select = List.copyOf(select);
    where = List.copyOf(where);
    order = List.copyOf(order);
    Objects.requireNonNull(range, "range");
  }
}
