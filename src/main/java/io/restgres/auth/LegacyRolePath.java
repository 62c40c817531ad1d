package io.restgres.auth;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * PostgREST's pre-v13 role path DSL ({@code Config/DeprecatedJSPath.hs}): {@code .key}, {@code
 * ."any key"}, {@code [0]}, and one final filter {@code [?(@ == "x")]} with the operators {@code
 * ==}, {@code !=}, {@code ^==} (starts with), {@code ==^} (ends with) and {@code *==} (contains).
 */
final class LegacyRolePath implements RoleClaimKey {
  private sealed interface Step permits Key, Index, Filter {}

  private record Key(String name) implements Step {}

  private record Index(int index) implements Step {}

  private record Filter(BiPredicate<String, String> test, String operand) implements Step {}

  private final List<Step> steps;

  private LegacyRolePath(List<Step> steps) {
    this.steps = List.copyOf(steps);
  }

  /** Parses the DSL; throws {@link IllegalArgumentException} with the position on error. */
  static LegacyRolePath parse(String text) {
    Parser p = new Parser(text);
    List<Step> steps = new ArrayList<>();
    do {
      steps.add(p.step());
    } while (p.pos < text.length());
    return new LegacyRolePath(steps);
  }

  @Override
  public List<JsonValue> select(JsonValue claims) {
    JsonValue current = claims;
    for (Step step : steps) {
      if (step instanceof Key k && current instanceof JsonObject m && m.containsKey(k.name())) {
        current = m.get(k.name());
      } else if (step instanceof Index i && current instanceof JsonArray l && i.index() < l.size()) {
        current = l.get(i.index());
      } else if (step instanceof Filter f && current instanceof JsonArray l) {
        return firstMatch(f, l);
      } else {
        return List.of();
      }
    }
    return List.of(current);
  }

  private static List<JsonValue> firstMatch(Filter f, JsonArray items) {
    for (JsonValue item : items) {
      if (item instanceof JsonString s && f.test().test(s.getString(), f.operand())) {
        return List.of(s);
      }
    }
    return List.of();
  }

  /** One pass over the DSL text, one method per grammar rule. */
  private static final class Parser extends PathCursor {
    Parser(String text) {
      super(text);
    }

    // step := "." (keychar+ | quoted) | "[" digit+ "]" | "[?(" "@" ws op ws quoted ")]" EOF
    private Step step() {
      if (consume(".")) {
        return new Key(peek() == '"' ? quoted() : keyChars());
      } else if (consume("[?(")) {
        return filter();
      } else if (consume("[")) {
        String digits = digits();
        if (digits.isEmpty()) {
          throw error("a digit");
        }
        expect("]");
        return new Index(digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits));
      }
      throw error("'.' or '['");
    }

    private Step filter() {
      expect("@");
      skipSpaces();
      BiPredicate<String, String> test;
      // The order matters: "==^" must be tried before "==".
      if (consume("==^")) {
        test = String::endsWith;
      } else if (consume("==")) {
        test = String::equals;
      } else if (consume("!=")) {
        test = (s, x) -> !s.equals(x);
      } else if (consume("^==")) {
        test = String::startsWith;
      } else if (consume("*==")) {
        test = String::contains;
      } else {
        throw error("one of == != ^== ==^ *==");
      }
      skipSpaces();
      String operand = quoted();
      expect(")]");
      if (pos != text.length()) {
        throw error("the filter to be the last step");
      }
      return new Filter(test, operand);
    }

    private String keyChars() {
      int start = pos;
      while (pos < text.length()
          && (Character.isLetterOrDigit(text.charAt(pos))
              || "_$@".indexOf(text.charAt(pos)) >= 0)) {
        pos++;
      }
      if (pos == start) {
        throw error("a key");
      }
      return text.substring(start, pos);
    }

    private String quoted() {
      expect("\"");
      int end = text.indexOf('"', pos);
      if (end < 0) {
        throw error("a closing '\"'");
      }
      String s = text.substring(pos, end);
      pos = end + 1;
      return s;
    }

    private void skipSpaces() {
      while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
        pos++;
      }
    }
  }
}
