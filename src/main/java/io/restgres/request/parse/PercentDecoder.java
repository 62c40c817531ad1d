package io.restgres.request.parse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Percent-decoding, {@code %XX} as UTF-8 bytes; a malformed escape is kept literally rather than
 * rejected. The one decoder for query strings and for {@code db-uri}.
 */
public final class PercentDecoder {
  private PercentDecoder() {}

  /** One query-string component: {@code +} is a space too, as WAI's query parser has it for PostgREST. */
  static String decode(String s) {
    return decode(s, true);
  }

  /** One part of a libpq URI ({@code db-uri}): {@code +} is itself, as libpq reads it. */
  public static String decodeUri(String s) {
    return decode(s, false);
  }

  private static String decode(String s, boolean plusIsSpace) {
    if (s.indexOf('%') < 0 && (!plusIsSpace || s.indexOf('+') < 0)) {
      return s;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (cp == '+' && plusIsSpace) {
        out.write(' ');
      } else if (cp == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
        out.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
        i += 2;
      } else {
        byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
        out.write(b, 0, b.length);
      }
      i += Character.charCount(cp);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** ASCII hex only: {@code Character.digit} would also take other scripts' digits. */
  private static int hex(char c) {
    return c < 0x80 ? Character.digit(c, 16) : -1;
  }
}
