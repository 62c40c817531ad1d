package io.restgres.sql;

import io.restgres.plan.MutatePlan;
import io.restgres.plan.ReadPlan;
import io.restgres.request.MediaType;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * The main statement of a write (PostgREST {@code Statements.hs:mainWrite}). The body is ONE bind
 * parameter expanded by {@code json_populate_recordset} against the relation's row type, so the
 * statement is the same whatever the row count. Returns the read columns plus {@code location}.
 */
public final class MutateSql {
  private MutateSql() {}

  public static Sql main(MutatePlan m, ReadPlan shape, MediaType media, boolean representation) {
    Sql q = Sql.ident(shape.alias());
    Sql outer =
        representation
            ? Sql.keyword("SELECT ").then(ReadSql.projections(q, shape.select()))
                .then(" FROM pgrst_source AS ").then(q)
            : Sql.keyword("SELECT 1 FROM pgrst_source");
    return Sql.keyword("WITH pgrst_source AS (")
        .then(statement(m, q))
        .then(") SELECT NULL::bigint AS total_result_set, pg_catalog.count(_postgrest_t) AS page_total, ")
        .then(representation ? Body.of(media) : Sql.keyword("''::text"))
        .then(" AS body, ")
        .then(Body.RESPONSE_GUCS)
        .then(", ")
        .then(location(m))
        .then(" AS location FROM (")
        .then(outer)
        .then(") _postgrest_t");
  }

  private static Sql statement(MutatePlan m, Sql q) {
    return switch (m.kind()) {
      case INSERT -> insert(m, q);
      case UPDATE -> update(m, q);
      case DELETE -> Sql.keyword("DELETE FROM ")
          .then(Sql.name(m.target())).then(" AS ").then(q)
          .then(PredicateSql.where(q, m.where()))
          .then(returning(m, q));
    };
  }

  private static Sql insert(MutatePlan m, Sql q) {
    Sql target = Sql.keyword("INSERT INTO ").then(Sql.name(m.target())).then(" AS ").then(q);
    if (m.columns().isEmpty()) {
      return target.then(" DEFAULT VALUES").then(returning(m, q));
    }
    Sql cols = columnList(m.columns(), Sql.EMPTY);
    Sql body = Sql.typed(m.body(), Types.OTHER).then("::json");
    return target.then(" (").then(cols).then(") SELECT ").then(columnList(m.columns(), Sql.keyword("pgrst_body.")))
        .then(" FROM json_populate_recordset(NULL::").then(Sql.name(m.target()))
        .then(", (SELECT CASE WHEN json_typeof(b) = 'array' THEN b ELSE json_build_array(b) END FROM (SELECT ")
        .then(body).then(" AS b) pgrst_payload)) pgrst_body")
        .then(returning(m, q));
  }

  private static Sql update(MutatePlan m, Sql q) {
    if (m.columns().isEmpty()) {
      return Sql.keyword("SELECT ").then(q).then(".* FROM ").then(Sql.name(m.target()))
          .then(" AS ").then(q).then(" WHERE false");
    }
    List<Sql> sets = new ArrayList<>();
    for (String c : m.columns()) {
      sets.add(Sql.ident(c).then(" = pgrst_body.").then(Sql.ident(c)));
    }
    return Sql.keyword("UPDATE ").then(Sql.name(m.target())).then(" AS ").then(q)
        .then(" SET ").then(Sql.join(", ", sets))
        .then(" FROM (SELECT * FROM json_populate_record(NULL::").then(Sql.name(m.target()))
        .then(", ").then(Sql.typed(m.body(), Types.OTHER)).then("::json)) pgrst_body")
        .then(PredicateSql.where(q, m.where()))
        .then(returning(m, q));
  }

  private static Sql returning(MutatePlan m, Sql q) {
    return m.returnRows() ? Sql.keyword(" RETURNING ").then(q).then(".*") : Sql.keyword(" RETURNING 1");
  }

  private static Sql columnList(List<String> columns, Sql prefix) {
    List<Sql> parts = new ArrayList<>();
    columns.forEach(c -> parts.add(prefix.then(Sql.ident(c))));
    return Sql.join(", ", parts);
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
