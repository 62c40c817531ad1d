package io.restgres.response;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Query strings of the headers PostgREST builds: {@code Content-Location} and {@code Location}. */
final class UrlEncoding {
  private UrlEncoding() {}

  /**
   * PostgREST's canonical query: pairs sorted by key (bytewise), repeated keys merged with commas,
   * everything but {@code A-Za-z0-9-_.~} percent-encoded. Non-ASCII is encoded twice, as PostgREST's
   * {@code urlEncodeVars} does, so that clients comparing the header see the same bytes.
   */
  static String canonical(List<Map.Entry<String, String>> pairs) {
    Map<String, List<String>> merged = new LinkedHashMap<>();
    pairs.stream()
        .sorted((a, b) -> compareBytes(a.getKey(), b.getKey()))
        .forEach(e -> merged.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    List<String> out = new ArrayList<>();
    merged.forEach((k, v) -> out.add(doubleEncode(k) + "=" + doubleEncode(String.join(",", v))));
    return String.join("&", out);
  }

  /** {@code renderSimpleQuery}: percent-encodes all but unreserved characters, UTF-8 once. */
  static String encode(String s) {
    StringBuilder b = new StringBuilder();
    for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
      appendByte(b, x & 0xff);
    }
    return b.toString();
  }

  private static String doubleEncode(String s) {
    StringBuilder b = new StringBuilder();
    for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
      int u = x & 0xff;
      if (u < 0x80) {
        appendByte(b, u);
      } else {
        for (byte y : String.valueOf((char) u).getBytes(StandardCharsets.UTF_8)) {
          appendByte(b, y & 0xff);
        }
      }
    }
    return b.toString();
  }

  private static void appendByte(StringBuilder b, int u) {
    if ((u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9')
        || u == '-' || u == '_' || u == '.' || u == '~') {
      b.append((char) u);
    } else {
      b.append('%').append(Character.toUpperCase(Character.forDigit(u >> 4, 16)))
          .append(Character.toUpperCase(Character.forDigit(u & 15, 16)));
    }
  }

  private static int compareBytes(String a, String b) {
    byte[] x = a.getBytes(StandardCharsets.UTF_8);
    byte[] y = b.getBytes(StandardCharsets.UTF_8);
    return java.util.Arrays.compareUnsigned(x, y);
  }
}
