package io.restgres.sql;

import io.restgres.plan.EmbedPlan;
import io.restgres.plan.Predicate;
import io.restgres.plan.ReadPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * The total for {@code count=exact}: the root's FROM and WHERE without order, page or embeds
 * (PostgREST {@code readPlanToCountQuery}). Embeds that filter the parents still count:
 * {@code !inner} becomes {@code EXISTS (…)} and {@code rel=is.null} {@code NOT EXISTS (…)}, so the
 * total agrees with the rows the main query returns (PostgREST #2009).
 */
final class CountSql {
  private CountSql() {}

  /** {@code SELECT 1 FROM <root> WHERE …}: one row per row the read would return unpaged. */
  static Sql source(ReadPlan root, Sql from) {
    return node(root, from, List.of());
  }

  private static Sql node(ReadPlan p, Sql from, List<Sql> joinConditions) {
    List<Sql> parts = new ArrayList<>();
    if (!p.where().isEmpty()) {
      parts.add(PredicateSql.conjunction(Sql.ident(p.alias()), p.where(), n -> exists(p, n)));
    }
    parts.addAll(joinConditions);
    for (EmbedPlan e : p.embeds()) {
      if (e.inner()) {
        parts.add(Sql.keyword("EXISTS (").then(child(e)).then(")"));
      }
    }
    Sql select = Sql.keyword("SELECT 1 FROM ").then(from);
    return parts.isEmpty() ? select : select.then(" WHERE ").then(Sql.join(" AND ", parts));
  }

  private static Sql exists(ReadPlan p, Predicate.NullEmbed n) {
    EmbedPlan e = p.embeds().stream().filter(x -> x.lateralAlias().equals(n.lateralAlias())).findFirst()
        .orElseThrow(() -> new IllegalStateException("no embed " + n.lateralAlias()));
    return Sql.keyword(n.isNull() ? "NOT EXISTS (" : "EXISTS (").then(child(e)).then(")");
  }

  private static Sql child(EmbedPlan e) {
    return node(e.plan(), EmbedSql.from(e), EmbedSql.conditions(e));
  }
}
