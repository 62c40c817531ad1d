package io.restgres.auth;

/**
 * The position in a role claim key and the primitive moves that both of its parsers ({@link
 * JsonPathParser}, {@link LegacyRolePath}) are built from. Errors are {@link
 * IllegalArgumentException}s that name what was expected and where, which {@link RoleClaimKey}
 * turns into a configuration error.
 */
abstract class PathCursor {
  final String text;
  int pos;

  PathCursor(String text) {
    this.text = text;
  }

  final boolean atEnd() {
    return pos >= text.length();
  }

  /** The next character, or NUL at the end. */
  final char peek() {
    return atEnd() ? '\0' : text.charAt(pos);
  }

  /** Consumes {@code s} if it is next. */
  final boolean consume(String s) {
    if (text.startsWith(s, pos)) {
      pos += s.length();
      return true;
    }
    return false;
  }

  final void expect(String s) {
    if (!consume(s)) {
      throw error("'" + s + "'");
    }
  }

  /** Consumes a run of ASCII digits, possibly empty. */
  final String digits() {
    int start = pos;
    while (!atEnd() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
      pos++;
    }
    return text.substring(start, pos);
  }

  final IllegalArgumentException error(String expected) {
    return new IllegalArgumentException("expected " + expected + " at position " + pos);
  }
}
