package io.restgres.sql;

import io.restgres.schema.QualifiedName;

/** {@code SELECT "schema"."fn"()} for {@code db-pre-request} and {@code db-pre-config}. */
public final class PreRequestSql {
  private PreRequestSql() {}

  /** The configured name is {@code fn} (found through search_path) or {@code schema.fn}. */
  public static Sql of(String configured) {
    int dot = configured.indexOf('.');
    Sql fn = dot < 0
        ? Sql.ident(configured)
        : Sql.name(new QualifiedName(configured.substring(0, dot), configured.substring(dot + 1)));
    return Sql.keyword("SELECT ").then(fn).then("()");
  }
}
