package io.restgres.plan;

import io.restgres.plan.EmbedPlan.Join;
import io.restgres.plan.EmbedPlan.JoinCondition;
import io.restgres.plan.EmbedPlan.Output;
import io.restgres.request.FieldPath;
import io.restgres.request.RangeSpec;
import io.restgres.request.SelectItem;
import io.restgres.schema.Relationship;
import io.restgres.schema.Relationship.ColumnPair;
import io.restgres.schema.Relationship.ForeignKeyRel;
import io.restgres.schema.Relationship.ManyToMany;
import io.restgres.schema.SchemaCache;
import io.restgres.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Pass {@code resolveSelect}: turns the select tree into the plan tree, one node per embed, each
 * embed's relationship found and its join written down (PostgREST {@code initReadRequest} and
 * {@code addRels}), aliased by depth as PostgREST aliases them ({@link Aliases}).
 */
final class SelectPlanner {
  private final SchemaCache cache;
  private final RelationshipFinder finder;

  SelectPlanner(SchemaCache cache, String schema) {
    this.cache = cache;
    this.finder = new RelationshipFinder(cache, schema);
  }

  ReadPlan root(Table table, String alias, List<SelectItem> items) {
    return node(table, alias, items, 0);
  }

  private ReadPlan node(Table table, String alias, List<SelectItem> items, int depth) {
    List<Projection> select = new ArrayList<>();
    List<EmbedPlan> embeds = new ArrayList<>();
    for (SelectItem item : items) {
      if (item instanceof SelectItem.Star) {
        select.add(new Projection.AllColumns());
      } else if (item instanceof SelectItem.Field f) {
        select.add(field(table, f));
      } else if (item instanceof SelectItem.Embed e) {
        embeds.add(embed(table, alias, e, depth + 1));
      } else {
        throw new IllegalStateException("unknown select item " + item);
      }
    }
    return new ReadPlan(table.name(), alias, select, List.of(), List.of(), RangeSpec.ALL, embeds);
  }

  private EmbedPlan embed(Table parent, String parentAlias, SelectItem.Embed e, int depth) {
    Relationship rel = finder.find(parent.name(), e.relation(), e.hint());
    Table child = cache.table(rel.foreignTable()).orElseThrow(
        () -> new IllegalStateException("relationship to a relation not in the cache: " + rel));
    String alias = alias(rel, parentAlias, depth);
    ReadPlan plan = node(child, alias, e.items(), depth);
    Output output = e.isSpread() ? Output.SPREAD : isEmpty(e) ? Output.HIDDEN : Output.NESTED;
    boolean inner = e.joinType().map(j -> j.equals("inner")).orElse(false);
    String lateral = Aliases.lateral(rel.table().name(), e.alias().orElse(e.relation()), depth);
    return new EmbedPlan(e.relation(), e.alias(), output, rel.isToOne(), inner, lateral, rel,
        join(rel, parentAlias, alias), plan, false);
  }

  // PostgREST leaves a many-to-many's relation and junction unaliased, named by their qualified
  // names; their bare names as aliases read the same in PostgreSQL's errors. An alias equal to the
  // parent's (a table named like "films_1") would hide the parent from the join condition.
  private static String alias(Relationship rel, String parentAlias, int depth) {
    String name = rel.foreignTable().name();
    String alias = rel instanceof ManyToMany ? name : Aliases.relation(name, depth);
    return alias.equals(parentAlias) ? alias + "_" : alias;
  }

  // An embed with no items, or only such embeds, is there only to filter: rel(), rel(other()).
  private static boolean isEmpty(SelectItem.Embed e) {
    return e.items().stream().allMatch(i -> i instanceof SelectItem.Embed c && isEmpty(c));
  }

  private static Join join(Relationship rel, String parentAlias, String alias) {
    if (rel instanceof Relationship.Computed c) {
      return new Join.Function(c.function(), parentAlias, c.table());
    }
    List<JoinCondition> on = new ArrayList<>();
    if (rel instanceof ManyToMany m) {
      String junction = m.junction().name();
      m.targetColumns().forEach(p -> on.add(new JoinCondition(junction, p.column(), alias, p.foreignColumn())));
      m.sourceColumns().forEach(p -> on.add(new JoinCondition(junction, p.column(), parentAlias, p.foreignColumn())));
      return new Join.Junction(m.junction(), junction, on);
    }
    for (ColumnPair p : ((ForeignKeyRel) rel).columns()) {
      on.add(new JoinCondition(alias, p.foreignColumn(), parentAlias, p.column()));
    }
    return new Join.Columns(on);
  }

  // field := [alias:]name[->path][::cast][.fn()[::cast]]; count() is an aggregate without a field.
  // Without an aggregate the second cast is ignored, as in PostgREST.
  private static Projection field(Table table, SelectItem.Field f) {
    FieldPath path = f.field();
    if (f.aggregate().isPresent()) {
      Projection.Function fn = Projection.Function.valueOf(f.aggregate().get().toUpperCase(Locale.ROOT));
      Optional<ResolvedField> field =
          path.name().equals("*") ? Optional.empty() : Optional.of(ReadPlanner.resolve(table, path));
      return new Projection.Aggregate(fn, field, f.cast(), f.aggregateCast(),
          f.alias().orElse(f.aggregate().get()));
    }
    Optional<String> name = f.alias().or(() -> path.path().isEmpty() ? Optional.empty() : Optional.of(path.outputName()));
    if (name.isEmpty() && f.cast().isPresent()) {
      name = Optional.of(path.name());
    }
    return new Projection.Field(ReadPlanner.resolve(table, path), f.cast(), name);
  }
}
