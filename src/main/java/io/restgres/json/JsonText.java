package io.restgres.json;

/**
 * JSON string quoting for the few texts Java writes itself: error bodies, and CSV and form bodies
 * converted to JSON. Hand-written rather than JSON-P because it is on every error and write's path
 * and needs no provider, which keeps {@code error} free of container APIs; rows are rendered by
 * PostgreSQL.
 */
public final class JsonText {
  private JsonText() {}

  public static String quoteOrNull(String s) {
    return s == null ? "null" : quote(s);
  }

  public static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        case '\b' -> b.append("\\b");
        case '\f' -> b.append("\\f");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
