package io.restgres.sql;

import io.restgres.plan.CustomMedia;
import io.restgres.plan.MutatePlan;
import io.restgres.plan.ReadPlan;
import io.restgres.request.MediaType;
import java.util.ArrayList;
import java.util.List;

/**
 * The main statement of a write (PostgREST {@code Statements.hs:mainWrite}): the write in a CTE,
 * returning only what the representation or {@code Location} reads, the representation in a second
 * one, then one row with the count, the body rendered by PostgreSQL, the response GUCs, the first row's key
 * (for {@code Location}) and how many rows an upsert inserted rather than updated.
 */
public final class MutateSql {
  private static final Sql REPRESENTATION = Sql.keyword("pgrst_representation");

  private MutateSql() {}

  public static Sql main(MutatePlan m, ReadPlan shape, MediaType media, boolean representation, BodyRows rows) {
    return main(m, shape, representation ? Body.of(media, REPRESENTATION) : Body.NONE, representation, rows);
  }

  /** A write whose representation a media type handler of the database renders, in one aggregated row. */
  public static Sql custom(MutatePlan m, ReadPlan shape, CustomMedia custom, boolean representation) {
    return main(m, shape, representation ? Body.custom(custom, false) : Body.NONE, representation,
        BodyRows.AGGREGATED);
  }

  // body: the aggregated body over the representation's rows, for an aggregated statement
  private static Sql main(MutatePlan m, ReadPlan shape, Sql body, boolean representation, BodyRows rows) {
    Sql q = Sql.ident(shape.alias());
    Sql write = Sql.keyword("WITH pgrst_source AS (").then(statement(m, q)).then(")");
    // the representation is a CTE of its own so that a CSV header names its columns, not the write's
    Sql withRows = representation
        ? write.then(", pgrst_representation AS (").then(ReadSql.representation(shape)).then(")")
        : write;
    Sql outer = representation
        ? Sql.keyword("SELECT * FROM pgrst_representation")
        : Sql.keyword("SELECT 1 FROM pgrst_source");
    Sql trailer = Body.RESPONSE_GUCS.then(", ").then(location(m))
        .then(" AS location, nullif(current_setting(").then(Sql.INSERTED_SETTING).then(", true), ")
        .then(Sql.EMPTY_TEXT).then(")::bigint AS inserted");
    if (representation && rows.perRow()) {
      // one row per element, then the trailer, evaluated after the whole write (see ReadSql.perRow)
      return withRows.then(" SELECT ").then(Body.element(rows))
          .then(", NULL::bigint AS total_result_set, NULL::text AS response_headers,")
          .then(" NULL::text AS response_status, NULL::text[] AS location, NULL::bigint AS inserted FROM (")
          .then(outer).then(") _postgrest_t UNION ALL SELECT NULL, NULL, NULL, ").then(trailer);
    }
    return withRows
        .then(" SELECT NULL::bigint AS total_result_set, pg_catalog.count(_postgrest_t) AS page_total, ")
        .then(body)
        .then(" AS body, ")
        .then(trailer)
        .then(" FROM (")
        .then(outer)
        .then(") _postgrest_t");
  }

  private static Sql statement(MutatePlan m, Sql q) {
    return switch (m.kind()) {
      case INSERT -> InsertSql.of(m, q).then(returning(m, q));
      case UPDATE -> update(m, q);
      case DELETE -> Sql.keyword("DELETE FROM ")
          .then(Sql.name(m.target())).then(" AS ").then(q)
          .then(PredicateSql.where(q, m.where()))
          .then(returning(m, q));
    };
  }

  private static Sql update(MutatePlan m, Sql q) {
    if (m.columns().isEmpty()) {
      // an empty object changes nothing (PostgREST answers it without touching a row); the
      // representation still needs the returned names, which only the relation can give
      return m.returnsRows()
          ? Sql.keyword("SELECT ").then(columns(m, q)).then(" FROM ").then(Sql.name(m.target()))
              .then(" AS ").then(q).then(" WHERE false")
          : Sql.keyword("SELECT 1 WHERE false");
    }
    List<Sql> sets = new ArrayList<>();
    for (String c : m.columns()) {
      sets.add(Sql.ident(c).then(" = ").then(updatedValue(m, c)));
    }
    return Sql.keyword("UPDATE ").then(Sql.name(m.target())).then(" AS ").then(q)
        .then(" SET ").then(Sql.join(", ", sets))
        .then(" FROM (SELECT pgrst_row.*, pgrst_elem.j AS pgrst_json FROM jsonb_array_elements((SELECT CASE")
        .then(" WHEN jsonb_typeof(b) = ").then(Sql.JSON_ARRAY_TYPE)
        .then(" THEN b ELSE jsonb_build_array(b) END FROM (SELECT ")
        .then(Sql.typed(m.body(), java.sql.Types.OTHER)).then("::jsonb AS b) pgrst_payload)) pgrst_elem(j),")
        .then(" LATERAL jsonb_populate_record(NULL::").then(Sql.name(m.target()))
        .then(", ").then(Representations.parsable(m, Sql.keyword("pgrst_elem.j"))).then(") pgrst_row) pgrst_body")
        .then(PredicateSql.where(q, m.where()))
        .then(returning(m, q));
  }

  // With missing=default a key absent from the body (listed in ?columns=) takes the column default.
  private static Sql updatedValue(MutatePlan m, String column) {
    Sql value = m.fromJson().containsKey(column)
        ? Representations.fromJson(m.fromJson().get(column), Sql.keyword("pgrst_body.pgrst_json"), column)
        : Sql.keyword("pgrst_body.").then(Sql.ident(column));
    if (m.defaults().isEmpty()) {
      return value;
    }
    Sql fallback = m.defaults().get().getOrDefault(column, java.util.Optional.empty())
        .map(Sql::catalogExpression).orElse(Sql.keyword("NULL"));
    return Sql.keyword("CASE WHEN jsonb_exists(pgrst_body.pgrst_json, ")
        .then(Sql.typed(column, java.sql.Types.VARCHAR)).then(") THEN ").then(value)
        .then(" ELSE ").then(fallback).then(" END");
  }

  private static Sql returning(MutatePlan m, Sql q) {
    return m.returnsRows() ? Sql.keyword(" RETURNING ").then(columns(m, q)) : Sql.keyword(" RETURNING 1");
  }

  // "alias".* or "alias"."name", …: a computed field's name calls it on the row (fn(alias)).
  private static Sql columns(MutatePlan m, Sql q) {
    List<Sql> out = new ArrayList<>();
    for (String c : m.returning()) {
      out.add(c.equals("*") ? q.then(".*") : q.then(".").then(Sql.ident(c)));
    }
    return Sql.join(", ", out);
  }

  // The primary-key values of the first returned row, as text[] (NULLs kept), for Location.
  private static Sql location(MutatePlan m) {
    if (m.kind() != MutatePlan.Kind.INSERT || m.primaryKey().isEmpty() || !m.returnsRows()) {
      return Sql.keyword("NULL::text[]");
    }
    List<Sql> parts = new ArrayList<>();
    for (String pk : m.primaryKey()) {
      parts.add(Sql.keyword("pgrst_loc.").then(Sql.ident(pk)).then("::text"));
    }
    return Sql.keyword("(SELECT ARRAY[").then(Sql.join(", ", parts))
        .then("] FROM pgrst_source AS pgrst_loc LIMIT 1)");
  }
}
