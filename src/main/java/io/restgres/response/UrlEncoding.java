package io.restgres.response;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
    // a stable sort, so that a repeated key's values keep their order; equal keys end up adjacent
    List<Map.Entry<String, String>> sorted = new ArrayList<>(pairs);
    sorted.sort((a, b) -> compareCodePoints(a.getKey(), b.getKey()));
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < sorted.size(); ) {
      String key = sorted.get(i).getKey();
      if (i > 0) {
        out.append('&');
      }
      doubleEncode(out, key);
      out.append('=');
      for (int first = i; i < sorted.size() && sorted.get(i).getKey().equals(key); i++) {
        if (i > first) {
          out.append("%2C");
        }
        doubleEncode(out, sorted.get(i).getValue());
      }
    }
    return out.toString();
  }

  /** {@code renderSimpleQuery}: percent-encodes all but unreserved characters, UTF-8 once. */
  static String encode(String s) {
    StringBuilder b = new StringBuilder();
    for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
      appendByte(b, x & 0xff);
    }
    return b.toString();
  }

  private static void doubleEncode(StringBuilder b, String s) {
    for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
      int u = x & 0xff;
      if (u < 0x80) {
        appendByte(b, u);
      } else { // the byte read as the character U+0080..U+00FF, in UTF-8: two bytes
        appendByte(b, 0xc0 | u >> 6);
        appendByte(b, 0x80 | u & 0x3f);
      }
    }
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

  // The order of the keys' UTF-8 bytes, which is their code points' order.
  private static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int x = a.codePointAt(i);
      int y = b.codePointAt(j);
      if (x != y) {
        return Integer.compare(x, y);
      }
      i += Character.charCount(x);
      j += Character.charCount(y);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
