package io.restgres.launcher;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The warm-up's reads, chosen from the server's OpenAPI document (Swagger 2.0 JSON at {@code /}): the
 * first relation with a primary key, read with {@code limit=0} alone, with a filter, and with a
 * select and order of the key, and, mostly, one row at a time by up to {@link #KEYS} of its key values
 * (the commonest read of all, an index lookup, which also runs the code that turns rows into a body).
 * Without a relation that has a key, the first relation and its first column, with {@code limit=0}
 * only: the cost of whatever view stands behind it stays out ({@code limit=1} on a million-row view
 * took 0.5 s).
 */
final class WarmUpTargets {
  static final int KEYS = 16;
  // {"name":value} with a number or a plain string as the value
  private static final Pattern VALUE =
      Pattern.compile("\\{\"(?:[^\"\\\\]|\\\\.)*\":(?:(-?[0-9][0-9.eE+-]*)|\"([^\"\\\\]*)\")\\}");

  private WarmUpTargets() {}

  /** The targets for {@code doc}; {@code get} reads the key values once. Just "/" without a relation. */
  static List<String> choose(String doc, Function<String, Optional<String>> get) {
    Map<String, String> root = object(doc);
    Map<String, String> definitions = object(root.getOrDefault("definitions", ""));
    String relation = null;
    String column = null;
    boolean key = false;
    for (String path : object(root.getOrDefault("paths", "")).keySet()) {
      if (path.equals("/") || path.startsWith("/rpc/") || !path.startsWith("/")) {
        continue;
      }
      Map<String, String> definition = object(definitions.getOrDefault(path.substring(1), ""));
      Map<String, String> columns = object(definition.getOrDefault("properties", ""));
      Optional<String> pk = columns.entrySet().stream()
          .filter(c -> c.getValue().contains("<pk/>")).map(Map.Entry::getKey).findFirst();
      if (pk.isPresent() || relation == null && !columns.isEmpty()) {
        relation = path.substring(1);
        column = pk.orElse(columns.keySet().iterator().next());
        key = pk.isPresent();
      }
      if (key) {
        break;
      }
    }
    if (relation == null) {
      return List.of("/");
    }
    String t = "/" + encode(relation);
    String c = encode(column);
    List<String> targets = new ArrayList<>(List.of(t + "?limit=0", t + "?" + c + "=not.is.null&limit=0",
        t + "?select=" + c + "&order=" + c + ".desc&limit=0"));
    if (key) {
      Matcher value = VALUE.matcher(get.apply(t + "?select=" + c + "&limit=" + KEYS).orElse(""));
      while (value.find()) {
        targets.add(t + "?" + c + "=eq." + encode(value.group(1) != null ? value.group(1) : value.group(2)));
      }
    }
    return targets;
  }

  /** The members of the JSON object {@code json} (names as written, JSON escapes kept), else none. */
  static Map<String, String> object(String json) {
    Map<String, String> members = new LinkedHashMap<>();
    int i = space(json, 0);
    if (i >= json.length() || json.charAt(i) != '{') {
      return members;
    }
    for (i = space(json, i + 1); i < json.length() && json.charAt(i) == '"'; ) {
      int nameEnd = stringEnd(json, i);
      int value = space(json, space(json, nameEnd) + 1); // past the colon
      int end = valueEnd(json, value);
      members.put(json.substring(i + 1, nameEnd - 1), json.substring(value, end).strip());
      i = space(json, end);
      if (i < json.length() && json.charAt(i) == ',') {
        i = space(json, i + 1);
      }
    }
    return members;
  }

  private static int space(String s, int i) {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  // just past the closing quote of the string opening at s[quote]
  private static int stringEnd(String s, int quote) {
    for (int i = quote + 1; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '\\') {
        i++;
      } else if (ch == '"') {
        return i + 1;
      }
    }
    return s.length();
  }

  // just past the value starting at s[i]: a string, an object, an array or a literal
  private static int valueEnd(String s, int i) {
    int depth = 0;
    for (; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '"') {
        i = stringEnd(s, i) - 1;
        if (depth == 0) {
          return i + 1;
        }
      } else if (ch == '{' || ch == '[') {
        depth++;
      } else if (ch == '}' || ch == ']') {
        if (depth == 0) {
          return i;
        }
        if (--depth == 0) {
          return i + 1;
        }
      } else if (ch == ',' && depth == 0) {
        return i;
      }
    }
    return s.length();
  }

  // a name from the document (JSON escapes as far as names use them) as a URL path or query part
  private static String encode(String name) {
    String plain = name.replace("\\\"", "\"").replace("\\\\", "\\");
    return URLEncoder.encode(plain, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
