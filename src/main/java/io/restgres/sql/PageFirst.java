package io.restgres.sql;

import io.restgres.plan.EmbedPlan;
import io.restgres.plan.Predicate;
import io.restgres.plan.Projection;
import io.restgres.plan.ReadPlan;
import io.restgres.schema.Relationship.ForeignKeyRel;

/**
 * Whether a node can take its page before its embeds are joined: {@code SELECT … FROM (SELECT
 * alias.* FROM … WHERE … ORDER BY … LIMIT …) alias LEFT JOIN LATERAL …}. Joined first, as PostgREST
 * does, PostgreSQL computes every embed of every row that a sort or an offset passes over (seconds
 * for {@code order=title&limit=100} on 100k rows); paged first, only those of the page. It is the
 * same result only when nothing in the page depends on an embed, every name is a plain column and
 * no embed can repeat a row.
 */
final class PageFirst {
  private PageFirst() {}

  static boolean applies(ReadPlan p) {
    boolean paged = p.range().limit().isPresent() || p.range().offset() > 0;
    return paged && !p.embeds().isEmpty() && !p.hasAggregates()
        && p.embeds().stream().noneMatch(EmbedPlan::inner)
        && keepsRows(p)
        && p.where().stream().noneMatch(PageFirst::readsAnEmbed)
        && p.order().stream().allMatch(o -> o.relation().isEmpty() && o.field().baseType().isPresent())
        && p.select().stream().allMatch(PageFirst::isPlainColumn);
  }

  // A to-one embed along a foreign key to a table joins at most one row; a computed one (ROWS 1 is
  // an estimate) or one to a view may join several, and each is a row of the page in PostgREST.
  // A to-many embed is aggregated into one row whatever it holds.
  private static boolean keepsRows(ReadPlan p) {
    return p.embeds().stream().allMatch(e -> !e.toOne()
        || e.relationship() instanceof ForeignKeyRel f && !f.foreignTableIsView() && keepsRows(e.plan()));
  }

  private static boolean readsAnEmbed(Predicate w) {
    if (w instanceof Predicate.NullEmbed) {
      return true;
    }
    return w instanceof Predicate.Bool b && b.children().stream().anyMatch(PageFirst::readsAnEmbed);
  }

  // A name that is not a column (a computed field, the legacy "count") is a function of the
  // relation's row type, which the paged subquery's anonymous row type no longer has.
  private static boolean isPlainColumn(Projection s) {
    return s instanceof Projection.AllColumns
        || s instanceof Projection.Field f && f.field().baseType().isPresent();
  }
}
