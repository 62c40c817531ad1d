package io.restgres.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restgres.plan.ResolvedField;
import io.restgres.request.JsonStep;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FieldSqlTest {
  private static Sql field(JsonStep... path) {
    return FieldSql.field(Sql.ident("t"), new ResolvedField("data", Optional.of("jsonb"), List.of(path)));
  }

  @Test
  void keysAreBoundUntyped_indexesAsPostgrestsSignedIntLiterals() {
    Sql sql = field(new JsonStep("a", false, false), new JsonStep("0", true, false), new JsonStep("-1", true, true));
    assertEquals("\"t\".\"data\"->?->?::int->>?::int", sql.text());
    assertEquals(List.of(new SqlParam("a", Types.OTHER), new SqlParam("+0", Types.OTHER),
        new SqlParam("-1", Types.OTHER)), sql.params());
  }

  /** PostgreSQL answers an index out of int's range with 22003, a 400, as it does for PostgREST. */
  @Test
  void anIndexOfAnyLength_isLeftToPostgresql() {
    Sql sql = field(new JsonStep("99999999999", true, false));
    assertEquals(List.of(new SqlParam("+99999999999", Types.OTHER)), sql.params());
  }
}
