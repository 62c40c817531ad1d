package io.restgres.sql;

import io.restgres.plan.EmbedPlan;
import io.restgres.plan.Ordering;
import io.restgres.plan.Projection;
import io.restgres.plan.ReadPlan;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Renders one node of a read plan tree (PostgREST {@code QueryBuilder.hs:readPlanToQuery}):
 * {@code SELECT … FROM … <one lateral join per embed> WHERE … GROUP BY … ORDER BY … LIMIT … OFFSET …}.
 * Embeds recurse through {@link EmbedSql}.
 */
final class SelectSql {
  private SelectSql() {}

  /**
   * @param from the FROM item with its alias ({@code "api"."films" AS "films"})
   * @param joinConditions conditions tying the rows to the parent's row, ANDed to the filters
   */
  static Sql node(ReadPlan p, Sql from, List<Sql> joinConditions) {
    if (PageFirst.applies(p)) {
      Sql q = Sql.ident(p.alias());
      Sql page = Sql.keyword("SELECT ").then(q).then(".* FROM ").then(from)
          .then(where(p, joinConditions)).then(orderBy(p)).then(limitOffset(p));
      return Sql.keyword("SELECT ").then(Sql.join(", ", selectList(p)))
          .then(" FROM (").then(page).then(") AS ").then(q)
          .then(laterals(p))
          .then(orderBy(p));
    }
    return Sql.keyword("SELECT ").then(Sql.join(", ", selectList(p)))
        .then(" FROM ").then(from)
        .then(laterals(p))
        .then(where(p, joinConditions))
        .then(groupBy(p))
        .then(orderBy(p))
        .then(limitOffset(p));
  }

  /** Fields first, then embeds, as PostgREST orders them; {@code alias.*} when nothing is selected. */
  static List<Sql> selectList(ReadPlan p) {
    Sql q = Sql.ident(p.alias());
    List<Sql> out = new ArrayList<>();
    p.select().forEach(s -> out.add(ProjectionSql.of(q, s)));
    p.embeds().forEach(e -> out.addAll(EmbedSql.columns(e)));
    if (p.select().isEmpty() && p.embeds().isEmpty()) {
      out.add(q.then(".*"));
    }
    return out;
  }

  static Sql laterals(ReadPlan p) {
    Sql out = Sql.EMPTY;
    for (EmbedPlan e : p.embeds()) {
      out = out.then(EmbedSql.lateral(e));
    }
    return out;
  }

  private static Sql where(ReadPlan p, List<Sql> joinConditions) {
    List<Sql> parts = new ArrayList<>();
    if (!p.where().isEmpty()) {
      parts.add(PredicateSql.conjunction(Sql.ident(p.alias()), p.where(), PredicateSql::nullEmbed));
    }
    parts.addAll(joinConditions);
    return parts.isEmpty() ? Sql.EMPTY : Sql.keyword(" WHERE ").then(Sql.join(" AND ", parts));
  }

  // With an aggregate, every other selected value is a grouping key (SqlFragment.hs:groupF).
  // GROUP BY names the select list's positions: repeating the expressions would bind JSON-path keys
  // again as new parameters, which PostgreSQL does not see as the same expressions.
  private static Sql groupBy(ReadPlan p) {
    if (!p.hasAggregates()) {
      return Sql.EMPTY;
    }
    List<Sql> keys = new ArrayList<>();
    int position = 1;
    for (Projection s : p.select()) {
      if (!(s instanceof Projection.Aggregate)) {
        keys.add(Sql.keyword(String.valueOf(position)));
      }
      position++;
    }
    for (EmbedPlan e : p.embeds()) {
      int columns = EmbedSql.columns(e).size();
      if (e.output() == EmbedPlan.Output.NESTED) {
        keys.add(Sql.keyword(String.valueOf(position)));
      } else if (e.output() == EmbedPlan.Output.SPREAD) {
        // a spread's columns, but for the aggregates computed over them
        Set<String> aggregated = EmbedSql.computed(e).keySet();
        List<String> names = e.plan().outputNames();
        for (int i = 0; i < columns; i++) {
          if (!aggregated.contains(names.get(i))) {
            keys.add(Sql.keyword(String.valueOf(position + i)));
          }
        }
      }
      position += columns;
    }
    return keys.isEmpty() ? Sql.EMPTY : Sql.keyword(" GROUP BY ").then(Sql.join(", ", keys));
  }

  private static Sql orderBy(ReadPlan p) {
    if (p.order().isEmpty()) {
      return Sql.EMPTY;
    }
    List<Sql> terms = new ArrayList<>();
    for (Ordering o : p.order()) {
      Sql t = FieldSql.field(Sql.ident(o.relation().orElse(p.alias())), o.field());
      t = o.descending().map(d -> d ? " DESC" : " ASC").map(t::then).orElse(t);
      t = o.nullsFirst().map(n -> n ? " NULLS FIRST" : " NULLS LAST").map(t::then).orElse(t);
      terms.add(t);
    }
    return Sql.keyword(" ORDER BY ").then(Sql.join(", ", terms));
  }

  private static Sql limitOffset(ReadPlan p) {
    Sql s = Sql.EMPTY;
    if (p.range().limit().isPresent()) {
      s = s.then(" LIMIT ").then(Sql.typed(p.range().limit().get(), Types.BIGINT));
    }
    if (p.range().offset() > 0) {
      s = s.then(" OFFSET ").then(Sql.typed(p.range().offset(), Types.BIGINT));
    }
    return s;
  }
}
