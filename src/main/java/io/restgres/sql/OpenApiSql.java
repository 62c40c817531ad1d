package io.restgres.sql;

import java.sql.Types;

/**
 * What the OpenAPI document may show the requesting role (PostgREST's default
 * {@code openapi-mode=follow-privileges}): the relations of the schema it has any privilege on, and
 * the functions it may execute, and the schema's comment, as one JSON body in the usual result row.
 */
public final class OpenApiSql {
  private static final String PRIVILEGED =
      " AND c.relkind IN ('r', 'v', 'm', 'f', 'p') AND NOT c.relispartition"
          + " AND (pg_has_role(c.relowner, 'USAGE')"
          + " OR has_table_privilege(c.oid, 'SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER')"
          + " OR has_any_column_privilege(c.oid, 'SELECT, INSERT, UPDATE, REFERENCES'))), '[]'),"
          + " 'functions', coalesce((SELECT json_agg(DISTINCT p.proname::text) FROM pg_proc p"
          + " JOIN pg_namespace n ON n.oid = p.pronamespace WHERE p.prokind = 'f'"
          + " AND has_function_privilege(p.oid, 'EXECUTE') AND n.nspname = ";
  private static final String COMMENT =
      "), '[]'), 'comment', (SELECT obj_description(n.oid, 'pg_namespace') FROM pg_namespace n WHERE n.nspname = ";

  private OpenApiSql() {}

  public static Sql visible(String schema) {
    return Sql.keyword("SELECT NULL::bigint AS total_result_set, 0::bigint AS page_total,"
            + " json_build_object('relations', coalesce((SELECT json_agg(c.relname::text ORDER BY c.relname)"
            + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ")
        .then(Sql.typed(schema, Types.VARCHAR))
        .then(PRIVILEGED)
        .then(Sql.typed(schema, Types.VARCHAR))
        .then(COMMENT)
        .then(Sql.typed(schema, Types.VARCHAR))
        .then("))::text AS body, NULL::text AS response_headers, NULL::text AS response_status");
  }
}
