package io.restgres.request.parse;

import io.restgres.request.FieldPath;
import java.util.ArrayList;
import java.util.List;

/**
 * A query-string key split at its dots: {@code actors.roles.character} is the field
 * {@code character} under the embed path {@code [actors, roles]}.
 */
record KeyPath(List<String> embedPath, FieldPath field) {
  KeyPath {
    embedPath = List.copyOf(embedPath);
  }

  /** The last segment as a keyword: {@code order}, {@code limit}, {@code not.or}, or a column. */
  String last() {
    if (field.path().isEmpty() && !embedPath.isEmpty() && embedPath.get(embedPath.size() - 1).equals("not")
        && (field.name().equals("or") || field.name().equals("and"))) {
      return "not." + field.name();
    }
    return field.path().isEmpty() ? field.name() : "";
  }

  List<String> scope() {
    return last().startsWith("not.") ? embedPath.subList(0, embedPath.size() - 1) : embedPath;
  }

  // key := name ("." name)* json_path
  static KeyPath parse(String key) {
    if (isPlainName(key)) {
      return new KeyPath(List.of(), FieldPath.of(key)); // most keys: a column, "limit", "order", "or"
    }
    Cursor c = new Cursor(key);
    List<String> names = new ArrayList<>();
    FieldPath field = FieldParser.fieldPath(c);
    while (field.path().isEmpty() && c.accept(".")) {
      names.add(field.name());
      field = FieldParser.fieldPath(c);
    }
    return new KeyPath(names, field);
  }

  // ASCII letters, digits, '_' and '$' only: the grammar reads such a key whole as one name.
  private static boolean isPlainName(String key) {
    for (int i = 0; i < key.length(); i++) {
      char ch = key.charAt(i);
      if (!(ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9' || ch == '_' || ch == '$')) {
        return false;
      }
    }
    return !key.isEmpty();
  }
}
