package io.restgres.auth;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The RFC 9535 JSONPath subset that role claim keys need: names ({@code .a}, {@code ['a']}),
 * indexes ({@code [0]}, {@code [-1]}), wildcards, unions, descendants ({@code ..a}) and filters
 * that compare the current node with a literal or call {@code search}/{@code match}, e.g. {@code
 * $.roles[?@ == 'author']} or {@code $.roles[?search(@, '^au')]}. Slices and boolean operators are
 * rejected at start-up rather than misread. Parsing is in {@link JsonPathParser}.
 */
final class JsonPath implements RoleClaimKey {
  sealed interface Selector permits Name, Index, Wildcard, Filter {}

  record Name(String name) implements Selector {}

  record Index(long index) implements Selector {}

  record Wildcard() implements Selector {}

  record Filter(Test test) implements Selector {}

  /** One step of the query; a descendant segment applies its selectors at every depth. */
  record Segment(boolean descendant, List<Selector> selectors) {
    Segment {
      selectors = List.copyOf(selectors);
    }
  }

  /** A filter test, evaluated with {@code @} bound to one child node. */
  @FunctionalInterface
  interface Test {
    boolean test(JsonValue current);
  }

  /** A comparison operand: a literal, or a singular query relative to {@code @} (0 or 1 values). */
  @FunctionalInterface
  interface Operand {
    List<JsonValue> values(JsonValue current);
  }

  private final List<Segment> segments;

  JsonPath(List<Segment> segments) {
    this.segments = List.copyOf(segments);
  }

  static JsonPath parse(String query) {
    return new JsonPathParser(query).query();
  }

  @Override
  public List<JsonValue> select(JsonValue root) {
    List<JsonValue> nodes = List.of(root);
    for (Segment segment : segments) {
      nodes = apply(segment, nodes);
    }
    return nodes;
  }

  private static List<JsonValue> apply(Segment segment, List<JsonValue> nodes) {
    List<JsonValue> out = new ArrayList<>();
    for (JsonValue node : nodes) {
      List<JsonValue> targets = segment.descendant() ? descendants(node) : List.of(node);
      for (JsonValue target : targets) {
        segment.selectors().forEach(selector -> apply(selector, target, out));
      }
    }
    return out;
  }

  private static void apply(Selector selector, JsonValue node, List<JsonValue> out) {
    if (selector instanceof Name n && node instanceof JsonObject m && m.containsKey(n.name())) {
      out.add(m.get(n.name()));
    } else if (selector instanceof Index i && node instanceof JsonArray l) {
      long at = i.index() < 0 ? l.size() + i.index() : i.index();
      if (at >= 0 && at < l.size()) {
        out.add(l.get((int) at));
      }
    } else if (selector instanceof Wildcard) {
      out.addAll(children(node));
    } else if (selector instanceof Filter f) {
      children(node).stream().filter(f.test()::test).forEach(out::add);
    }
  }

  private static List<JsonValue> children(JsonValue node) {
    if (node instanceof JsonObject m) {
      return new ArrayList<>(m.values());
    }
    return node instanceof JsonArray l ? l : List.of();
  }

  private static List<JsonValue> descendants(JsonValue node) {
    List<JsonValue> out = new ArrayList<>();
    out.add(node);
    for (JsonValue child : children(node)) {
      out.addAll(descendants(child));
    }
    return out;
  }

  /**
   * RFC 9535 §2.3.5.2.2: an empty operand equals only another empty one; order needs like types.
   */
  static Test compare(Operand left, String op, Operand right) {
    return current -> {
      List<JsonValue> a = left.values(current);
      List<JsonValue> b = right.values(current);
      boolean equal =
          a.isEmpty() || b.isEmpty() ? a.isEmpty() && b.isEmpty() : same(a.get(0), b.get(0));
      int order = a.isEmpty() || b.isEmpty() ? 2 : order(a.get(0), b.get(0));
      switch (op) {
        case "==":
          return equal;
        case "!=":
          return !equal;
        case "<":
          return order == -1;
        case "<=":
          return order == -1 || equal;
        case ">":
          return order == 1;
        default:
          return order == 1 || equal;
      }
    };
  }

  /** {@code search} finds the regex anywhere in a string node; {@code match} needs all of it. */
  static Test regex(Operand subject, Pattern pattern, boolean whole) {
    return current -> {
      List<JsonValue> v = subject.values(current);
      return !v.isEmpty()
          && v.get(0) instanceof JsonString s
          && (whole ? pattern.matcher(s.getString()).matches() : pattern.matcher(s.getString()).find());
    };
  }

  /** JSON-P's own equality would tell {@code 1} from {@code 1.0}, which RFC 9535 does not. */
  private static boolean same(JsonValue a, JsonValue b) {
    if (a instanceof JsonNumber x && b instanceof JsonNumber y) {
      return x.bigDecimalValue().compareTo(y.bigDecimalValue()) == 0;
    }
    if (a instanceof JsonArray x && b instanceof JsonArray y) {
      if (x.size() != y.size()) {
        return false;
      }
      for (int i = 0; i < x.size(); i++) {
        if (!same(x.get(i), y.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof JsonObject x && b instanceof JsonObject y) {
      return x.keySet().equals(y.keySet())
          && x.keySet().stream().allMatch(k -> same(x.get(k), y.get(k)));
    }
    return Objects.equals(a, b);
  }

  /**
   * -1 or 1 when both are numbers or both strings and they differ; 0 or 2 (unordered) otherwise.
   */
  private static int order(JsonValue a, JsonValue b) {
    int c;
    if (a instanceof JsonNumber x && b instanceof JsonNumber y) {
      c = x.bigDecimalValue().compareTo(y.bigDecimalValue());
    } else if (a instanceof JsonString x && b instanceof JsonString y) {
      c = x.getString().compareTo(y.getString());
    } else {
      return 2;
    }
    return Integer.signum(c);
  }
}
