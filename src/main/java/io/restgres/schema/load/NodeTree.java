package io.restgres.schema.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A reader for PostgreSQL's {@code pg_node_tree} text ({@code {QUERY :rtable (...) :targetList
 * (...)}}): nodes become {@link Node}s, lists become {@code List}s, {@code <>} becomes null, anything
 * else an atom string. Backslash escapes inside atoms are honoured (outToken).
 */
final class NodeTree {
  /** A {@code {TYPE :field value ...}} node. */
  record Node(String type, Map<String, Object> fields) {
    Object get(String field) {
      return fields.get(field);
    }

    String atom(String field) {
      Object v = fields.get(field);
      return v instanceof String s ? s : null;
    }
  }

  private final String s;
  private int pos;

  private NodeTree(String s) {
    this.s = s;
  }

  static Object parse(String text) {
    return new NodeTree(text).value();
  }

  private Object value() {
    skipSpace();
    if (pos >= s.length()) {
      return null;
    }
    char c = s.charAt(pos);
    if (c == '{') {
      return node();
    }
    if (c == '(') {
      return list();
    }
    if (c == '}' || c == ')') {
      pos++; // a closer that closes nothing: skipped, so that malformed text cannot loop forever
      return null;
    }
    String atom = atom();
    return atom.equals("<>") ? null : atom;
  }

  private Node node() {
    pos++;
    String type = atom();
    Map<String, Object> fields = new HashMap<>();
    while (true) {
      skipSpace();
      if (pos >= s.length() || s.charAt(pos) == '}') {
        pos++;
        return new Node(type, fields);
      }
      if (s.charAt(pos) == ':') {
        String key = atom().substring(1);
        skipSpace();
        boolean valueFollows = pos < s.length() && s.charAt(pos) != ':' && s.charAt(pos) != '}';
        fields.put(key, valueFollows ? value() : null);
      } else {
        value();
      }
    }
  }

  private List<Object> list() {
    pos++;
    List<Object> items = new ArrayList<>();
    while (true) {
      skipSpace();
      if (pos >= s.length() || s.charAt(pos) == ')') {
        pos++;
        return items;
      }
      items.add(value());
    }
  }

  private String atom() {
    StringBuilder b = new StringBuilder();
    while (pos < s.length()) {
      char c = s.charAt(pos);
      if (c == '\\' && pos + 1 < s.length()) {
        b.append(s.charAt(pos + 1));
        pos += 2;
        continue;
      }
      if (Character.isWhitespace(c) || c == '{' || c == '}' || c == '(' || c == ')') {
        break;
      }
      b.append(c);
      pos++;
    }
    if (b.length() == 0 && pos < s.length() && (s.charAt(pos) == '}' || s.charAt(pos) == ')')) {
      return "";
    }
    return b.toString();
  }

  private void skipSpace() {
    while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
      pos++;
    }
  }
}
