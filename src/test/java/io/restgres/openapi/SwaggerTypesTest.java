package io.restgres.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SwaggerTypesTest {
  @Test
  void typesAndFormats_asPostgrest() {
    assertEquals("integer", SwaggerTypes.of("bigint"));
    assertEquals("int64", SwaggerTypes.format("bigint"));
    assertEquals("int32", SwaggerTypes.format("integer"));
    assertEquals("number", SwaggerTypes.of("numeric"));
    assertEquals("numeric", SwaggerTypes.format("numeric"));
    assertEquals("array", SwaggerTypes.of("text[]"));
    assertEquals(null, SwaggerTypes.of("jsonb"));
    assertEquals("string", SwaggerTypes.of("private.market_enum"));
    assertEquals(Optional.of(20), SwaggerTypes.maxLength("character varying(20)"));
    assertEquals(Optional.empty(), SwaggerTypes.maxLength("text"));
  }

  @Test
  void defaults_onlyConstants() {
    assertEquals(Optional.of(Json.createValue("none@example.com")),
        SwaggerTypes.defaultValue("'none@example.com'::text", "text", "string"));
    assertEquals(Optional.of(Json.createValue("1900-01-01")),
        SwaggerTypes.defaultValue("'1900-01-01'::date", "date", "string"));
    assertEquals(Optional.of(Json.createValue(42)), SwaggerTypes.defaultValue("42", "integer", "integer"));
    assertEquals(Optional.empty(), SwaggerTypes.defaultValue("nextval('s'::regclass)", "integer", "integer"));
    assertEquals(Optional.empty(), SwaggerTypes.defaultValue("now()", "timestamp with time zone", "string"));
  }
}
