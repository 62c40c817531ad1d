package io.restgres.plan;

import io.restgres.config.AppConfig;
import io.restgres.request.ApiRequest;
import io.restgres.request.FieldPath;
import io.restgres.request.QueryParams;
import io.restgres.schema.Column;
import io.restgres.schema.Representation;
import io.restgres.schema.SchemaCache;
import io.restgres.schema.Table;
import java.util.Optional;

/**
 * The read plan as PostgREST's {@code readPlan} builds it: a chain of named passes over the plan
 * tree, in this order, after the Planner checked embed paths (PGRST108 for parameters on
 * unselected embeds). Errors therefore come in PostgREST's order: PGRST200/201 for relationships,
 * PGRST120, PGRST108/118 for related orders,
 * then PGRST123/127 for aggregates.
 */
final class ReadPlanner {
  private ReadPlanner() {}

  static ReadPlan plan(SchemaCache cache, Table table, ApiRequest req, AppConfig config) {
    QueryParams q = req.query();
    ReadPlan tree = new SelectPlanner(cache, req.schema()).root(table, table.name().name(), q.select());
    FilterPlanner filters = new FilterPlanner(new Relations(cache, table));
    tree = filters.addFilters(tree, q);
    tree = filters.addLogicTrees(tree, q);
    tree = new OrderPlanner(new Relations(cache, table)).addOrders(tree, q);
    tree = RangePlanner.addRanges(tree, req, config);
    tree = AggregatePlanner.validate(tree, config.dbAggregatesEnabled());
    tree = AggregatePlanner.liftSpreadAggregates(tree);
    return new AggregatePlanner(cache).expandStars(tree, false);
  }

  static ResolvedField resolve(Table table, FieldPath path) {
    Optional<Column> column = table.column(path.name());
    return new ResolvedField(path.name(), column.map(Column::baseType), path.path(),
        column.map(Column::representation).orElse(Representation.NONE));
  }
}
