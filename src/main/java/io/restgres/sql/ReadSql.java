package io.restgres.sql;

import io.restgres.plan.CountPlan;
import io.restgres.plan.Ordering;
import io.restgres.plan.Projection;
import io.restgres.plan.ReadPlan;
import io.restgres.request.MediaType;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The main statement of a read (PostgREST {@code Statements.hs:mainRead}). It returns one row:
 * {@code total_result_set, page_total, body, response_headers, response_status}; PostgreSQL renders
 * the body.
 */
public final class ReadSql {
  private ReadSql() {}

  public static Sql main(ReadPlan plan, MediaType media, CountPlan count, boolean headOnly) {
    Sql source = Sql.keyword("WITH pgrst_source AS (").then(query(plan)).then(")");
    Sql total = count.exact() ? countQuery(plan, count.exactCap()) : Sql.keyword("NULL::bigint");
    return source
        .then(" SELECT ")
        .then(total)
        .then(" AS total_result_set, pg_catalog.count(_postgrest_t) AS page_total, ")
        .then(headOnly ? Sql.keyword("''::text") : Body.of(media))
        .then(" AS body, ")
        .then(Body.RESPONSE_GUCS)
        .then(" FROM (SELECT * FROM pgrst_source) _postgrest_t");
  }

  /** {@code SELECT … FROM relation AS alias WHERE … ORDER BY … LIMIT … OFFSET …}. */
  static Sql query(ReadPlan plan) {
    Sql q = Sql.ident(plan.alias());
    return Sql.keyword("SELECT ")
        .then(projections(q, plan.select()))
        .then(" FROM ")
        .then(Sql.name(plan.from()))
        .then(" AS ")
        .then(q)
        .then(PredicateSql.where(q, plan.where()))
        .then(orderBy(q, plan.order()))
        .then(limitOffset(plan));
  }

  /** The total for a count: the same FROM and WHERE without order or page, optionally capped. */
  static Sql countQuery(ReadPlan plan, Optional<Long> limit) {
    Sql capped = limit.map(l -> Sql.keyword(" LIMIT ").then(Sql.typed(l, Types.BIGINT))).orElse(Sql.EMPTY);
    return Sql.keyword("(SELECT pg_catalog.count(*) FROM (").then(countSource(plan)).then(capped)
        .then(") pgrst_source_count)");
  }

  /** {@code EXPLAIN} of the count query, for {@code count=planned} and {@code count=estimated}. */
  public static Sql explainCount(ReadPlan plan) {
    return Sql.keyword("EXPLAIN (FORMAT JSON) ").then(countSource(plan));
  }

  private static Sql countSource(ReadPlan plan) {
    Sql q = Sql.ident(plan.alias());
    return Sql.keyword("SELECT 1 FROM ").then(Sql.name(plan.from())).then(" AS ").then(q)
        .then(PredicateSql.where(q, plan.where()));
  }

  static Sql projections(Sql qualifier, List<Projection> select) {
    List<Sql> parts = new ArrayList<>();
    for (Projection p : select) {
      if (p instanceof Projection.AllColumns) {
        parts.add(qualifier.then(".*"));
      } else if (p instanceof Projection.Field f) {
        Sql s = FieldSql.field(qualifier, f.field());
        if (f.cast().isPresent()) {
          s = s.then("::").then(Sql.typeName(f.cast().get()));
        }
        if (f.outputName().isPresent()) {
          s = s.then(" AS ").then(Sql.ident(f.outputName().get()));
        }
        parts.add(s);
      } else {
        throw new IllegalStateException("unknown projection " + p);
      }
    }
    return parts.isEmpty() ? qualifier.then(".*") : Sql.join(", ", parts);
  }

  private static Sql orderBy(Sql qualifier, List<Ordering> order) {
    if (order.isEmpty()) {
      return Sql.EMPTY;
    }
    List<Sql> terms = new ArrayList<>();
    for (Ordering o : order) {
      Sql t = FieldSql.field(qualifier, o.field());
      t = o.descending().map(d -> d ? " DESC" : " ASC").map(t::then).orElse(t);
      t = o.nullsFirst().map(n -> n ? " NULLS FIRST" : " NULLS LAST").map(t::then).orElse(t);
      terms.add(t);
    }
    return Sql.keyword(" ORDER BY ").then(Sql.join(", ", terms));
  }

  private static Sql limitOffset(ReadPlan plan) {
    Sql s = Sql.EMPTY;
    if (plan.range().limit().isPresent()) {
      s = s.then(" LIMIT ").then(Sql.typed(plan.range().limit().get(), Types.BIGINT));
    }
    if (plan.range().offset() > 0) {
      s = s.then(" OFFSET ").then(Sql.typed(plan.range().offset(), Types.BIGINT));
    }
    return s;
  }
}
