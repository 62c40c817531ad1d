package io.restgres.sql;

import io.restgres.plan.CountPlan;
import io.restgres.plan.CustomMedia;
import io.restgres.plan.ReadPlan;
import io.restgres.request.MediaType;
import io.restgres.request.RangeSpec;
import java.sql.Types;
import java.util.List;
import java.util.Optional;

/**
 * The main statement of a read (PostgREST {@code Statements.hs:mainRead}). It returns one row:
 * {@code total_result_set, page_total, body, response_headers, response_status}; PostgreSQL renders
 * the body, nested embeds included.
 */
public final class ReadSql {
  private static final Sql SOURCE = Sql.keyword("pgrst_source");

  private ReadSql() {}

  public static Sql main(ReadPlan plan, MediaType media, CountPlan count, BodyRows rows) {
    return rows.perRow() ? perRow(plan, from(plan), rows, count) : main(plan, from(plan), Body.of(media), count);
  }

  /** A read whose body a media type handler of the database renders, in one aggregated row. */
  public static Sql custom(ReadPlan plan, CustomMedia custom, CountPlan count) {
    return main(plan, from(plan), Body.custom(custom, false), count);
  }

  /** A HEAD: the counts without a body. */
  public static Sql head(ReadPlan plan, CountPlan count) {
    return main(plan, from(plan), Body.NONE, count);
  }

  /**
   * The same statement over any FROM item (an RPC call reads its function's result this way).
   *
   * @param from the FROM item, aliased as the plan's alias
   * @param body the body expression over {@code _postgrest_t}
   */
  static Sql main(ReadPlan plan, Sql from, Sql body, CountPlan count) {
    Sql total = count.exact() ? total(plan, from, count) : Sql.keyword("NULL::bigint");
    return source(plan, from)
        .then(" SELECT ")
        .then(total)
        .then(" AS total_result_set, pg_catalog.count(_postgrest_t) AS page_total, ")
        .then(body)
        .then(" AS body, ")
        .then(Body.RESPONSE_GUCS)
        .then(" FROM (SELECT * FROM pgrst_source) _postgrest_t");
  }

  /**
   * The per-row form over any FROM item: one row per element, then a trailer row with the total and
   * the response settings, evaluated after every element (UNION ALL runs its branches in order).
   * When the total is the row count, the trailer leaves it NULL for the reader to count.
   */
  static Sql perRow(ReadPlan plan, Sql from, BodyRows rows, CountPlan count) {
    Sql total = count.exact() && !totalIsRowCount(plan, count)
        ? countQuery(plan, from, count.exactCap())
        : Sql.keyword("NULL::bigint");
    return source(plan, from)
        .then(" SELECT ").then(Body.element(rows))
        .then(", NULL::bigint AS total_result_set, NULL::text AS response_headers, NULL::text AS response_status")
        .then(" FROM (SELECT * FROM pgrst_source) _postgrest_t UNION ALL SELECT NULL, NULL, ")
        .then(total).then(", ").then(Body.RESPONSE_GUCS);
  }

  private static Sql source(ReadPlan plan, Sql from) {
    return Sql.keyword("WITH pgrst_source AS (").then(SelectSql.node(plan, from, List.of())).then(")");
  }

  // An unpaged read returns every row, so its own row count is the total: no second scan (PostgREST v16).
  private static Sql total(ReadPlan plan, Sql from, CountPlan count) {
    return totalIsRowCount(plan, count)
        ? Sql.keyword("pg_catalog.count(_postgrest_t)")
        : countQuery(plan, from, count.exactCap());
  }

  /** Whether an exact count is the number of rows returned: an unpaged, uncapped, unaggregated read. */
  public static boolean totalIsRowCount(ReadPlan plan, CountPlan count) {
    return count.exact() && plan.range().isAll() && count.exactCap().isEmpty() && !plan.hasAggregates();
  }

  /** {@code SELECT … FROM relation AS alias <embeds> WHERE … ORDER BY … LIMIT … OFFSET …}. */
  static Sql query(ReadPlan plan) {
    return SelectSql.node(plan, from(plan), List.of());
  }

  /** The total for a count: the same FROM and WHERE without order or page, optionally capped. */
  static Sql countQuery(ReadPlan plan, Optional<Long> limit) {
    return countQuery(plan, from(plan), limit);
  }

  private static Sql countQuery(ReadPlan plan, Sql from, Optional<Long> limit) {
    Sql capped = limit.map(l -> Sql.keyword(" LIMIT ").then(Sql.typed(l, Types.BIGINT))).orElse(Sql.EMPTY);
    return Sql.keyword("(SELECT pg_catalog.count(*) FROM (").then(CountSql.source(plan, from)).then(capped)
        .then(") pgrst_source_count)");
  }

  /** {@code EXPLAIN} of the count query, for {@code count=planned} and {@code count=estimated}. */
  public static Sql explainCount(ReadPlan plan) {
    return explainCount(plan, from(plan));
  }

  static Sql explainCount(ReadPlan plan, Sql from) {
    return Sql.keyword("EXPLAIN (FORMAT JSON) ").then(CountSql.source(plan, from));
  }

  /**
   * The rows a write returns, shaped by {@code select=} with its embeds and sorted by {@code order=}:
   * the written rows are {@code pgrst_source}, aliased as the relation so that embeds join to them as
   * to the relation. The root's filters chose the rows written and are not repeated; a write's
   * {@code limit}/{@code offset} are ignored, as in PostgREST.
   */
  static Sql representation(ReadPlan shape) {
    ReadPlan rows = shape.withWhere(List.of()).withRange(RangeSpec.ALL);
    return SelectSql.node(rows, SOURCE.then(" AS ").then(Sql.ident(shape.alias())), List.of());
  }

  private static Sql from(ReadPlan plan) {
    return Sql.name(plan.from()).then(" AS ").then(Sql.ident(plan.alias()));
  }
}
