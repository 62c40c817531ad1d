package io.restgres.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class Oas3SchemasTest {
  @Test
  void key_keepsAllowedNames_andMakesOthersAllowedAndDistinct() {
    assertEquals("films.v2-x_y", Oas3Schemas.key("films.v2-x_y"));
    assertEquals("Semi_-" + Integer.toHexString("Semi;".hashCode()), Oas3Schemas.key("Semi;"));
    assertNotEquals(Oas3Schemas.key("a b"), Oas3Schemas.key("a;b"));
  }
}
