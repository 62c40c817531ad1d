package io.restgres.request.parse;

import io.restgres.error.ErrorCode;
import io.restgres.request.Payload;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Validates a JSON body in one pass and collects the keys of its top-level objects, skipping every
 * value: the rows themselves are expanded by PostgreSQL ({@code json_populate_recordset}), never by
 * Java. Hand-written rather than JSON-P on purpose: it is on every write's path and builds no
 * values, and it reproduces PostgREST's messages ({@code All object keys must match}).
 */
public final class PayloadScanner {
  private static final int MAX_DEPTH = 512;

  private final String s;
  private int pos;

  private PayloadScanner(String s) {
    this.s = s;
  }

  public static Payload scan(String json) {
    PayloadScanner p = new PayloadScanner(json);
    try {
      return p.document();
    } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
      throw invalid();
    }
  }

  private static RuntimeException invalid() {
    return ErrorCode.INVALID_BODY.exception("Empty or invalid json");
  }

  // document := ws (object | "[" [object ("," object)*] "]") ws
  private Payload document() {
    ws();
    if (pos >= s.length()) {
      throw invalid();
    }
    boolean array = s.charAt(pos) == '[';
    Set<String> keys = null;
    int rows = 0;
    if (array) {
      pos++;
      ws();
      if (peek() != ']') {
        do {
          ws();
          if (peek() != '{') {
            // PostgREST reports an array of non-objects as mismatching keys
            value(1);
            throw ErrorCode.INVALID_BODY.exception("All object keys must match");
          }
          Set<String> k = object();
          if (keys != null && !keys.equals(k)) {
            throw ErrorCode.INVALID_BODY.exception("All object keys must match");
          }
          keys = keys == null ? k : keys;
          rows++;
          ws();
        } while (accept(','));
      }
      expect(']');
    } else {
      keys = object();
      rows = 1;
    }
    ws();
    if (pos != s.length()) {
      throw invalid();
    }
    List<String> list = keys == null ? List.of() : new ArrayList<>(keys);
    return new Payload(array, list, rows, s);
  }

  // object := "{" [string ":" value ("," string ":" value)*] "}"
  private Set<String> object() {
    expect('{');
    Set<String> keys = new LinkedHashSet<>();
    ws();
    if (accept('}')) {
      return keys;
    }
    do {
      ws();
      keys.add(string());
      ws();
      expect(':');
      value(1);
      ws();
    } while (accept(','));
    expect('}');
    return keys;
  }

  private void value(int depth) {
    if (depth > MAX_DEPTH) {
      throw invalid();
    }
    ws();
    char c = peek();
    switch (c) {
      case '{' -> container('{', '}', depth, true);
      case '[' -> container('[', ']', depth, false);
      case '"' -> string();
      case 't' -> literal("true");
      case 'f' -> literal("false");
      case 'n' -> literal("null");
      default -> number();
    }
  }

  private void container(char open, char close, int depth, boolean keyed) {
    expect(open);
    ws();
    if (accept(close)) {
      return;
    }
    do {
      ws();
      if (keyed) {
        string();
        ws();
        expect(':');
      }
      value(depth + 1);
      ws();
    } while (accept(','));
    expect(close);
  }

  private String string() {
    expect('"');
    StringBuilder b = new StringBuilder();
    while (true) {
      char c = s.charAt(pos++);
      if (c == '"') {
        return b.toString();
      }
      if (c < 0x20) {
        throw invalid();
      }
      if (c == '\\') {
        c = s.charAt(pos++);
        switch (c) {
          case '"', '\\', '/' -> b.append(c);
          case 'b' -> b.append('\b');
          case 'f' -> b.append('\f');
          case 'n' -> b.append('\n');
          case 'r' -> b.append('\r');
          case 't' -> b.append('\t');
          case 'u' -> {
            b.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
            pos += 4;
          }
          default -> throw invalid();
        }
      } else {
        b.append(c);
      }
    }
  }

  private void number() {
    int start = pos;
    accept('-');
    digits();
    if (accept('.')) {
      digits();
    }
    if (peek() == 'e' || peek() == 'E') {
      pos++;
      if (!accept('+')) {
        accept('-');
      }
      digits();
    }
    if (pos == start) {
      throw invalid();
    }
  }

  private void digits() {
    int start = pos;
    while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
      pos++;
    }
    if (pos == start) {
      throw invalid();
    }
  }

  private void literal(String word) {
    if (!s.startsWith(word, pos)) {
      throw invalid();
    }
    pos += word.length();
  }

  private void ws() {
    while (pos < s.length() && " \t\r\n".indexOf(s.charAt(pos)) >= 0) {
      pos++;
    }
  }

  private char peek() {
    return pos < s.length() ? s.charAt(pos) : '\0';
  }

  private boolean accept(char c) {
    if (peek() == c) {
      pos++;
      return true;
    }
    return false;
  }

  private void expect(char c) {
    if (!accept(c)) {
      throw invalid();
    }
  }
}
