package io.restgres.sql;

import java.util.List;

/**
 * A PostgreSQL array literal for {@code = ANY(?)}: every element double-quoted with {@code "} and
 * {@code \} escaped, so commas and braces inside values stay data (PostgREST pgBuildArrayLiteral).
 */
final class ArrayLiteral {
  private ArrayLiteral() {}

  static String of(List<String> elements) {
    StringBuilder b = new StringBuilder("{");
    for (int i = 0; i < elements.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append('"').append(elements.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    }
    return b.append('}').toString();
  }
}
