package io.restgres.request.parse;

import io.restgres.request.Condition;
import io.restgres.request.Condition.Quantifier;
import io.restgres.request.Operator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Parses the right-hand side of a filter, at the top level or inside a logic tree. As in PostgREST,
 * nothing is required after a complete {@code in} list or {@code is} value.
 */
final class FilterParser {
  private static final List<String> IS_VALUES = List.of("null", "not_null", "true", "false", "unknown");
  /** The operators' URL names by their first letter, so that a filter tries only those that may fit. */
  private static final Map<Character, List<String>> OPERATORS = Arrays.stream(Operator.values())
      .map(Operator::urlName).collect(Collectors.groupingBy(name -> name.charAt(0)));
  private static final String OPERATOR = "operator (eq, gt, ...)";

  private FilterParser() {}

  /** A whole top-level filter value: {@code ?col=not.eq.5}. */
  static Condition parse(String value) {
    return condition(new Cursor(value), false);
  }

  // condition := ["not."] operator ["(" modifier ")"] "." value
  static Condition condition(Cursor c, boolean inTree) {
    boolean negated = negation(c);
    String name = c.atEnd() ? null : c.acceptWord(OPERATORS.getOrDefault(c.peek(), List.of()));
    if (name == null) {
      // Parsec tried "not" (or after it, "in") first and reports where that word stopped matching
      throw negated ? c.tokenError("in", OPERATOR) : c.tokenError("not", "\"not\"", OPERATOR);
    }
    Operator op = Operator.byName(name).orElseThrow();
    Optional<Quantifier> quantifier = Optional.empty();
    Optional<String> language = Optional.empty();
    if (c.peekIs('(') && (op.isQuantifiable() || op.isFts())) {
      c.next();
      if (op.isFts()) {
        language = Optional.of(identifier(c));
      } else {
        quantifier = Optional.of(quantifier(c));
      }
      if (!c.accept(")")) {
        throw c.error(OPERATOR);
      }
    }
    if (!c.accept(".")) {
      throw c.error(OPERATOR);
    }
    return switch (op) {
      case IN -> new Condition(negated, op, quantifier, language, "", list(c));
      case IS -> new Condition(negated, op, quantifier, language, isValue(c), List.of());
      default -> new Condition(negated, op, quantifier, language, inTree ? treeValue(c) : c.rest(), List.of());
    };
  }

  // "not" must be followed by the delimiter
  private static boolean negation(Cursor c) {
    if (!c.accept("not")) {
      return false;
    }
    if (!c.accept(".")) {
      throw c.error("delimiter (.)");
    }
    return true;
  }

  private static Quantifier quantifier(Cursor c) {
    if (c.accept("any")) {
      return Quantifier.ANY;
    }
    if (c.accept("all")) {
      return Quantifier.ALL;
    }
    throw c.error(OPERATOR);
  }

  private static String identifier(Cursor c) {
    String id = c.takeWhile(FieldParser::isNameChar);
    if (id.isBlank()) {
      throw c.error(OPERATOR);
    }
    return id.strip();
  }

  // is_value := null | not_null | true | false | unknown   (each letter lower or upper case; the longest that fits)
  private static String isValue(Cursor c) {
    int at = c.position();
    String value = null;
    int matched = 0;
    for (String v : IS_VALUES) {
      int n = 0;
      while (n < v.length() && !c.atEnd() && (c.peek() == v.charAt(n) || c.peek() == Character.toUpperCase(v.charAt(n)))) {
        c.next();
        n++;
      }
      c.reset(at);
      if (n == v.length() && (value == null || n > value.length())) {
        value = v;
      }
      matched = Math.max(matched, n);
    }
    if (value == null) {
      throw c.errorAt(at + matched, "isVal: (null, not_null, true, false, unknown)");
    }
    c.reset(at + value.length());
    return value;
  }

  // list := "(" element ("," element)* ")"; element := quoted (then "," or ")") | [^,)]*
  private static List<String> list(Cursor c) {
    c.skipSpaces();
    c.expect("(", "\"(\"");
    c.skipSpaces();
    List<String> elements = new ArrayList<>();
    do {
      elements.add(element(c));
    } while (c.accept(","));
    c.skipSpaces();
    c.expect(")", "\",\" or \")\"");
    if (elements.size() == 1 && elements.get(0).isEmpty()) {
      return List.of();
    }
    return elements;
  }

  private static String element(Cursor c) {
    return quotedThenDelimiter(c).orElseGet(() -> until(c, ",)"));
  }

  // A quoted value counts only when "," or ")" follows it; otherwise it is taken raw.
  private static Optional<String> quotedThenDelimiter(Cursor c) {
    int at = c.position();
    if (c.peekIs('"')) {
      try {
        String q = FieldParser.quoted(c);
        if (c.peekIs(',') || c.peekIs(')')) {
          return Optional.of(q);
        }
      } catch (ParseError e) {
        // unterminated: taken raw
      }
      c.reset(at);
    }
    return Optional.empty();
  }

  // tree_value := quoted (then "," or ")") | "{" [^{}]* "}" | [^,)]*
  private static String treeValue(Cursor c) {
    Optional<String> quoted = quotedThenDelimiter(c);
    if (quoted.isPresent()) {
      return quoted.get();
    }
    int at = c.position();
    if (c.accept("{")) {
      String inside = until(c, "{}");
      if (c.accept("}")) {
        return "{" + inside + "}";
      }
      c.reset(at);
    }
    return until(c, ",)");
  }

  private static String until(Cursor c, String stops) {
    return c.takeWhile(ch -> stops.indexOf(ch) < 0);
  }
}
