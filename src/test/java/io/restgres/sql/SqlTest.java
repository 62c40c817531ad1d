package io.restgres.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.restgres.schema.QualifiedName;
import java.sql.Types;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlTest {
  @Test
  void ident_doublesQuotes_andRejectsNul() {
    assertEquals("\"a\"\"b\"", Sql.ident("a\"b").text());
    assertEquals("\"Ünï code\"", Sql.ident("Ünï code").text());
    assertThrows(IllegalArgumentException.class, () -> Sql.ident("a\0b"));
  }

  @Test
  void name_quotesBothParts() {
    assertEquals("\"api\".\"my table\"", Sql.name(new QualifiedName("api", "my table")).text());
  }

  @Test
  void values_areBindParameters_inOrder() {
    Sql s = Sql.keyword("a = ").then(Sql.value("1")).then(" AND b = ").then(Sql.typed(2L, Types.BIGINT));
    assertEquals("a = ? AND b = ?", s.text());
    assertEquals(List.of(new SqlParam("1", Types.OTHER), new SqlParam(2L, Types.BIGINT)), s.params());
  }

  @Test
  void keyword_refusesPlaceholdersAndStatementSeparators() {
    assertThrows(IllegalArgumentException.class, () -> Sql.keyword("a = ?"));
    assertThrows(IllegalArgumentException.class, () -> Sql.keyword("x; drop table t"));
  }

  @Test
  void typeName_acceptsTypesOnly() {
    assertEquals("int4", Sql.typeName("int4").text());
    assertEquals("double precision[]", Sql.typeName("double precision[]").text());
    assertThrows(IllegalArgumentException.class, () -> Sql.typeName("text union select 1"));
    assertThrows(IllegalArgumentException.class, () -> Sql.typeName("text--"));
  }

  @Test
  void join_keepsParams() {
    Sql s = Sql.join(", ", List.of(Sql.value("a"), Sql.ident("c"), Sql.value("b")));
    assertEquals("?, \"c\", ?", s.text());
    assertEquals(2, s.params().size());
  }
}
