package io.restgres.sql;

import java.sql.Types;
import java.util.List;

/**
 * What the OpenAPI document may show the requesting role (PostgREST's default
 * {@code openapi-mode=follow-privileges}): the relations of the schema it has any privilege on, and
 * the functions it may execute, and the schema's comment, as one JSON body in the usual result row.
 * The catalog's constants are bound untyped, so PostgreSQL resolves them as it would literals.
 */
public final class OpenApiSql {
  private static final List<String> RELKINDS = List.of("r", "v", "m", "f", "p");

  private OpenApiSql() {}

  public static Sql visible(String schema) {
    Sql nspname = Sql.typed(schema, Types.VARCHAR);
    return Sql.keyword("SELECT NULL::bigint AS total_result_set, 0::bigint AS page_total, json_build_object(")
        .then(key("relations")).then(", coalesce((SELECT json_agg(c.relname::text ORDER BY c.relname)")
        .then(" FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ").then(nspname)
        .then(" AND c.relkind IN (").then(Sql.join(", ", RELKINDS.stream().map(Sql::value).toList()))
        .then(") AND NOT c.relispartition AND (pg_has_role(c.relowner, ").then(Sql.value("USAGE"))
        .then(") OR has_table_privilege(c.oid, ")
        .then(Sql.value("SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER"))
        .then(") OR has_any_column_privilege(c.oid, ").then(Sql.value("SELECT, INSERT, UPDATE, REFERENCES"))
        .then("))), ").then(Sql.EMPTY_JSON_ARRAY).then("), ")
        .then(key("functions")).then(", coalesce((SELECT json_agg(DISTINCT p.proname::text) FROM pg_proc p")
        .then(" JOIN pg_namespace n ON n.oid = p.pronamespace WHERE p.prokind = ").then(Sql.value("f"))
        .then(" AND has_function_privilege(p.oid, ").then(Sql.value("EXECUTE")).then(") AND n.nspname = ")
        .then(nspname).then("), ").then(Sql.EMPTY_JSON_ARRAY).then("), ")
        .then(key("comment")).then(", (SELECT obj_description(n.oid, ").then(Sql.value("pg_namespace"))
        .then(") FROM pg_namespace n WHERE n.nspname = ").then(nspname)
        .then("))::text AS body, NULL::text AS response_headers, NULL::text AS response_status");
  }

  // json_build_object takes "any": an untyped parameter there has no type to resolve to.
  private static Sql key(String name) {
    return Sql.typed(name, Types.VARCHAR);
  }
}
