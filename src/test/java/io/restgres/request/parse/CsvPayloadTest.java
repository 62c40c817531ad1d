package io.restgres.request.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.restgres.error.ApiException;
import io.restgres.request.Payload;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CSV bodies as PostgREST reads them (cassava's decodeByName, then payloadAttributes). */
class CsvPayloadTest {
  @ParameterizedTest(name = "[{0}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "name,age\\ncsv1,7\\n\"csv, 2\",NULL\\n | [{\"name\":\"csv1\",\"age\":\"7\"},{\"name\":\"csv, 2\",\"age\":null}]",
        "a,b\\r\\n1,2\\r\\n3,4                 | [{\"a\":\"1\",\"b\":\"2\"},{\"a\":\"3\",\"b\":\"4\"}]",
        "a\\n\"x\"\"y\"\\n\"\"\"\"\\n         | [{\"a\":\"x\\\"y\"},{\"a\":\"\\\"\"}]",
        "a,b\\n\\n1,2\\n\\n                    | [{\"a\":\"1\",\"b\":\"2\"}]",
        "a\\n\"NULL\"\\nnull\\n                | [{\"a\":null},{\"a\":\"null\"}]",
        "a,b,c\\n1,2\\n3,4                     | [{\"a\":\"1\",\"b\":\"2\"},{\"a\":\"3\",\"b\":\"4\"}]",
        "a\\n1,2\\n                            | [{\"a\":\"1\"}]",
        "a,b\\n                                | []",
        "a\\r1\\n                              | [{\"a\":\"1\"}]",
        "a\\n\"multi\\nline\"                  | [{\"a\":\"multi\\nline\"}]",
      })
  void rows(String csv, String json) {
    assertEquals(json, CsvPayload.parse(unescape(csv)).json());
  }

  @Test
  void payload_hasTheKeysOfTheFirstRow_andTheRowCount() {
    Payload p = CsvPayload.parse("a,b,c\n1,2\n3,4\n");
    assertEquals(List.of("a", "b"), p.keys());
    assertEquals(2, p.rows());
    assertEquals(List.of(), CsvPayload.parse("a,b\n").keys());
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "\"a\"b,c                  | parse error (Failed reading: satisfy) at \"b,c\"",
        "x,y\\n\"a\"b,c            | parse error (endOfInput) at \"b,c\"",
        "a\\nx\"y\\n               | parse error (endOfInput) at \"\\\"y\\n\"",
        "a\\nx\"é1                 | parse error (endOfInput) at \"\\\"\\195\\169\\&1\"",
        "a,b                       | parse error (not enough input) at \"\"",
        "``                        | parse error (not enough input) at \"\"",
        "a\\n1\\r2                 | parse error (Failed reading: satisfy) at \"2\"",
        "a\\n\"                    | parse error (Failed reading: trailing double quote) at \"\"",
        "a,b\\nfoo,bar\\nbaz       | All lines must have same number of fields",
      })
  void invalid(String csv, String message) {
    ApiException e = assertThrows(ApiException.class, () -> CsvPayload.parse(unescape(csv == null ? "" : csv)));
    assertEquals("PGRST102", e.code());
    assertEquals(400, e.status());
    assertEquals(message, e.getMessage());
  }

  @Test
  void invalid_restOverAHundredBytes_isCutAndNotQuoted() {
    String rest = "b".repeat(120);
    ApiException e = assertThrows(ApiException.class, () -> CsvPayload.parse("\"a\"" + rest));
    assertEquals("parse error (Failed reading: satisfy) at " + "b".repeat(100) + " (truncated)", e.getMessage());
  }

  private static String unescape(String s) {
    return s.replace("\\r", "\r").replace("\\n", "\n");
  }
}
