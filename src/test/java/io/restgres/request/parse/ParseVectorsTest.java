package io.restgres.request.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.restgres.error.ApiException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Golden outcomes of PostgREST's own query-string parser: same accept/reject, same message. */
class ParseVectorsTest {
  static Stream<Arguments> vectors() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        ParseVectorsTest.class.getResourceAsStream("/request/parse-vectors.tsv"), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#") || line.startsWith("kind\t")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (!f[0].equals("rpcfilter")) {
          out.add(Arguments.of(f[0], f[1], f[2], f[3], f[4], f[5]));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1} {2} -> {3}")
  @MethodSource("vectors")
  void parse_matchesPostgrest(String kind, String key, String value, String result, String message, String details) {
    Map.Entry<String, String> pair = switch (kind) {
      case "select" -> Map.entry("select", key);
      case "columns" -> Map.entry("columns", key);
      case "onconflict" -> Map.entry("on_conflict", key);
      case "filter" -> Map.entry(key, value);
      default -> Map.entry(key, value);
    };
    if (result.equals("OK")) {
      QueryStringParser.parse(List.of(pair));
    } else {
      ApiException e = assertThrows(ApiException.class, () -> QueryStringParser.parse(List.of(pair)));
      assertEquals("PGRST100", e.code());
      assertEquals(message, e.getMessage());
    }
  }
}
