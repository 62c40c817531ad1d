package io.restgres.it;

import io.restgres.json.Jsonp;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A response body as plain Java values (maps, lists, strings, numbers, booleans, null) for asserts. */
final class PlainJson {
  private PlainJson() {}

  static Object parse(String text) {
    return plain(Jsonp.parse(text));
  }

  private static Object plain(JsonValue v) {
    switch (v.getValueType()) {
      case OBJECT -> {
        Map<String, Object> out = new LinkedHashMap<>();
        ((JsonObject) v).forEach((k, e) -> out.put(k, plain(e)));
        return out;
      }
      case ARRAY -> {
        List<Object> out = new ArrayList<>();
        ((JsonArray) v).forEach(e -> out.add(plain(e)));
        return out;
      }
      case STRING -> {
        return ((JsonString) v).getString();
      }
      case NUMBER -> {
        JsonNumber n = (JsonNumber) v;
        return n.isIntegral() ? (Object) n.longValueExact() : n.bigDecimalValue();
      }
      case TRUE -> {
        return true;
      }
      case FALSE -> {
        return false;
      }
      default -> {
        return null;
      }
    }
  }
}
