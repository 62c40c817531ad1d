package io.restgres.request.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.restgres.error.ApiException;
import io.restgres.request.QueryParams;
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

/**
 * Golden outcomes of PostgREST's own query-string parser: same accept/reject, same message and
 * details, and for accepted values the same parse, in the canonical form of {@link Canonical}.
 */
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
        out.add(Arguments.of(f[0], f[1], f[2], f[3], f[4], f[5], f[6]));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} [{1}] [{2}] -> {3}")
  @MethodSource("vectors")
  void parse_matchesPostgrest(
      String kind, String key, String value, String result, String message, String details, String parsed) {
    if (result.equals("OK")) {
      assertEquals(parsed, render(kind, key, value));
    } else {
      ApiException e = assertThrows(ApiException.class, () -> render(kind, key, value));
      assertEquals("PGRST100", e.code());
      assertEquals(400, e.status());
      assertEquals(message, e.getMessage());
      assertEquals(details, e.details());
    }
  }

  /** Parses one vector and renders what it means. */
  static String render(String kind, String key, String value) {
    return switch (kind) {
      case "select" -> Canonical.select(parse("select", key).select());
      case "columns" -> Canonical.names(parse("columns", key).columns().orElseThrow());
      case "onconflict" -> Canonical.names(parse("on_conflict", key).onConflict().orElseThrow());
      case "filter" -> Canonical.filters(parse(key, value));
      case "order" -> Canonical.order(parse(key, value));
      case "logic" -> Canonical.logic(parse(key, value));
      case "rpcfilter" -> {
        List<Map.Entry<String, String>> pairs = List.of(Map.entry(key, value));
        String args = Canonical.arguments(RpcQuery.arguments(pairs));
        String filters = Canonical.filters(QueryStringParser.parse(RpcQuery.filters(pairs)));
        yield args.isEmpty() ? filters : filters.isEmpty() ? args : args + " & " + filters;
      }
      default -> throw new IllegalArgumentException("unknown kind " + kind);
    };
  }

  private static QueryParams parse(String key, String value) {
    return QueryStringParser.parse(List.of(Map.entry(key, value)));
  }
}
