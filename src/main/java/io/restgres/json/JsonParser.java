package io.restgres.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict RFC 8259 parser (minimal-json style). Values become {@code Map<String, Object>} (member
 * order kept, a repeated member's last value wins, as in aeson), {@code List<Object>}, {@code
 * String}, {@code BigDecimal}, {@code Boolean} or {@code null}.
 *
 * <p>Everything else reads JSON with JSON-P ({@link Jsonp}); this parser is left only for {@code
 * plan/CallPlanner}'s check that an RPC body is JSON, and goes when the body is parsed in the
 * request stage (issue 10).
 */
public final class JsonParser {
  /** Deep nesting is never legitimate here and would otherwise risk a stack overflow. */
  public static final int MAX_DEPTH = 256;

  private final String text;
  private int pos;
  private int depth;

  private JsonParser(String text) {
    this.text = text;
  }

  /** Parses one JSON text; throws {@link IllegalArgumentException} with the position on error. */
  public static Object parse(String text) {
    JsonParser p = new JsonParser(text);
    Object value = p.value();
    p.skipWhitespace();
    if (p.pos != text.length()) {
      throw p.error("end of input");
    }
    return value;
  }

  // value := ws (object | array | string | number | "true" | "false" | "null") ws
  private Object value() {
    skipWhitespace();
    char c = peek();
    switch (c) {
      case '{':
        return object();
      case '[':
        return array();
      case '"':
        return string();
      case 't':
        return literal("true", Boolean.TRUE);
      case 'f':
        return literal("false", Boolean.FALSE);
      case 'n':
        return literal("null", null);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw error("a value");
    }
  }

  // object := "{" ws [ string ws ":" value ("," ws string ws ":" value)* ] "}"
  private Map<String, Object> object() {
    enter();
    Map<String, Object> members = new LinkedHashMap<>();
    skipWhitespace();
    if (!consume('}')) {
      do {
        skipWhitespace();
        if (peek() != '"') {
          throw error("a member name");
        }
        String name = string();
        skipWhitespace();
        expect(':');
        members.put(name, value());
        skipWhitespace();
      } while (consume(','));
      expect('}');
    }
    depth--;
    return Collections.unmodifiableMap(members);
  }

  // array := "[" ws [ value ("," value)* ] "]"
  private List<Object> array() {
    enter();
    List<Object> items = new ArrayList<>();
    skipWhitespace();
    if (!consume(']')) {
      do {
        items.add(value());
        skipWhitespace();
      } while (consume(','));
      expect(']');
    }
    depth--;
    return Collections.unmodifiableList(items);
  }

  // string := '"' (unescaped | "\" escape)* '"'
  private String string() {
    expect('"');
    StringBuilder b = new StringBuilder();
    while (true) {
      char c = next();
      if (c == '"') {
        return b.toString();
      } else if (c == '\\') {
        b.append(escape());
      } else if (c < 0x20) {
        throw error("an escaped control character");
      } else {
        b.append(c);
      }
    }
  }

  // escape := ["\/bfnrt] | "u" 4HEXDIG
  private char escape() {
    char c = next();
    switch (c) {
      case '"', '\\', '/':
        return c;
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'u':
        int code = 0;
        for (int i = 0; i < 4; i++) {
          int digit = Character.digit(next(), 16);
          if (digit < 0) {
            throw error("a hex digit");
          }
          code = code * 16 + digit;
        }
        return (char) code;
      default:
        throw error("an escape character");
    }
  }

  // number := ["-"] ("0" | [1-9] DIGIT*) ["." DIGIT+] [("e"|"E") ["+"|"-"] DIGIT+]
  private BigDecimal number() {
    int start = pos;
    consume('-');
    if (!consume('0')) {
      digits();
    }
    if (consume('.')) {
      digits();
    }
    if (consume('e') || consume('E')) {
      if (!consume('+')) {
        consume('-');
      }
      digits();
    }
    try {
      return new BigDecimal(text.substring(start, pos));
    } catch (NumberFormatException e) {
      throw error("a number with a smaller exponent");
    }
  }

  private void digits() {
    int start = pos;
    while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
      pos++;
    }
    if (pos == start) {
      throw error("a digit");
    }
  }

  private Object literal(String word, Object value) {
    if (!text.startsWith(word, pos)) {
      throw error("'" + word + "'");
    }
    pos += word.length();
    return value;
  }

  private void enter() {
    pos++;
    if (++depth > MAX_DEPTH) {
      throw error("at most " + MAX_DEPTH + " nested levels");
    }
  }

  private void skipWhitespace() {
    while (pos < text.length() && " \t\n\r".indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private char next() {
    if (pos >= text.length()) {
      throw error("more input");
    }
    return text.charAt(pos++);
  }

  private boolean consume(char c) {
    if (peek() == c && pos < text.length()) {
      pos++;
      return true;
    }
    return false;
  }

  private void expect(char c) {
    if (!consume(c)) {
      throw error("'" + c + "'");
    }
  }

  private IllegalArgumentException error(String expected) {
    return new IllegalArgumentException("expected " + expected + " at position " + pos);
  }
}
