package io.restgres.json;

import io.restgres.error.Json;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Writes the values {@link JsonParser} produces back as compact JSON text. */
public final class JsonWriter {
  private JsonWriter() {}

  public static String write(Object value) {
    StringBuilder b = new StringBuilder();
    write(value, b);
    return b.toString();
  }

  private static void write(Object value, StringBuilder b) {
    if (value == null) {
      b.append("null");
    } else if (value instanceof String s) {
      b.append(Json.quote(s));
    } else if (value instanceof BigDecimal || value instanceof Boolean) {
      b.append(value);
    } else if (value instanceof Map<?, ?> map) {
      b.append('{');
      String sep = "";
      for (Map.Entry<?, ?> e : map.entrySet()) {
        b.append(sep).append(Json.quote((String) e.getKey())).append(':');
        write(e.getValue(), b);
        sep = ",";
      }
      b.append('}');
    } else if (value instanceof List<?> list) {
      b.append('[');
      String sep = "";
      for (Object item : list) {
        b.append(sep);
        write(item, b);
        sep = ",";
      }
      b.append(']');
    } else {
      throw new IllegalStateException("not a JSON value: " + value.getClass());
    }
  }
}
