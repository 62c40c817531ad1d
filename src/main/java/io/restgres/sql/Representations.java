package io.restgres.sql;

import io.restgres.plan.MutatePlan;
import io.restgres.schema.QualifiedName;
import java.sql.Types;
import java.util.List;

/**
 * Body values of domains with a cast from json (PostgREST's domain representations): read from
 * the row's JSON through the cast's function instead of by the domain's own input syntax.
 */
final class Representations {
  private Representations() {}

  /** {@code fn((row -> 'column')::json)}; the key is bound. */
  static Sql fromJson(QualifiedName fn, Sql jsonbRow, String column) {
    return Sql.name(fn).then("((").then(jsonbRow).then(" -> ").then(Sql.typed(column, Types.VARCHAR))
        .then(")::json)");
  }

  /**
   * The JSON row without the keys of columns read through casts, for {@code jsonb_populate_record}:
   * also of those not written ({@code ?columns=} ignores the other keys, as PostgREST does).
   */
  static Sql parsable(MutatePlan m, Sql jsonbRow) {
    if (m.fromJson().isEmpty()) {
      return jsonbRow;
    }
    return Sql.keyword("(").then(jsonbRow).then(" - ")
        .then(Sql.value(ArrayLiteral.of(List.copyOf(m.fromJson().keySet())))).then("::text[])");
  }
}
