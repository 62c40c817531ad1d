package io.restgres.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.restgres.config.ConfigException;
import io.restgres.json.Jsonp;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoleClaimKeyTest {
  static final JsonValue CLAIMS =
      Jsonp.parse(
          "{\"role\":\"top\",\"n\":null,\"roles\":[\"other\",\"author\",\"admin\"],"
              + "\"nums\":[1,5,10],\"objs\":[{\"r\":\"x\",\"lvl\":1},{\"r\":\"y\",\"lvl\":2}],"
              + "\"a b\":{\"c\":\"spaced\"},\"it's\":\"quoted\",\"deep\":{\"role\":\"inner\"}}");

  /** The selected values as JSON text, joined by spaces. */
  static String select(String key) {
    List<JsonValue> found = RoleClaimKey.parse(key).select(CLAIMS);
    return String.join(" ", found.stream().map(JsonValue::toString).toList());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        ".role                          | \"top\"",
        ".n                             | null",
        ".missing                       | ``",
        ".roles[1]                      | \"author\"",
        ".roles[9]                      | ``",
        ".\"a b\".c                     | \"spaced\"",
        ".objs[1].r                     | \"y\"",
        ".roles[?(@ == \"admin\")]      | \"admin\"",
        ".roles[?(@ != \"other\")]      | \"author\"",
        ".roles[?(@ ^== \"au\")]        | \"author\"",
        ".roles[?(@ ==^ \"min\")]       | \"admin\"",
        ".roles[?(@*==\"th\")]          | \"other\"",
        ".role[0]                       | ``",
        ".roles.x                       | ``",
      })
  void legacyDsl(String key, String expected) {
    assertEquals(expected == null ? "" : expected, select(key));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "$.role                            | \"top\"",
        "$.deep                            | {\"role\":\"inner\"}",
        "$.n                               | null",
        "$.missing                         | ``",
        "$.roles[0]                        | \"other\"",
        "$.roles[-1]                       | \"admin\"",
        "$.roles[-4]                       | ``",
        "$.roles[0,2]                      | \"other\" \"admin\"",
        "$.roles.*                         | \"other\" \"author\" \"admin\"",
        "$['a b'].c                        | \"spaced\"",
        "$[\"a b\"][\"c\"]                 | \"spaced\"",
        "$['it\\'s']                       | \"quoted\"",
        "$..role                           | \"top\" \"inner\"",
        "$.roles[?@ == 'author']           | \"author\"",
        "$.roles[?(@ == \"author\")]       | \"author\"",
        "$.roles[?(@ != 'author')]         | \"other\" \"admin\"",
        "$.roles[?search(@, '^a')]         | \"author\" \"admin\"",
        "$.roles[?match(@, 'a.*r')]        | \"author\"",
        "$.roles[?match(@, 'a')]           | ``",
        "$.nums[?@ > 1]                    | 5 10",
        "$.nums[?@ <= 5]                   | 1 5",
        "$.nums[?5 == @]                   | 5",
        "$.objs[?@.lvl >= 2].r             | \"y\"",
        "$.objs[?@['r'] == 'x'].lvl        | 1",
        "$.objs[?@.r].lvl                  | 1 2",
        "$.objs[?@.missing == null].r      | ``",
        "$.roles[?@ < 'b']                 | \"author\" \"admin\"",
      })
  void jsonPath(String key, String expected) {
    assertEquals(expected == null ? "" : expected, select(key));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "role                  | expected '.' or '[' at position 0",
        ".                     | expected a key at position 1",
        ".roles[               | expected a digit at position 7",
        ".roles[x]             | expected a digit at position 7",
        ".r[?(@ == \"a\")].x    | expected the filter to be the last step at position 15",
        ".r[?(@ = \"a\")]       | expected one of == != ^== ==^ *== at position 7",
        "$.                    | expected a member name at position 2",
        "$.roles[1:2]          | expected an index (array slices are not supported) at position 9",
        "$.roles[01]           | expected a name, index, '*' or filter at position 8",
        "$.roles[?@ == 'a' && @ == 'b'] | expected ']' at position 18",
        "$.roles[?search(@, '(')] | expected a valid regular expression (Unclosed group) at"
            + " position 22",
        "$.roles[?'a']         | expected a comparison operator at position 12",
        "$x                    | expected '.' or '[' at position 1",
        "$.roles[?search(@, x)] | expected a quoted string at position 19",
        "$['abc                | expected ''' at position 6",
      })
  void parseErrors_areConfigErrors(String key, String reason) {
    ConfigException e = assertThrows(ConfigException.class, () -> RoleClaimKey.parse(key));
    assertEquals(
        "failed to parse jwt-role-claim-key value (" + key + "): " + reason, e.getMessage());
  }
}
