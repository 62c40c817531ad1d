package io.restgres.request.parse;

/**
 * A position in one query-parameter value, with the primitive moves every grammar rule is built
 * from. Errors carry the position and what was expected there, as Parsec's do in PostgREST.
 */
final class Cursor {
  static final int MAX_DEPTH = 32;

  private final String input;
  private int pos;
  private int depth;

  Cursor(String input) {
    this.input = input;
  }

  boolean atEnd() {
    return pos >= input.length();
  }

  char peek() {
    return input.charAt(pos);
  }

  boolean peekIs(char c) {
    return !atEnd() && input.charAt(pos) == c;
  }

  boolean lookingAt(String s) {
    return input.startsWith(s, pos);
  }

  int position() {
    return pos;
  }

  void reset(int position) {
    pos = position;
  }

  char next() {
    return input.charAt(pos++);
  }

  /** Consumes {@code s} if it is next. */
  boolean accept(String s) {
    if (input.startsWith(s, pos)) {
      pos += s.length();
      return true;
    }
    return false;
  }

  void expect(String s, String what) {
    if (!accept(s)) {
      throw error(what);
    }
  }

  /** Everything from here to the end. */
  String rest() {
    String r = input.substring(pos);
    pos = input.length();
    return r;
  }

  String input() {
    return input;
  }

  /** Enters one level of nesting; PostgREST has no cap, we do, to bound recursion. */
  void enter() {
    if (++depth > MAX_DEPTH) {
      throw errorAt(pos, "at most " + MAX_DEPTH + " levels of nesting");
    }
  }

  void leave() {
    depth--;
  }

  ParseError error(String expecting) {
    return errorAt(pos, expecting);
  }

  /** An error at {@code at}; the column counts code points, as Parsec does. */
  ParseError errorAt(int at, String expecting) {
    String unexpected = at >= input.length()
        ? "unexpected end of input"
        : "unexpected \"" + new String(Character.toChars(input.codePointAt(at))) + "\"";
    return new ParseError(input.codePointCount(0, at), unexpected + " expecting " + expecting);
  }

  /** Skips spaces and tabs (Parsec's lexeme whitespace). */
  void skipSpaces() {
    while (!atEnd() && (peek() == ' ' || peek() == '\t')) {
      pos++;
    }
  }

  /**
   * Consumes the first of {@code words} that is next, if any; else leaves the position unchanged.
   * Longer words are tried first, so "isdistinct" wins over "is".
   */
  String acceptWord(java.util.List<String> words) {
    String best = null;
    for (String w : words) {
      if (input.startsWith(w, pos) && (best == null || w.length() > best.length())) {
        best = w;
      }
    }
    if (best != null) {
      pos += best.length();
    }
    return best;
  }
}
