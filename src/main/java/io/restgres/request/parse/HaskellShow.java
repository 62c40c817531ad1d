package io.restgres.request.parse;

/**
 * Haskell's {@code show} for strings and characters, which PostgREST's error messages quote with:
 * Parsec's {@code unexpected "x"} and cassava's {@code at "rest of the body"}.
 */
final class HaskellShow {
  private static final String[] ASCII_NAMES = {
    "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "a", "b", "t", "n", "v", "f", "r", "SO", "SI",
    "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "FS", "GS", "RS", "US"
  };

  private HaskellShow() {}

  /** {@code show} of a {@code String}: {@code "a\"b\233"}. */
  static String string(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
      int cp = s.codePointAt(i);
      String lit = cp == '"' ? "\\\"" : literal(cp);
      b.append(lit);
      int next = i + Character.charCount(cp) < s.length() ? s.codePointAt(i + Character.charCount(cp)) : -1;
      // a numeric escape (only above ASCII) before a digit, and \SO before H, are closed with \& to stay
      // unambiguous
      if ((cp > 127 && next >= '0' && next <= '9') || (cp == 14 && next == 'H')) {
        b.append("\\&");
      }
    }
    return b.append('"').toString();
  }

  /** {@code show} of a {@code Char}: {@code 'x'}. */
  static String character(int cp) {
    return "'" + (cp == '\'' ? "\\'" : literal(cp)) + "'";
  }

  // showLitChar: \DEL, decimal escapes above ASCII, names or letters below the space
  private static String literal(int cp) {
    if (cp > 127) {
      return "\\" + cp;
    } else if (cp == 127) {
      return "\\DEL";
    } else if (cp == '\\') {
      return "\\\\";
    } else if (cp >= ' ') {
      return String.valueOf((char) cp);
    }
    return "\\" + ASCII_NAMES[cp];
  }
}
