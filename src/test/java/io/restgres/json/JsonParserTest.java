package io.restgres.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonParserTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "{\"a\":1,\"b\":[true,false,null],\"c\":{\"d\":\"e\"}} |"
            + " {\"a\":1,\"b\":[true,false,null],\"c\":{\"d\":\"e\"}}",
        "` { \"a\" : [ ] , \"b\" : { } } \t\r`              | {\"a\":[],\"b\":{}}",
        "123456789012345678901234567890.50                    | 123456789012345678901234567890.50",
        "-0.5e-3                                              | -0.0005",
        "\"\\u00e9\\n\\\"\\/\"                                | \"\u00e9\\n\\\"/\"",
        "{\"a\":1,\"a\":2}                                     | {\"a\":2}",
      })
  void parsesToTheSameValueAs(String json, String same) {
    assertEquals(JsonParser.parse(same.strip()), JsonParser.parse(json));
  }

  @Test
  void numbersStayExact() {
    assertEquals(new BigDecimal("9999999999"), JsonParser.parse("9999999999"));
  }

  @Test
  void memberOrderIsKept() {
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("z", null);
    expected.put("a", Boolean.TRUE);
    assertEquals(expected, JsonParser.parse("{\"z\":null,\"a\":true}"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "                  | expected a value at position 0",
        "{\"a\":1,}        | expected a member name at position 7",
        "[1,]              | expected a value at position 3",
        "01                | expected end of input at position 1",
        "1.                | expected a digit at position 2",
        "-                 | expected a digit at position 1",
        "tru               | expected 'true' at position 0",
        "\"a               | expected more input at position 2",
        "\"\\x\"           | expected an escape character at position 3",
        "{\"a\" 1}         | expected ':' at position 5",
        "[1 2]             | expected ']' at position 3",
        "1e999999999999    | expected a number with a smaller exponent at position 14",
      })
  void errorsNameThePosition(String json, String message) {
    String input = json == null ? "" : json;
    assertEquals(
        message,
        assertThrows(IllegalArgumentException.class, () -> JsonParser.parse(input)).getMessage());
  }

  @Test
  void controlCharactersMustBeEscaped() {
    assertThrows(IllegalArgumentException.class, () -> JsonParser.parse("\"a\tb\""));
  }

  @Test
  void nestingIsCapped() {
    char[] open = new char[JsonParser.MAX_DEPTH + 1];
    Arrays.fill(open, '[');
    String deep = new String(open);
    String message =
        assertThrows(IllegalArgumentException.class, () -> JsonParser.parse(deep)).getMessage();
    assertEquals("expected at most 256 nested levels at position 257", message);
    String ok = "[".repeat(JsonParser.MAX_DEPTH) + "]".repeat(JsonParser.MAX_DEPTH);
    JsonParser.parse(ok);
  }
}
