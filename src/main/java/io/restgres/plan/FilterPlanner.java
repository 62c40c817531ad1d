package io.restgres.plan;

import io.restgres.error.ErrorCode;
import io.restgres.request.Condition;
import io.restgres.request.FieldPath;
import io.restgres.request.Filter;
import io.restgres.request.LogicTree;
import io.restgres.request.Operator;
import io.restgres.request.QueryParams;
import io.restgres.request.QueryParams.ScopedTree;
import io.restgres.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Passes {@code addFilters} and {@code addLogicTrees}: each filter and logic tree goes to the node
 * its embed path names. A filter naming an embed of that node is a null-embed filter
 * ({@code rel=is.null}, {@code rel=not.is.null}; PostgREST {@code addNullEmbedFilters}); any other
 * operator on an embed is 400 PGRST120.
 */
final class FilterPlanner {
  private final Relations relations;

  FilterPlanner(Relations relations) {
    this.relations = relations;
  }

  ReadPlan addFilters(ReadPlan root, QueryParams q) {
    ReadPlan tree = root;
    for (Filter f : q.filters()) {
      tree = EmbedPaths.update(tree, f.embedPath(), n -> n.withWhere(append(n.where(), leaf(n, f.field(), f.condition()))));
    }
    return tree;
  }

  ReadPlan addLogicTrees(ReadPlan root, QueryParams q) {
    ReadPlan tree = root;
    for (ScopedTree t : q.logic()) {
      tree = EmbedPaths.update(tree, t.embedPath(), n -> n.withWhere(append(n.where(), tree(n, t.tree()))));
    }
    return tree;
  }

  private Predicate tree(ReadPlan node, LogicTree t) {
    if (t instanceof LogicTree.Leaf leaf) {
      return leaf(node, leaf.field(), leaf.condition());
    }
    if (t instanceof LogicTree.Node n) {
      List<Predicate> children = new ArrayList<>();
      n.children().forEach(c -> children.add(tree(node, c)));
      return new Predicate.Bool(n.negated(), n.isOr(), children);
    }
    throw new IllegalStateException("unknown logic tree " + t);
  }

  private Predicate leaf(ReadPlan node, FieldPath field, Condition condition) {
    Optional<Table> table = relations.table(node.from());
    Optional<EmbedPlan> embed = field.path().isEmpty() ? EmbedPaths.child(node, field.name()) : Optional.empty();
    if (embed.isPresent()) {
      if (condition.operator() == Operator.IS && condition.value().equals("null")) {
        return new Predicate.NullEmbed(!condition.negated(), embed.get().lateralAlias());
      }
      // a column of the same name is still filtered like any column
      if (table.flatMap(t -> t.column(field.name())).isEmpty()) {
        throw ErrorCode.INVALID_EMBED_FILTER.exception(
            "Bad operator on the '" + field.name() + "' embedded resource",
            "Only is null or not is null filters are allowed on embedded resources",
            null);
      }
    }
    return new Predicate.Compare(resolve(table, field), condition);
  }

  static ResolvedField resolve(Optional<Table> table, FieldPath field) {
    return table.map(t -> ReadPlanner.resolve(t, field))
        .orElseGet(() -> new ResolvedField(field.name(), Optional.empty(), field.path()));
  }

  private static List<Predicate> append(List<Predicate> list, Predicate p) {
    List<Predicate> out = new ArrayList<>(list);
    out.add(p);
    return out;
  }
}
