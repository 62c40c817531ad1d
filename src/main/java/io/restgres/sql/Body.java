package io.restgres.sql;

import io.restgres.request.MediaType;

/** The body aggregates over {@code _postgrest_t} (PostgREST {@code SqlFragment.hs:handlerF}). */
final class Body {
  static final Sql RESPONSE_GUCS = Sql.keyword("nullif(current_setting(").then(Sql.RESPONSE_HEADERS_SETTING)
      .then(", true), ").then(Sql.EMPTY_TEXT).then(") AS response_headers, nullif(current_setting(")
      .then(Sql.RESPONSE_STATUS_SETTING).then(", true), ").then(Sql.EMPTY_TEXT).then(") AS response_status");

  /** No body: HEAD, {@code return=minimal}, a void function. */
  static final Sql NONE = Sql.EMPTY_TEXT.then("::text");

  private static final Sql SOURCE = Sql.keyword("pgrst_source");

  private Body() {}

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
      case ARRAY_STRIPPED -> Sql.keyword("coalesce(json_strip_nulls(json_agg(_postgrest_t)), ")
          .then(Sql.EMPTY_JSON_ARRAY).then(")::text");
      default -> Sql.keyword("coalesce(json_agg(_postgrest_t), ").then(Sql.EMPTY_JSON_ARRAY).then(")::text");
    };
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
