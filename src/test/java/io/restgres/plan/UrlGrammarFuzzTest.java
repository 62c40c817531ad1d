package io.restgres.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restgres.config.AppConfig;
import io.restgres.error.ApiException;
import io.restgres.request.ApiRequest;
import io.restgres.request.RawRequest;
import io.restgres.request.parse.ApiRequestParser;
import io.restgres.sql.MainQuery;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Thousands of generated query strings through the parser, the planner and the SQL builder against
 * the {@link Films} schema, without a database: each either plans or fails with a PostgREST-shaped
 * client error (4xx, or 300 for an ambiguous embed), never with any other exception. The generator
 * is seeded, so a failure names a query that reproduces it.
 */
class UrlGrammarFuzzTest {
  private static final int CASES = 3_000;
  private static final Pattern CODE = Pattern.compile("PGRST\\d{3}|[0-9A-Z]{5}");
  private static final String[] RELATIONS = {"films", "directors", "actors", "roles", "studios", "specs", "films_v", "nope"};
  private static final String[] COLUMNS = {"id", "title", "year", "rating", "director_id", "name", "data", "character",
      "runtime", "mentor_id", "dir", "missing", "a b"};
  private static final String[] EMBEDS = {"directors", "films", "actors", "roles", "studios", "specs", "top_role",
      "production", "distribution", "films_director_id_fkey", "nope"};
  private static final String[] OPERATORS = {"eq", "neq", "gt", "gte", "lt", "lte", "like", "ilike", "match", "imatch",
      "in", "is", "isdistinct", "fts", "plfts", "phfts", "wfts", "cs", "cd", "ov", "sl", "sr", "nxr", "nxl", "adj"};
  private static final String[] VALUES = {"1", "-1", "abc", "a b", "\"a,b\"", "(1,2)", "(\"x\",y)", "()", "{1,2}", "null",
      "not_null", "true", "unknown", "", "*x*", "^a", "99999999999999999999", "é", "'q'", "1.5e3", "[1]"};
  private static final String JUNK = "(),.:!\"'\\-*>{}[]%&=;+ \t#é☃\u0000";

  private static final AppConfig AGGREGATES = Films.config("PGRST_DB_AGGREGATES_ENABLED", "true");
  private static final AppConfig PLAIN = Films.config("PGRST_DB_MAX_ROWS", "5");

  @ParameterizedTest
  @ValueSource(longs = {1L, 20261207L})
  void everyOutcome_isAPlanOrAClientError(long seed) {
    Random random = new Random(seed);
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < CASES; i++) {
      String method = pick(random, "GET", "GET", "GET", "GET", "HEAD", "POST", "PATCH", "DELETE");
      String relation = pick(random, RELATIONS);
      String query = new Generator(random).query(method);
      String failure = outcome(method, relation, query, random.nextBoolean() ? AGGREGATES : PLAIN);
      if (failure != null && failures.size() < 10) {
        failures.add(method + " /" + relation + "?" + query + " -> " + failure);
      }
    }
    assertEquals(List.of(), failures);
  }

  /** Null when the request planned (and its SQL built) or failed as a client error; else why not. */
  private static String outcome(String method, String relation, String query, AppConfig config) {
    try {
      Map<String, List<String>> headers = new HashMap<>();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        headers.put("content-type", List.of("application/json"));
      }
      byte[] body = method.equals("POST") ? "[{\"id\":1}]".getBytes(StandardCharsets.UTF_8) : "{}".getBytes();
      ApiRequest req = ApiRequestParser.parse(new RawRequest(method, relation, query, headers, body), List.of("api"));
      ActionPlan plan = new Planner(Films.CACHE, config).plan(req);
      if (plan.mutate().isPresent()) {
        MainQuery.write(plan);
      } else {
        MainQuery.read(plan);
      }
      return null;
    } catch (ApiException e) {
      boolean clientError = e.status() >= 400 && e.status() < 500 || (e.status() == 300 && e.code().equals("PGRST201"));
      return clientError && CODE.matcher(e.code()).matches() ? null
          : e.status() + " " + e.code() + " " + e.getMessage();
    } catch (RuntimeException | StackOverflowError e) {
      return e.toString();
    }
  }

  @SafeVarargs
  private static <T> T pick(Random random, T... options) {
    return options[random.nextInt(options.length)];
  }

  /** Builds one query string from the URL grammar, sometimes damaged by a few random edits. */
  private static final class Generator {
    private final Random random;

    Generator(Random random) {
      this.random = random;
    }

    String query(String method) {
      List<String[]> pairs = new ArrayList<>();
      int params = random.nextInt(5);
      for (int i = 0; i < params; i++) {
        switch (random.nextInt(7)) {
          case 0, 1 -> pairs.add(new String[] {embedPrefix() + field(), condition(true)});
          case 2 -> pairs.add(new String[] {embedPrefix() + pick(random, "or", "and", "not.or", "not.and"),
              "(" + tree(2) + "," + tree(2) + ")"});
          case 3 -> pairs.add(new String[] {embedPrefix() + "order", order()});
          case 4 -> pairs.add(new String[] {embedPrefix() + pick(random, "limit", "offset"),
              pick(random, "0", "3", "-1", "x", "99999999999999999999", " 2 ")});
          case 5 -> pairs.add(new String[] {pick(random, "on_conflict", "columns"), names()});
          default -> pairs.add(new String[] {"select", select(2)});
        }
      }
      if (random.nextInt(3) > 0 && !method.equals("DELETE")) {
        pairs.add(0, new String[] {"select", select(3)});
      }
      StringBuilder q = new StringBuilder();
      for (String[] p : pairs) {
        q.append(q.length() == 0 ? "" : "&").append(encode(p[0])).append('=').append(encode(p[1]));
      }
      return random.nextInt(5) == 0 ? damage(q.toString()) : q.toString();
    }

    private String select(int depth) {
      List<String> items = new ArrayList<>();
      int n = 1 + random.nextInt(4);
      for (int i = 0; i < n; i++) {
        items.add(item(depth));
      }
      return String.join(",", items);
    }

    private String item(int depth) {
      String alias = random.nextInt(5) == 0 ? pick(random, "a", "x y", "\"q\"") + ":" : "";
      return switch (random.nextInt(depth > 0 ? 9 : 6)) {
        case 0 -> "*";
        case 1 -> alias + "count()" + (random.nextBoolean() ? "::int" : "");
        case 2 -> alias + field() + "." + pick(random, "sum()", "avg()", "max()", "min()", "count()")
            + (random.nextBoolean() ? "::text" : "");
        case 3, 4, 5 -> alias + field() + (random.nextInt(4) == 0 ? "::" + pick(random, "text", "int", "text", "my type") : "");
        case 6 -> "..." + embed(depth);
        default -> alias + embed(depth);
      };
    }

    private String embed(int depth) {
      StringBuilder b = new StringBuilder(pick(random, EMBEDS));
      if (random.nextInt(3) == 0) {
        b.append('!').append(pick(random, "inner", "left", "production", "distribution", "fk", "roles"));
      }
      if (random.nextInt(5) == 0) {
        b.append('!').append(pick(random, "inner", "left", "hint"));
      }
      return b.append('(').append(depth > 1 ? select(depth - 1) : pick(random, "*", "id", "name", "")).append(')')
          .toString();
    }

    private String field() {
      StringBuilder b = new StringBuilder(pick(random, COLUMNS));
      int steps = random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 0;
      for (int i = 0; i < steps; i++) {
        b.append(pick(random, "->", "->>")).append(pick(random, "k", "0", "-1", "99999999999", "\"a.b\"", "x-y"));
      }
      return b.toString();
    }

    private String condition(boolean topLevel) {
      String op = random.nextInt(20) == 0 ? pick(random, "EQ", "noop", "not", "") : pick(random, OPERATORS);
      boolean quantifiable = op.matches("eq|gt|gte|lt|lte|like|ilike|match|imatch");
      String modifier = switch (random.nextInt(quantifiable || op.endsWith("fts") ? 3 : 20)) {
        case 0 -> quantifiable ? "(" + pick(random, "any", "all", "any", "some") + ")" : "(any)";
        case 1 -> "(" + pick(random, "english", "my lang", "english", "") + ")";
        default -> "";
      };
      String value = pick(random, VALUES);
      if (op.equals("in") && random.nextBoolean()) {
        value = "(" + pick(random, VALUES) + "," + pick(random, VALUES) + ")";
      }
      return (random.nextInt(5) == 0 ? "not." : "") + op + modifier + (random.nextInt(15) == 0 ? "" : ".") + value;
    }

    private String tree(int depth) {
      if (depth > 0 && random.nextInt(3) == 0) {
        return (random.nextBoolean() ? "not." : "") + pick(random, "and", "or", "and", "or", "xor") + "(" + tree(depth - 1) + ","
            + tree(depth - 1) + ")";
      }
      return field() + "." + condition(false);
    }

    private String order() {
      List<String> terms = new ArrayList<>();
      int n = 1 + random.nextInt(3);
      for (int i = 0; i < n; i++) {
        String term = random.nextInt(4) == 0 ? pick(random, EMBEDS) + "(" + field() + ")" : field();
        terms.add(term + (random.nextInt(10) == 0 ? pick(random, ".up", ".asc.desc", ".nullsfirst.asc")
            : pick(random, "", ".asc", ".desc", ".nullsfirst", ".desc.nullslast")));
      }
      return String.join(",", terms);
    }

    private String names() {
      return pick(random, "id", "id,name", "\"a,b\",c", "", "id,", "title , year");
    }

    private String embedPrefix() {
      return random.nextInt(4) == 0 ? pick(random, EMBEDS) + "." : "";
    }

    private String damage(String q) {
      StringBuilder b = new StringBuilder(q);
      int edits = 1 + random.nextInt(3);
      for (int i = 0; i < edits; i++) {
        int at = b.length() == 0 ? 0 : random.nextInt(b.length());
        String c = String.valueOf(JUNK.charAt(random.nextInt(JUNK.length())));
        switch (random.nextInt(3)) {
          case 0 -> b.insert(at, c);
          case 1 -> b.replace(at, Math.min(at + 1, b.length()), c);
          default -> b.delete(at, Math.min(at + 1 + random.nextInt(3), b.length()));
        }
      }
      return b.toString();
    }

    /** Percent-encodes everything but unreserved characters, as a client would. */
    private static String encode(String s) {
      StringBuilder b = new StringBuilder();
      for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
        int u = x & 0xff;
        if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || "-_.~".indexOf(u) >= 0) {
          b.append((char) u);
        } else {
          b.append('%').append(String.format("%02X", u));
        }
      }
      return b.toString();
    }
  }
}
