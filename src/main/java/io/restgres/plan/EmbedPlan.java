package io.restgres.plan;

import io.restgres.schema.QualifiedName;
import io.restgres.schema.Relationship;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One embedded relation: the child's read, how it joins its parent, and how it shows in the parent's
 * rows. The SQL builder renders it as one {@code LEFT} or {@code INNER JOIN LATERAL}.
 *
 * @param relation the name the request gave (a relation, function, constraint or column name)
 * @param alias the alias the request gave, if any
 * @param toOne whether the relationship gives at most one row (an object) rather than an array
 * @param inner {@code !inner}: parents without a matching child row are left out
 * @param lateralAlias the generated name of the lateral subquery in the parent's FROM
 * @param relationship the relationship the embed follows
 * @param join how the child's rows are tied to the parent's row
 * @param plan the child's read; its {@code alias} qualifies the child relation inside the subquery
 * @param aggregatesLifted for a to-one spread: the parent computes the aggregates lifted out of it
 *     (false where the parent, itself a to-one spread, lifts them further up)
 */
public record EmbedPlan(
    String relation,
    Optional<String> alias,
    Output output,
    boolean toOne,
    boolean inner,
    String lateralAlias,
    Relationship relationship,
    Join join,
    ReadPlan plan,
    boolean aggregatesLifted) {
  public EmbedPlan {
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(lateralAlias, "lateralAlias");
    Objects.requireNonNull(relationship, "relationship");
    Objects.requireNonNull(join, "join");
    Objects.requireNonNull(plan, "plan");
  }

  /** The key of the embed in the parent's rows, and the name filters and orders use for it. */
  public String name() {
    return alias.orElse(relation);
  }

  public EmbedPlan withPlan(ReadPlan p) {
    return new EmbedPlan(relation, alias, output, toOne, inner, lateralAlias, relationship, join, p,
        aggregatesLifted);
  }

  public EmbedPlan withAggregatesLifted(boolean lifted) {
    return new EmbedPlan(relation, alias, output, toOne, inner, lateralAlias, relationship, join, plan, lifted);
  }

  /** How the embed appears in the parent's rows. */
  public enum Output {
    /** Under its name, as an object (to-one) or an array (to-many). */
    NESTED,
    /** {@code ...rel(cols)}: its keys lifted into the parent (to-many: each key an array). */
    SPREAD,
    /** {@code rel()}: not shown; it only filters ({@code !inner}, {@code rel=is.null}). */
    HIDDEN
  }

  /** {@code alias.column = otherAlias.otherColumn}. */
  public record JoinCondition(String alias, String column, String otherAlias, String otherColumn) {}

  /** How child rows are tied to the parent's row. */
  public sealed interface Join {
    /** Foreign-key columns equal to the parent's. */
    record Columns(List<JoinCondition> on) implements Join {
      public Columns {
        on = List.copyOf(on);
      }
    }

    /** Through a junction relation, joined to both sides. */
    record Junction(QualifiedName junction, String alias, List<JoinCondition> on) implements Join {
      public Junction {
        Objects.requireNonNull(junction, "junction");
        on = List.copyOf(on);
      }
    }

    /** The rows a function returns for the parent's row: {@code fn(parent::parentType)}. */
    record Function(QualifiedName function, String parentAlias, QualifiedName parentType) implements Join {}
  }
}
