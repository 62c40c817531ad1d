package io.restgres.sql;

import io.restgres.request.MediaType;

/** The body aggregates over {@code _postgrest_t} (PostgREST {@code SqlFragment.hs:handlerF}). */
final class Body {
  static final Sql RESPONSE_GUCS =
      Sql.keyword(
          "nullif(current_setting('response.headers', true), '') AS response_headers, "
              + "nullif(current_setting('response.status', true), '') AS response_status");

  private static final Sql SOURCE = Sql.keyword("pgrst_source");

  private Body() {}

  static Sql of(MediaType media) {
    return of(media, SOURCE);
  }

  /** The body, a CSV header taking its names from the first row of {@code rows}. */
  static Sql of(MediaType media, Sql rows) {
    return switch (media) {
      case CSV -> csv(rows);
      case OBJECT -> Sql.keyword("coalesce((json_agg(_postgrest_t)->0)::text, '')");
      case OBJECT_STRIPPED -> Sql.keyword("coalesce(json_strip_nulls(json_agg(_postgrest_t)->0)::text, '')");
      case ARRAY_STRIPPED -> Sql.keyword("coalesce(json_strip_nulls(json_agg(_postgrest_t)), '[]')::text");
      default -> Sql.keyword("coalesce(json_agg(_postgrest_t), '[]')::text");
    };
  }

  // Header from the first row's keys; each row is its record text without the parentheses.
  private static Sql csv(Sql rows) {
    return Sql.keyword(
        "(SELECT coalesce(string_agg(a.k, ','), '') FROM (SELECT json_object_keys(r)::text AS k"
            + " FROM (SELECT row_to_json(hh) AS r FROM ").then(rows).then(" AS hh LIMIT 1) s) a)"
            + " || chr(10) || coalesce(string_agg(substring(_postgrest_t::text, 2,"
            + " length(_postgrest_t::text) - 2), chr(10)), '')");
  }
}
