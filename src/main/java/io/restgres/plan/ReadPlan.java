package io.restgres.plan;

import io.restgres.request.Operator;
import io.restgres.request.RangeSpec;
import io.restgres.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How to read one relation: what to select, which rows, in which order, which page, and the
 * relations embedded in it. A tree: each {@link EmbedPlan} holds the read of one embedded relation
 * (PostgREST's {@code ReadPlanTree}).
 *
 * @param from the relation read
 * @param alias the name the relation goes by in the statement (its own name at the root)
 * @param where the conjunction of all filters and logic trees (empty list: no WHERE)
 * @param embeds the embedded relations, in select order
 */
public record ReadPlan(
    QualifiedName from,
    String alias,
    List<Projection> select,
    List<Predicate> where,
    List<Ordering> order,
    RangeSpec range,
    List<EmbedPlan> embeds) {
  public ReadPlan {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(alias, "alias");
    select = List.copyOf(select);
    where = List.copyOf(where);
    order = List.copyOf(order);
    Objects.requireNonNull(range, "range");
    embeds = List.copyOf(embeds);
  }

  /** A read without embedded relations. */
  public ReadPlan(
      QualifiedName from, String alias, List<Projection> select, List<Predicate> where,
      List<Ordering> order, RangeSpec range) {
    this(from, alias, select, where, order, range, List.of());
  }

  public ReadPlan withSelect(List<Projection> s) {
    return new ReadPlan(from, alias, s, where, order, range, embeds);
  }

  public ReadPlan withWhere(List<Predicate> w) {
    return new ReadPlan(from, alias, select, w, order, range, embeds);
  }

  public ReadPlan withOrder(List<Ordering> o) {
    return new ReadPlan(from, alias, select, where, o, range, embeds);
  }

  public ReadPlan withRange(RangeSpec r) {
    return new ReadPlan(from, alias, select, where, order, r, embeds);
  }

  public ReadPlan withEmbeds(List<EmbedPlan> e) {
    return new ReadPlan(from, alias, select, where, order, range, e);
  }

  /** Whether this node aggregates: its own aggregates, or those lifted out of its to-one spreads. */
  public boolean hasAggregates() {
    for (Projection p : select) {
      if (p instanceof Projection.Aggregate) {
        return true;
      }
    }
    for (EmbedPlan e : embeds) {
      if (e.aggregatesLifted() && !e.plan().lifted().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The aggregates this node's rows carry up for an ancestor to compute: its own lifted ones and
   * those of the to-one spreads it passes through, by their output names.
   */
  public List<Projection.Lifted> lifted() {
    List<Projection.Lifted> out = new ArrayList<>();
    select.stream().filter(p -> p instanceof Projection.Lifted).forEach(p -> out.add((Projection.Lifted) p));
    for (EmbedPlan e : embeds) {
      if (e.output() == EmbedPlan.Output.SPREAD && e.toOne() && !e.aggregatesLifted()) {
        out.addAll(e.plan().lifted());
      }
    }
    return out;
  }

  /**
   * The keys this read gives its rows, as a spread lifts them into the parent: {@code *} for all
   * columns, then the embeds' names (a spread's own lifted keys).
   */
  public List<String> outputNames() {
    List<String> out = new ArrayList<>();
    for (Projection p : select) {
      out.add(p.key());
    }
    for (EmbedPlan e : embeds) {
      if (e.output() == EmbedPlan.Output.NESTED) {
        out.add(e.name());
      } else if (e.output() == EmbedPlan.Output.SPREAD) {
        out.addAll(e.plan().outputNames());
      }
    }
    return out;
  }

  /**
   * Whether the filters fix every column of {@code key} with a plain {@code eq} (ANDed at the top,
   * not negated, without a JSON path), so that a unique key makes this a read of at most one row.
   */
  public boolean pinsKey(List<String> key) {
    if (key.isEmpty()) {
      return false;
    }
    for (String column : key) {
      if (!pinned(where, column)) {
        return false;
      }
    }
    return true;
  }

  private static boolean pinned(List<Predicate> conjunction, String column) {
    for (Predicate p : conjunction) {
      if (p instanceof Predicate.Compare c && c.field().column().equals(column) && c.field().path().isEmpty()
          && !c.condition().negated() && c.condition().operator() == Operator.EQ
          && c.condition().quantifier().isEmpty()) {
        return true;
      }
      if (p instanceof Predicate.Bool b && !b.negated() && !b.isOr() && pinned(b.children(), column)) {
        return true;
      }
    }
    return false;
  }
}
