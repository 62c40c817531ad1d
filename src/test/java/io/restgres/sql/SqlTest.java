package io.restgres.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.restgres.error.ApiException;
import io.restgres.schema.QualifiedName;
import java.lang.reflect.Method;
import java.sql.Types;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

  @ParameterizedTest
  @ValueSource(strings = {"a = ?", "x; drop table t", "'", "a = 'b'", "\"t\"", "x -- c", "x /* c */",
      "like '%'", "a\\b", "a\0b", "é", "$1", "x\ny"})
  void keyword_refusesQuotesPlaceholdersSeparatorsAndComments(String text) {
    assertThrows(IllegalArgumentException.class, () -> Sql.keyword(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"--", "/*", "a--b", "x/*"})
  void keyword_refusesCommentStarters(String text) {
    assertThrows(IllegalArgumentException.class, () -> Sql.keyword(text));
  }

  @Test
  void keyword_acceptsOperators() {
    for (String op : List.of("->>", "-|-", "@@", "&&", "~*", "<@", "::jsonb", "ARRAY[", "- 1", "+ 1", ".*")) {
      assertEquals(op, Sql.keyword(op).text());
    }
  }

  @Test
  void literals_areTheOnlyQuotedText() {
    assertEquals("''", Sql.EMPTY_TEXT.text());
    assertEquals("'[]'", Sql.EMPTY_JSON_ARRAY.text());
    assertEquals("'array'", Sql.JSON_ARRAY_TYPE.text());
    assertEquals(List.of(), Sql.EMPTY_JSON_ARRAY.params());
  }

  @Test
  void publicApi_takesTextOnlyAsIdentifierOrValue() {
    List<String> textTaking = Arrays.stream(Sql.class.getMethods())
        .filter(m -> Arrays.asList(m.getParameterTypes()).contains(String.class))
        .map(Method::getName).sorted().toList();
    assertEquals(List.of("ident", "value"), textTaking);
  }

  @Test
  void typeName_acceptsTypesOnly() {
    assertEquals("int4", Sql.typeName("int4").text());
    assertEquals("double precision[]", Sql.typeName("double precision[]").text());
    ApiException e = assertThrows(ApiException.class, () -> Sql.typeName("text union select 1"));
    assertEquals("PGRST100", e.code());
    assertEquals("Invalid cast type 'text union select 1'", e.getMessage());
    assertThrows(ApiException.class, () -> Sql.typeName("text--"));
  }

  @Test
  void join_keepsParams() {
    Sql s = Sql.join(", ", List.of(Sql.value("a"), Sql.ident("c"), Sql.value("b")));
    assertEquals("?, \"c\", ?", s.text());
    assertEquals(2, s.params().size());
  }

  @Test
  void script_endsEachStatementButTheLast_keepingParamsInOrder() {
    Sql s = Sql.script(List.of(Sql.keyword("SELECT ").then(Sql.value("a")), Sql.keyword("SELECT ").then(Sql.value("b"))));
    assertEquals("SELECT ?;\nSELECT ?", s.text());
    assertEquals(List.of(new SqlParam("a", Types.OTHER), new SqlParam("b", Types.OTHER)), s.params());
    assertThrows(IllegalArgumentException.class, () -> Sql.keyword("a; b"));
  }
}
