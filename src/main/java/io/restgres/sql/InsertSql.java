package io.restgres.sql;

import io.restgres.plan.MutatePlan;
import io.restgres.plan.MutatePlan.OnConflict;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code INSERT … SELECT} from the JSON body: {@code json_populate_recordset} against the relation's
 * row type, or with {@code missing=default} one {@code jsonb} element at a time so that absent keys
 * take the column default. Upserts count inserted rows in the {@code pgrst.inserted} setting: +1 for
 * every row offered, -1 for every conflict that updates instead (PostgREST's way to tell 201 from 200).
 */
final class InsertSql {
  private static final Sql COUNT_OFFERED = countInserted("+");
  private static final Sql COUNT_UPDATED = countInserted("-");

  private InsertSql() {}

  private static Sql countInserted(String sign) {
    return Sql.keyword("set_config(").then(Sql.INSERTED_SETTING)
        .then(", (coalesce(nullif(current_setting(").then(Sql.INSERTED_SETTING).then(", true), ")
        .then(Sql.EMPTY_TEXT).then(")::bigint, 0) " + sign + " 1)::text, true) IS NOT NULL");
  }

  static Sql of(MutatePlan m, Sql q) {
    List<Sql> where = new ArrayList<>();
    m.onConflict().ifPresent(c -> where.add(COUNT_OFFERED));
    if (!m.where().isEmpty()) {
      where.add(PredicateSql.conjunction(Sql.keyword("pgrst_body"), m.where()));
    }
    return Sql.keyword("INSERT INTO ").then(Sql.name(m.target())).then(" AS ").then(q)
        .then(m.columns().isEmpty() ? allDefaults(m) : columns(m))
        .then(" pgrst_body")
        .then(where.isEmpty() ? Sql.EMPTY : Sql.keyword(" WHERE ").then(Sql.join(" AND ", where)))
        .then(m.onConflict().map(c -> onConflict(c, m.columns())).orElse(Sql.EMPTY));
  }

  private static Sql columns(MutatePlan m) {
    Sql source = m.defaults().isPresent() || !m.fromJson().isEmpty()
        ? perElement(m, m.defaults().orElse(Map.of())) : plain(m);
    return Sql.keyword(" (").then(columnList(m.columns(), Sql.EMPTY)).then(") SELECT ")
        .then(columnList(m.columns(), Sql.keyword("pgrst_body."))).then(" FROM ").then(source);
  }

  // No keys: one row of defaults per element, selecting no column ({} and [{}, {}]); [] inserts none.
  private static Sql allDefaults(MutatePlan m) {
    return Sql.keyword(" SELECT FROM json_array_elements(").then(asArray(m)).then(")");
  }

  private static Sql plain(MutatePlan m) {
    return Sql.keyword("json_populate_recordset(NULL::").then(Sql.name(m.target())).then(", ").then(asArray(m))
        .then(")");
  }

  private static Sql asArray(MutatePlan m) {
    return bodyRows(m, "json");
  }

  // The body as an array of rows: an object is one row; PUT takes an array's first object.
  private static Sql bodyRows(MutatePlan m, String json) {
    Sql isArray = Sql.keyword("WHEN " + json + "_typeof(b) = ").then(Sql.JSON_ARRAY_TYPE);
    Sql first = isPut(m)
        ? isArray.then(" AND " + json + "_array_length(b) > 0 THEN " + json + "_build_array(b->0) ")
        : Sql.EMPTY;
    return Sql.keyword("(SELECT CASE ").then(first).then(isArray)
        .then(" THEN b ELSE " + json + "_build_array(b) END FROM (SELECT ")
        .then(Sql.typed(m.body(), Types.OTHER)).then("::" + json + " AS b) pgrst_payload)");
  }

  // PUT (an insert filtered by its URL's key) takes only the first object of an array body, as
  // PostgREST does.
  private static boolean isPut(MutatePlan m) {
    return !m.where().isEmpty();
  }

  // Absent keys take the column's default expression, read from the catalog (never from the request).
  // As in PostgREST, every default is evaluated for every row and the row's own keys win, so a row
  // that brings its id still advances the sequence. A domain with a cast from json reads its value
  // through it, and is left out of the row populated from the element, which could not parse it.
  private static Sql perElement(MutatePlan m, Map<String, Optional<String>> defaults) {
    List<Sql> pairs = new ArrayList<>();
    for (String c : m.columns()) {
      defaults.getOrDefault(c, Optional.empty()).ifPresent(expr ->
          pairs.add(Sql.typed(c, Types.VARCHAR).then(", ").then(Sql.catalogExpression(expr))));
    }
    Sql row = pairs.isEmpty()
        ? Sql.keyword("pgrst_elem.j")
        : Sql.keyword("jsonb_build_object(").then(Sql.join(", ", pairs)).then(") || pgrst_elem.j");
    List<Sql> cols = new ArrayList<>();
    for (String c : m.columns()) {
      cols.add(m.fromJson().containsKey(c)
          ? Representations.fromJson(m.fromJson().get(c), row, c).then(" AS ").then(Sql.ident(c))
          : Sql.keyword("pgrst_row.").then(Sql.ident(c)));
    }
    // PUT's key filters read the body's key columns, also when the body lacks them
    if (isPut(m)) {
      m.primaryKey().stream().filter(k -> !m.columns().contains(k))
          .forEach(k -> cols.add(Sql.keyword("pgrst_row.").then(Sql.ident(k))));
    }
    return Sql.keyword("(SELECT ").then(Sql.join(", ", cols))
        .then(" FROM jsonb_array_elements(").then(bodyRows(m, "jsonb")).then(") pgrst_elem(j),")
        .then(" LATERAL jsonb_populate_record(NULL::").then(Sql.name(m.target()))
        .then(", ").then(Representations.parsable(m, row)).then(") pgrst_row)");
  }

  private static Sql onConflict(OnConflict c, List<String> columns) {
    Sql target = Sql.keyword(" ON CONFLICT (").then(columnList(c.columns(), Sql.EMPTY)).then(")");
    if (!c.merge() || columns.isEmpty()) {
      return target.then(" DO NOTHING");
    }
    List<Sql> sets = new ArrayList<>();
    columns.forEach(col -> sets.add(Sql.ident(col).then(" = EXCLUDED.").then(Sql.ident(col))));
    return target.then(" DO UPDATE SET ").then(Sql.join(", ", sets)).then(" WHERE ").then(COUNT_UPDATED);
  }

  private static Sql columnList(List<String> columns, Sql prefix) {
    List<Sql> parts = new ArrayList<>();
    columns.forEach(c -> parts.add(prefix.then(Sql.ident(c))));
    return Sql.join(", ", parts);
  }
}
