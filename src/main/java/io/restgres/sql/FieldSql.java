package io.restgres.sql;

import io.restgres.plan.ResolvedField;
import io.restgres.request.JsonStep;
import java.sql.Types;

/** Renders a resolved field: {@code "alias"."col"}, with its JSON path. */
final class FieldSql {
  private FieldSql() {}

  static Sql field(Sql qualifier, ResolvedField f) {
    Sql col = qualifier.then(".").then(Sql.ident(f.column()));
    if (f.needsToJsonb()) {
      col = Sql.keyword("to_jsonb(").then(col).then(")");
    }
    for (JsonStep step : f.path()) {
      col = col.then(step.asText() ? "->>" : "->").then(key(step));
    }
    return col;
  }

  // JSON keys are bound untyped like any value (PostgreSQL resolves them to text, and its errors
  // say "unknown" as PostgREST's do); indexes as integers so that -> picks the array operator.
  private static Sql key(JsonStep step) {
    if (step.isIndex()) {
      return Sql.value((step.key().startsWith("-") ? "" : "+") + step.key()).then("::int"); // PostgREST's '+N'::int
    }
    return Sql.value(step.key());
  }
}
