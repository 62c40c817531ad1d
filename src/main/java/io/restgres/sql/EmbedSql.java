package io.restgres.sql;

import io.restgres.plan.EmbedPlan;
import io.restgres.plan.EmbedPlan.Join;
import io.restgres.plan.EmbedPlan.JoinCondition;
import io.restgres.plan.Projection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders an embed (PostgREST {@code QueryBuilder.hs:getJoin}, {@code getJoinSelects}): one lateral
 * subquery in the parent's FROM, and the parent's columns reading it. To-one: the child's row,
 * {@code row_to_json(..)::jsonb}; to-many: {@code json_agg} of the child's rows, {@code '[]'} when
 * there are none. PostgreSQL builds the whole nested document in the one statement.
 */
final class EmbedSql {
  private EmbedSql() {}

  /** The parent's select-list entries for this embed (none for a filter-only embed). */
  static List<Sql> columns(EmbedPlan e) {
    Sql l = Sql.ident(e.lateralAlias());
    List<Sql> out = new ArrayList<>();
    switch (e.output()) {
      case NESTED -> out.add(value(e).then(" AS ").then(Sql.ident(e.name())));
      case SPREAD -> {
        Map<String, Projection.Lifted> lifted = computed(e);
        for (String n : e.plan().outputNames()) {
          out.add(lifted.containsKey(n) ? ProjectionSql.lifted(l, lifted.get(n))
              : n.equals("*") ? l.then(".*") : l.then(".").then(Sql.ident(n)));
        }
      }
      case HIDDEN -> { }
    }
    return out;
  }

  /** The aggregates the parent computes over this spread's columns, by column name. */
  static Map<String, Projection.Lifted> computed(EmbedPlan e) {
    Map<String, Projection.Lifted> out = new HashMap<>();
    if (e.aggregatesLifted()) {
      e.plan().lifted().forEach(l -> out.putIfAbsent(l.key(), l));
    }
    return out;
  }

  /** The value of a nested embed, as the parent selects and groups by it. */
  static Sql value(EmbedPlan e) {
    Sql l = Sql.ident(e.lateralAlias());
    return e.toOne()
        ? Sql.keyword("row_to_json(").then(l).then(".*)::jsonb")
        : Sql.keyword("COALESCE(").then(l).then(".").then(l).then(", ").then(Sql.EMPTY_JSON_ARRAY).then(")");
  }

  /** {@code LEFT|INNER JOIN LATERAL (…) AS "lateral" ON …}. */
  static Sql lateral(EmbedPlan e) {
    Sql l = Sql.ident(e.lateralAlias());
    Sql child = SelectSql.node(e.plan(), from(e), conditions(e));
    Sql join = Sql.keyword(e.inner() ? " INNER JOIN LATERAL (" : " LEFT JOIN LATERAL (");
    if (e.toOne()) {
      return join.then(child).then(") AS ").then(l).then(" ON TRUE");
    }
    // to-many: one row per parent; its column of the lateral's name is NULL when nothing matched
    Sql aggregated = Sql.keyword("SELECT json_agg(").then(l).then(")::jsonb AS ").then(l);
    if (e.output() == EmbedPlan.Output.SPREAD) {
      for (String n : e.plan().outputNames()) {
        aggregated = aggregated.then(", COALESCE(json_agg(").then(l).then(".").then(Sql.ident(n))
            .then("), ").then(Sql.EMPTY_JSON_ARRAY).then(")::jsonb AS ").then(Sql.ident(n));
      }
    }
    return join.then(aggregated).then(" FROM (").then(child).then(") AS ").then(l).then(") AS ").then(l)
        .then(e.inner() ? Sql.keyword(" ON ").then(l).then(" IS NOT NULL") : Sql.keyword(" ON TRUE"));
  }

  /** The child's FROM item: its relation, with the junction of a many-to-many, or the function call. */
  static Sql from(EmbedPlan e) {
    Sql alias = Sql.ident(e.plan().alias());
    if (e.join() instanceof Join.Function f) {
      return Sql.name(f.function()).then("(").then(Sql.ident(f.parentAlias())).then("::")
          .then(Sql.name(f.parentType())).then(") AS ").then(alias);
    }
    Sql from = Sql.name(e.plan().from()).then(" AS ").then(alias);
    if (e.join() instanceof Join.Junction j) {
      from = from.then(", ").then(Sql.name(j.junction())).then(" AS ").then(Sql.ident(j.alias()));
    }
    return from;
  }

  /** The conditions tying the child's rows to the parent's row. */
  static List<Sql> conditions(EmbedPlan e) {
    List<JoinCondition> on = e.join() instanceof Join.Columns c ? c.on()
        : e.join() instanceof Join.Junction j ? j.on() : List.of();
    List<Sql> out = new ArrayList<>();
    for (JoinCondition c : on) {
      out.add(Sql.ident(c.alias()).then(".").then(Sql.ident(c.column())).then(" = ")
          .then(Sql.ident(c.otherAlias())).then(".").then(Sql.ident(c.otherColumn())));
    }
    return out;
  }
}
