package io.restgres.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** JSON-P as Restgres configures it, run against Parsson, the implementation inside Payara. */
class JsonpTest {
  @Test
  void numbersStayExact() {
    JsonNumber n = (JsonNumber) Jsonp.parse("123456789012345678901234567890.50");
    assertEquals(new BigDecimal("123456789012345678901234567890.50"), n.bigDecimalValue());
    assertEquals("123456789012345678901234567890.50", n.toString());
  }

  @Test
  void memberOrderIsKept_andARepeatedMembersLastValueWins() {
    JsonObject o = Jsonp.object("{\"z\":null,\"a\":true,\"z\":1}").orElseThrow();
    assertEquals(List.of("z", "a"), List.copyOf(o.keySet()));
    assertEquals("{\"z\":1,\"a\":true}", o.toString());
    assertEquals("{\"z\":1,\"a\":false}", Jsonp.objectBuilder(o).add("a", false).build().toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "{\"a\":1} x", "1 2", "01", "{\"a\":1,}", "tru", "\"a\tb\"", "1e99999999999"})
  void notOneJsonValue_isIllegalArgument(String text) {
    assertThrows(IllegalArgumentException.class, () -> Jsonp.parse(text));
    assertEquals(Optional.empty(), Jsonp.object(text));
  }

  @Test
  void object_isEmptyForOtherValues() {
    assertEquals(Optional.empty(), Jsonp.object("[1]"));
    assertEquals(Optional.of(JsonValue.EMPTY_JSON_OBJECT), Jsonp.object(" {} "));
  }

  @Test
  void nestingIsCapped() {
    int levels = Jsonp.MAX_DEPTH - 1;
    Jsonp.parse("[".repeat(levels) + "]".repeat(levels));
    String deeper = "[".repeat(levels + 1) + "]".repeat(levels + 1);
    assertThrows(IllegalArgumentException.class, () -> Jsonp.parse(deeper));
  }
}
