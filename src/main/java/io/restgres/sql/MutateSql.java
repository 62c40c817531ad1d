package io.restgres.sql;

import io.restgres.plan.MutatePlan;
import io.restgres.plan.ReadPlan;
import io.restgres.request.MediaType;
import java.util.ArrayList;
import java.util.List;

/**
 * The main statement of a write (PostgREST {@code Statements.hs:mainWrite}): the write in a CTE, then
 * one row with the count, the body rendered by PostgreSQL, the response GUCs, the first row's key
 * (for {@code Location}) and how many rows an upsert inserted rather than updated.
 */
public final class MutateSql {
  private MutateSql() {}

  public static Sql main(MutatePlan m, ReadPlan shape, MediaType media, boolean representation) {
    Sql q = Sql.ident(shape.alias());
    Sql outer = representation ? ReadSql.representation(shape) : Sql.keyword("SELECT 1 FROM pgrst_source");
    return Sql.keyword("WITH pgrst_source AS (")
        .then(statement(m, q))
        .then(") SELECT NULL::bigint AS total_result_set, pg_catalog.count(_postgrest_t) AS page_total, ")
        .then(representation ? Body.of(media) : Sql.keyword("''::text"))
        .then(" AS body, ")
        .then(Body.RESPONSE_GUCS)
        .then(", ")
        .then(location(m))
        .then(" AS location, nullif(current_setting('pgrst.inserted', true), '')::bigint AS inserted FROM (")
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
      // an empty object changes nothing (PostgREST answers it without touching a row)
      return Sql.keyword("SELECT ").then(q).then(".* FROM ").then(Sql.name(m.target()))
          .then(" AS ").then(q).then(" WHERE false");
    }
    List<Sql> sets = new ArrayList<>();
    for (String c : m.columns()) {
      sets.add(Sql.ident(c).then(" = ").then(updatedValue(m, c)));
    }
    return Sql.keyword("UPDATE ").then(Sql.name(m.target())).then(" AS ").then(q)
        .then(" SET ").then(Sql.join(", ", sets))
        .then(" FROM (SELECT pgrst_row.*, pgrst_payload.j AS pgrst_json FROM (SELECT ")
        .then(Sql.typed(m.body(), java.sql.Types.OTHER)).then("::jsonb AS j) pgrst_payload,")
        .then(" LATERAL jsonb_populate_record(NULL::").then(Sql.name(m.target()))
        .then(", pgrst_payload.j) pgrst_row) pgrst_body")
        .then(PredicateSql.where(q, m.where()))
        .then(returning(m, q));
  }

  // With missing=default a key absent from the body (listed in ?columns=) takes the column default.
  private static Sql updatedValue(MutatePlan m, String column) {
    Sql value = Sql.keyword("pgrst_body.").then(Sql.ident(column));
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
    return m.returnRows() ? Sql.keyword(" RETURNING ").then(q).then(".*") : Sql.keyword(" RETURNING 1");
  }

  // The primary-key values of the first returned row, as text[] (NULLs kept), for Location.
  private static Sql location(MutatePlan m) {
    if (m.kind() != MutatePlan.Kind.INSERT || m.primaryKey().isEmpty() || !m.returnRows()) {
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
