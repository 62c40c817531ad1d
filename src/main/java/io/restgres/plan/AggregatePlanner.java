package io.restgres.plan;

import io.restgres.error.ErrorCode;
import io.restgres.schema.Column;
import io.restgres.schema.SchemaCache;
import io.restgres.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Passes {@code validateAggregates}, {@code liftSpreadAggregates} and {@code expandStars}. Aggregates
 * need {@code db-aggregates-enabled} (else 400 PGRST123) and are not supported in to-many spreads
 * (400 PGRST127); those of a to-one spread are lifted to the nearest ancestor that is not itself a
 * to-one spread, which computes them grouped by its other values (PostgREST
 * {@code hoistSpreadAggFunctions}). A {@code *} is
 * replaced by the relation's columns where they must be named: next to an aggregate (they become
 * the GROUP BY, also those a to-one spread lifts into an aggregating parent) and in a to-many spread
 * (each column becomes an array).
 */
final class AggregatePlanner {
  private final SchemaCache cache;

  AggregatePlanner(SchemaCache cache) {
    this.cache = cache;
  }

  static ReadPlan validate(ReadPlan node, boolean enabled) {
    if (node.hasAggregates() && !enabled) {
      throw ErrorCode.AGGREGATES_DISABLED.exception("Use of aggregate functions is not allowed");
    }
    for (EmbedPlan e : node.embeds()) {
      validate(e.plan(), enabled);
      if (e.output() == EmbedPlan.Output.SPREAD && !e.toOne() && e.plan().hasAggregates()) {
        throw ErrorCode.NOT_IMPLEMENTED.exception("Feature not implemented",
            "Aggregates are not implemented for one-to-many or many-to-many spreads.", null);
      }
    }
    return node;
  }

  /** The aggregates of to-one spreads become {@link Projection.Lifted}; their computing parent is marked. */
  static ReadPlan liftSpreadAggregates(ReadPlan node) {
    return lift(node, false);
  }

  // lifting: this node is a to-one spread, whose aggregates its parent (or further up) computes
  private static ReadPlan lift(ReadPlan node, boolean lifting) {
    List<Projection> select = lifting
        ? node.select().stream().map(p -> p instanceof Projection.Aggregate a ? new Projection.Lifted(a) : p).toList()
        : node.select();
    List<EmbedPlan> embeds = new ArrayList<>();
    for (EmbedPlan e : node.embeds()) {
      boolean toOneSpread = e.output() == EmbedPlan.Output.SPREAD && e.toOne();
      embeds.add(e.withPlan(lift(e.plan(), toOneSpread)).withAggregatesLifted(toOneSpread && !lifting));
    }
    return node.withSelect(select).withEmbeds(embeds);
  }

  /**
   * @param mustName whether this node's columns must be named: a to-many spread, or a to-one spread
   *     under an aggregating parent (its columns join the parent's GROUP BY one by one) or under a
   *     node that must name its own (they become arrays of a to-many spread one by one)
   */
  ReadPlan expandStars(ReadPlan node, boolean mustName) {
    ReadPlan out = node;
    // a domain presented through its cast to json is selected by name, as PostgREST expands the star
    if (node.hasAggregates() || mustName || cache.table(node.from()).map(AggregatePlanner::presents).orElse(false)) {
      out = node.withSelect(expand(node.select(), cache.table(node.from())));
    }
    List<EmbedPlan> embeds = new ArrayList<>();
    for (EmbedPlan e : out.embeds()) {
      boolean spread = e.output() == EmbedPlan.Output.SPREAD;
      embeds.add(e.withPlan(expandStars(e.plan(), spread && (!e.toOne() || node.hasAggregates() || mustName))));
    }
    return out.withEmbeds(embeds);
  }

  private static boolean presents(Table t) {
    return t.columns().values().stream().anyMatch(c -> c.representation().toJson().isPresent());
  }

  private static List<Projection> expand(List<Projection> select, Optional<Table> table) {
    List<Projection> out = new ArrayList<>();
    for (Projection p : select) {
      if (p instanceof Projection.AllColumns && table.isPresent()) {
        for (Column c : table.get().columns().values()) {
          out.add(new Projection.Field(
              new ResolvedField(c.name(), Optional.of(c.baseType()), List.of(), c.representation()), Optional.empty(),
              Optional.empty()));
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }
}
