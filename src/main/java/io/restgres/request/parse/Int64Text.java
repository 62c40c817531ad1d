package io.restgres.request.parse;

import java.util.Optional;

/** Reads a 64-bit integer from a URL or header value the way PostgREST accepts one. */
final class Int64Text {
  private Int64Text() {}

  /**
   * {@code -?[0-9]{1,18}}, the integers Haskell's {@code readMaybe} takes for an Int64 without
   * wrapping; anything else is empty. Blanks are the caller's to strip.
   */
  static Optional<Long> read(String s) {
    int digits = s.startsWith("-") ? s.length() - 1 : s.length();
    if (digits < 1 || digits > 18) {
      return Optional.empty();
    }
    for (int i = s.length() - digits; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return Optional.empty();
      }
    }
    return Optional.of(Long.parseLong(s));
  }
}
