package io.restgres.sql;

import io.restgres.plan.CustomMedia;
import io.restgres.request.MediaType;
import io.restgres.schema.MediaHandler;

/** The body aggregates over {@code _postgrest_t} (PostgREST {@code SqlFragment.hs:handlerF}). */
final class Body {
  static final Sql RESPONSE_GUCS = Sql.keyword("nullif(current_setting(").then(Sql.RESPONSE_HEADERS_SETTING)
      .then(", true), ").then(Sql.EMPTY_TEXT).then(") AS response_headers, nullif(current_setting(")
      .then(Sql.RESPONSE_STATUS_SETTING).then(", true), ").then(Sql.EMPTY_TEXT).then(") AS response_status");

  /** No body: HEAD, {@code return=minimal}, a void function. */
  static final Sql NONE = Sql.EMPTY_TEXT.then("::text");

  private static final Sql SOURCE = Sql.keyword("pgrst_source");

  // PostgREST's asGeoJsonF: PostGIS makes each row a Feature (its first spatial column the geometry)
  private static final Sql GEOJSON = Sql.keyword("json_build_object(").then(Sql.GEOJSON_TYPE).then(", ")
      .then(Sql.GEOJSON_COLLECTION).then(", ").then(Sql.GEOJSON_FEATURES)
      .then(", coalesce(json_agg(ST_AsGeoJSON(_postgrest_t)::json), ").then(Sql.EMPTY_JSON_ARRAY).then("))::text");

  // The header is the first row's keys: computed on that row only (row_number() streams, it does
  // not collect the rows first).
  private static final Sql CSV_HEADER = Sql.keyword("CASE WHEN pg_catalog.row_number() OVER () = 1 THEN")
      .then(" (SELECT coalesce(string_agg(k, ").then(Sql.CSV_SEPARATOR).then("), ").then(Sql.EMPTY_TEXT)
      .then(") FROM json_object_keys(row_to_json(_postgrest_t)) k) END");

  private Body() {}

  /**
   * The body a media type handler renders (PostgREST {@code customFuncF}): the aggregate over the
   * rows, each cast to the relation's row type when the aggregate takes that; over a scalar result
   * the aggregate takes the values. A function's own media type is its one value as it is.
   *
   * @param scalar whether the rows are a function's scalar results ({@code pgrst_scalar})
   */
  static Sql custom(CustomMedia custom, boolean scalar) {
    if (custom.handler().kind() == MediaHandler.Kind.RESULT) {
      return Sql.keyword("(pg_catalog.array_agg(_postgrest_t.pgrst_scalar))[1]");
    }
    Sql rows = scalar ? Sql.keyword("_postgrest_t.pgrst_scalar")
        : custom.rowType().map(t -> Sql.keyword("_postgrest_t::").then(Sql.name(t)))
            .orElse(Sql.keyword("_postgrest_t"));
    return Sql.name(custom.handler().name()).then("(").then(rows).then(")");
  }

  static Sql of(MediaType media) {
    return of(media, SOURCE);
  }

  /** The body, a CSV header taking its names from the first row of {@code rows}. */
  static Sql of(MediaType media, Sql rows) {
    return switch (media) {
      case CSV -> csv(rows);
      case OBJECT -> Sql.keyword("coalesce((json_agg(_postgrest_t)->0)::text, ").then(Sql.EMPTY_TEXT).then(")");
      case OBJECT_STRIPPED -> Sql.keyword("coalesce(json_strip_nulls(json_agg(_postgrest_t)->0)::text, ")
          .then(Sql.EMPTY_TEXT).then(")");
      case GEOJSON -> GEOJSON;
      case ARRAY_STRIPPED -> Sql.keyword("coalesce(json_strip_nulls(json_agg(_postgrest_t)), ")
          .then(Sql.EMPTY_JSON_ARRAY).then(")::text");
      default -> Sql.keyword("coalesce(json_agg(_postgrest_t), ").then(Sql.EMPTY_JSON_ARRAY).then(")::text");
    };
  }

  /**
   * The first two columns of an element row of {@code _postgrest_t}: the element's text as the
   * aggregate of {@link #of} would have written it, and the CSV header on the first row.
   */
  static Sql element(BodyRows rows) {
    Sql item = switch (rows) {
      case JSON_ARRAY -> Sql.keyword("row_to_json(_postgrest_t)::text");
      case JSON_ARRAY_STRIPPED -> Sql.keyword("json_strip_nulls(row_to_json(_postgrest_t))::text");
      case CSV -> Sql.keyword("substring(_postgrest_t::text, 2, length(_postgrest_t::text) - 2)");
      case AGGREGATED -> throw new IllegalArgumentException("an aggregated body has no element rows");
    };
    return item.then(" AS pgrst_item, ").then(rows == BodyRows.CSV ? CSV_HEADER : Sql.keyword("NULL::text"))
        .then(" AS pgrst_csv_header");
  }

  // Header from the first row's keys; each row is its record text without the parentheses.
  private static Sql csv(Sql rows) {
    return Sql.keyword("(SELECT coalesce(string_agg(a.k, ").then(Sql.CSV_SEPARATOR).then("), ")
        .then(Sql.EMPTY_TEXT).then(") FROM (SELECT json_object_keys(r)::text AS k")
        .then(" FROM (SELECT row_to_json(hh) AS r FROM ").then(rows).then(" AS hh LIMIT 1) s) a)"
            + " || chr(10) || coalesce(string_agg(substring(_postgrest_t::text, 2,"
            + " length(_postgrest_t::text) - 2), chr(10)), ").then(Sql.EMPTY_TEXT).then(")");
  }
}
