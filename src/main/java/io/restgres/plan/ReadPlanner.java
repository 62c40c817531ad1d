package io.restgres.plan;

import io.restgres.config.AppConfig;
import io.restgres.error.ErrorCode;
import io.restgres.request.ApiRequest;
import io.restgres.request.FieldPath;
import io.restgres.request.Filter;
import io.restgres.request.LogicTree;
import io.restgres.request.OrderTerm;
import io.restgres.request.QueryParams;
import io.restgres.request.QueryParams.ScopedTree;
import io.restgres.request.RangeSpec;
import io.restgres.request.SelectItem;
import io.restgres.schema.Column;
import io.restgres.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The read-plan passes: select, filters, logic trees, order, range. */
final class ReadPlanner {
  private ReadPlanner() {}

  static ReadPlan plan(Table table, ApiRequest req, AppConfig config) {
    QueryParams q = req.query();
    rejectEmbedScopedParams(q);
    return new ReadPlan(
        table.name(),
        table.name().name(),
        select(table, q.select(), config),
        where(table, q),
        order(table, q.rootOrder()),
        range(req, config));
  }

  private static List<Projection> select(Table table, List<SelectItem> items, AppConfig config) {
    List<Projection> out = new ArrayList<>();
    for (SelectItem item : items) {
      if (item instanceof SelectItem.Star) {
        out.add(new Projection.AllColumns());
      } else if (item instanceof SelectItem.Field f) {
        out.add(field(table, f, config));
      } else if (item instanceof SelectItem.Embed e) {
        throw ErrorCode.NO_RELATIONSHIP.exception(
            "Could not find a relationship between '" + table.name().name() + "' and '" + e.relation()
                + "' in the schema cache",
            "Searched for a foreign key relationship between '" + table.name().name() + "' and '"
                + e.relation() + "' in the schema '" + table.name().schema()
                + "', but no matches were found.",
            null);
      } else {
        throw new IllegalStateException("unknown select item " + item);
      }
    }
    return out;
  }

  private static Projection field(Table table, SelectItem.Field f, AppConfig config) {
    if (f.aggregate().isPresent()) {
      if (!config.dbAggregatesEnabled()) {
        throw ErrorCode.AGGREGATES_DISABLED.exception("Use of aggregate functions is not allowed");
      }
      throw ErrorCode.NOT_IMPLEMENTED.exception(
          "Feature not implemented", "Aggregates are not implemented in this version of Restgres.", null);
    }
    FieldPath path = f.field();
    f.cast().filter(c -> !TypeNames.isValid(c)).ifPresent(c -> {
      throw ErrorCode.QUERY_PARSE.exception(
          "Invalid cast type '" + c + "'", "A cast must name a type: an identifier such as int4 or text, "
              + "or one of SQL's multi-word type names", null);
    });
    Optional<String> name = f.alias().or(() -> path.path().isEmpty() ? Optional.empty() : Optional.of(path.outputName()));
    if (name.isEmpty() && f.cast().isPresent()) {
      name = Optional.of(path.name());
    }
    return new Projection.Field(resolve(table, path), f.cast(), name);
  }

  static ResolvedField resolve(Table table, FieldPath path) {
    return new ResolvedField(
        path.name(), table.column(path.name()).map(Column::baseType), path.path());
  }

  private static List<Predicate> where(Table table, QueryParams q) {
    List<Predicate> out = new ArrayList<>();
    for (Filter f : q.filters()) {
      out.add(new Predicate.Compare(resolve(table, f.field()), f.condition()));
    }
    for (ScopedTree t : q.logic()) {
      out.add(tree(table, t.tree()));
    }
    return out;
  }

  private static Predicate tree(Table table, LogicTree t) {
    if (t instanceof LogicTree.Leaf leaf) {
      return new Predicate.Compare(resolve(table, leaf.field()), leaf.condition());
    }
    if (t instanceof LogicTree.Node node) {
      List<Predicate> children = new ArrayList<>();
      node.children().forEach(c -> children.add(tree(table, c)));
      return new Predicate.Bool(node.negated(), node.isOr(), children);
    }
    throw new IllegalStateException("unknown logic tree " + t);
  }

  private static List<Ordering> order(Table table, List<OrderTerm> terms) {
    List<Ordering> out = new ArrayList<>();
    for (OrderTerm t : terms) {
      if (t.relation().isPresent()) {
        throw ErrorCode.NO_RELATIONSHIP.exception(
            "Could not find a relationship between '" + table.name().name() + "' and '"
                + t.relation().get() + "' in the schema cache");
      }
      out.add(new Ordering(resolve(table, t.field()), t.descending(), t.nullsFirst()));
    }
    return out;
  }

  private static RangeSpec range(ApiRequest req, AppConfig config) {
    RangeSpec range = Ranges.fromQuery(req.query().rootLimit(), req.query().rootOffset());
    if (req.headerRange().isPresent()) {
      range = Ranges.intersect(range, req.headerRange().get());
    }
    if (config.dbMaxRows().isPresent() && req.action().isRead()) {
      range = range.capped(config.dbMaxRows().get());
    }
    return range;
  }

  /** Until embedding exists, any embed-scoped parameter targets an embed that is not selected. */
  private static void rejectEmbedScopedParams(QueryParams q) {
    List<List<String>> paths = new ArrayList<>();
    q.filters().forEach(f -> paths.add(f.embedPath()));
    q.logic().forEach(t -> paths.add(t.embedPath()));
    paths.addAll(q.order().keySet());
    paths.addAll(q.limits().keySet());
    paths.addAll(q.offsets().keySet());
    for (List<String> p : paths) {
      if (!p.isEmpty()) {
        throw ErrorCode.UNSELECTED_EMBED_FILTER.exception(
            "'" + String.join(".", p) + "' is not an embedded resource in this request",
            null,
            "Verify that '" + String.join(".", p) + "' is included in the 'select' query parameter.");
      }
    }
  }
}
