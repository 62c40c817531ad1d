package io.restgres.auth;

import io.restgres.auth.JsonPath.Operand;
import io.restgres.auth.JsonPath.Segment;
import io.restgres.auth.JsonPath.Selector;
import io.restgres.auth.JsonPath.Test;
import io.restgres.json.Jsonp;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Parses the {@link JsonPath} subset of RFC 9535, one method per grammar rule. */
final class JsonPathParser extends PathCursor {
  JsonPathParser(String text) {
    super(text);
  }

  // query := "$" segment*
  JsonPath query() {
    expect("$");
    List<Segment> segments = new ArrayList<>();
    while (pos < text.length()) {
      segments.add(segment());
    }
    return new JsonPath(segments);
  }

  // segment := ".." (name | "*" | bracketed) | "." (name | "*") | bracketed
  private Segment segment() {
    if (consume("..")) {
      return new Segment(true, peek() == '[' ? bracketed() : List.of(dotted()));
    } else if (consume(".")) {
      return new Segment(false, List.of(dotted()));
    } else if (peek() == '[') {
      return new Segment(false, bracketed());
    }
    throw error("'.' or '['");
  }

  private Selector dotted() {
    return consume("*") ? new JsonPath.Wildcard() : new JsonPath.Name(name());
  }

  // bracketed := "[" S selector (S "," S selector)* S "]"
  private List<Selector> bracketed() {
    expect("[");
    List<Selector> selectors = new ArrayList<>();
    do {
      skipBlanks();
      selectors.add(selector());
      skipBlanks();
    } while (consume(","));
    expect("]");
    return selectors;
  }

  // selector := string | "*" | int | "?" test
  private Selector selector() {
    char c = peek();
    if (c == '\'' || c == '"') {
      return new JsonPath.Name(string());
    } else if (consume("*")) {
      return new JsonPath.Wildcard();
    } else if (consume("?")) {
      skipBlanks();
      return new JsonPath.Filter(test());
    }
    long index = integer();
    if (peek() == ':') {
      throw error("an index (array slices are not supported)");
    }
    return new JsonPath.Index(index);
  }

  // test := "(" S test S ")" | ("search" | "match") "(" S operand S "," S string S ")"
  //       | operand [S op S operand]
  private Test test() {
    if (consume("(")) {
      skipBlanks();
      Test inner = test();
      skipBlanks();
      expect(")");
      return inner;
    }
    boolean search = text.startsWith("search(", pos);
    if (search || text.startsWith("match(", pos)) {
      pos += search ? 7 : 6;
      skipBlanks();
      Operand subject = operand();
      skipBlanks();
      expect(",");
      skipBlanks();
      Pattern pattern = pattern(string());
      skipBlanks();
      expect(")");
      return JsonPath.regex(subject, pattern, !search);
    }
    return comparison();
  }

  private Test comparison() {
    boolean relative = peek() == '@';
    Operand left = operand();
    skipBlanks();
    for (String op : new String[] {"==", "!=", "<=", ">=", "<", ">"}) {
      if (consume(op)) {
        skipBlanks();
        return JsonPath.compare(left, op, operand());
      }
    }
    if (!relative) {
      throw error("a comparison operator");
    }
    return current -> !left.values(current).isEmpty();
  }

  // operand := "@" ("." name | "[" S (string | int) S "]")* | literal
  private Operand operand() {
    if (!consume("@")) {
      JsonValue literal = literal();
      return current -> List.of(literal);
    }
    List<Segment> path = new ArrayList<>();
    while (peek() == '.' || peek() == '[') {
      Selector s;
      if (consume(".")) {
        s = new JsonPath.Name(name());
      } else {
        expect("[");
        skipBlanks();
        s =
            peek() == '\'' || peek() == '"'
                ? new JsonPath.Name(string())
                : new JsonPath.Index(integer());
        skipBlanks();
        expect("]");
      }
      path.add(new Segment(false, List.of(s)));
    }
    JsonPath relative = new JsonPath(path);
    return relative::select;
  }

  // literal := string | number | "true" | "false" | "null"
  private JsonValue literal() {
    char c = peek();
    if (c == '\'' || c == '"') {
      return Jsonp.string(string());
    }
    int start = pos;
    while (pos < text.length() && "+-.eE0123456789truefalsn".indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
    try {
      return Jsonp.parse(text.substring(start, pos));
    } catch (IllegalArgumentException e) {
      pos = start;
      throw error("a literal or '@'");
    }
  }

  // name := (ALPHA | "_" | non-ASCII) (ALPHA | DIGIT | "_" | non-ASCII)*
  private String name() {
    int start = pos;
    while (pos < text.length() && isNameChar(text.charAt(pos), pos == start)) {
      pos++;
    }
    if (pos == start) {
      throw error("a member name");
    }
    return text.substring(start, pos);
  }

  private static boolean isNameChar(char c, boolean first) {
    boolean alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
    return alpha || (!first && c >= '0' && c <= '9');
  }

  // string := "'" (char | "\" escape)* "'" | '"' (char | "\" escape)* '"'
  private String string() {
    char quote = peek();
    if (quote != '\'' && quote != '"') {
      throw error("a quoted string");
    }
    pos++;
    StringBuilder b = new StringBuilder();
    while (pos < text.length() && text.charAt(pos) != quote) {
      char c = text.charAt(pos++);
      if (c == '\\' && pos < text.length()) {
        b.append(escape(text.charAt(pos++)));
      } else {
        b.append(c);
      }
    }
    expect(String.valueOf(quote));
    return b.toString();
  }

  // JSON's escapes, plus \' (RFC 9535 §2.3.1.1); they are read by the JSON parser.
  private String escape(char e) {
    if (e == '\'') {
      return "'";
    }
    int digits = e == 'u' ? Math.min(4, text.length() - pos) : 0;
    String escape = "\\" + e + text.substring(pos, pos + digits);
    try {
      String s = ((JsonString) Jsonp.parse('"' + escape + '"')).getString();
      pos += digits;
      return s;
    } catch (IllegalArgumentException notJson) {
      throw error("a valid escape sequence");
    }
  }

  // int := "0" | ["-"] [1-9] DIGIT*
  private long integer() {
    int start = pos;
    String digits = (consume("-") ? "-" : "") + digits();
    if (!digits.matches("0|-?[1-9][0-9]{0,15}")) {
      pos = start;
      throw error("a name, index, '*' or filter");
    }
    return Long.parseLong(digits);
  }

  private Pattern pattern(String regex) {
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw error("a valid regular expression (" + e.getDescription() + ")");
    }
  }

  private void skipBlanks() {
    while (pos < text.length() && " \t\n\r".indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
  }
}
