package io.restgres.plan;

import io.restgres.error.ErrorCode;
import io.restgres.request.OrderTerm;
import io.restgres.request.QueryParams;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;

/**
 * Pass {@code addOrders}: each {@code order=} goes to the node its path names. A term on an embed,
 * {@code order=rel(col)}, orders by a column of that embed's lateral subquery, which only makes
 * sense for a to-one embed (PostgREST {@code addRelatedOrders}): not embedded is 400 PGRST108, not
 * to-one 400 PGRST118.
 */
final class OrderPlanner {
  private final Relations relations;

  OrderPlanner(Relations relations) {
    this.relations = relations;
  }

  ReadPlan addOrders(ReadPlan root, QueryParams q) {
    ReadPlan tree = root;
    for (Map.Entry<List<String>, List<OrderTerm>> e : q.order().entrySet()) {
      tree = EmbedPaths.update(tree, e.getKey(), n -> n.withOrder(orderings(n, e.getValue())));
    }
    return tree;
  }

  private List<Ordering> orderings(ReadPlan node, List<OrderTerm> terms) {
    List<Ordering> out = new ArrayList<>();
    for (OrderTerm t : terms) {
      if (t.relation().isEmpty()) {
        out.add(new Ordering(FilterPlanner.resolve(relations.table(node.from()), t.field()), t.descending(), t.nullsFirst()));
        continue;
      }
      String name = t.relation().get();
      EmbedPlan embed = EmbedPaths.child(node, name).orElseThrow(() -> EmbedPaths.notEmbedded(name));
      if (!embed.toOne()) {
        throw ErrorCode.ORDER_NOT_TO_ONE.exception(
            "A related order on '" + name + "' is not possible",
            "'" + node.from().name() + "' and '" + name + "' do not form a many-to-one or one-to-one relationship",
            null);
      }
      out.add(new Ordering(FilterPlanner.resolve(relations.table(embed.plan().from()), t.field()),
          t.descending(), t.nullsFirst(), java.util.Optional.of(embed.lateralAlias())));
    }
    return out;
  }
}
