package io.restgres.request.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A position in one query-parameter value, with the primitive moves every grammar rule is built
 * from. Errors carry the position and what was expected there, as Parsec's do in PostgREST.
 */
final class Cursor {
  static final int MAX_DEPTH = 32;

  private final String input;
  private int pos;
  private int depth;
  /**
   * What optional parts that did not match would have accepted, by position. Parsec carries these
   * along a successful parse and lists them when a later failure happens at the same position.
   */
  private final Map<Integer, List<String>> hints = new HashMap<>();

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

  /** Goes back to {@code position}, forgetting the hints of the abandoned path beyond it. */
  void reset(int position) {
    pos = position;
    hints.keySet().removeIf(at -> at > position);
  }

  /** Records that here one of {@code expected} would also have been accepted. */
  void hint(String... expected) {
    hints.computeIfAbsent(pos, at -> new ArrayList<>()).addAll(List.of(expected));
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
      throw error("at most " + MAX_DEPTH + " levels of nesting");
    }
  }

  void leave() {
    depth--;
  }

  /** A character or token that does not fit here (Parsec's {@code unexpected "x"}). */
  ParseError error(String... expected) {
    return errorAt(pos, expected);
  }

  ParseError errorAt(int at, String... expected) {
    String unexpected = at >= input.length() ? "end of input" : ParseError.showString(input.codePointAt(at));
    return error(at, unexpected, true, expected);
  }

  /**
   * Text where the value should have ended: Parsec's {@code eof} (or {@code notFollowedBy}) failed,
   * which it words {@code unexpected 'x'}.
   */
  ParseError endError(String... expected) {
    return error(pos, ParseError.showChar(input.codePointAt(pos)), true, expected);
  }

  /**
   * {@code word} is not next. Parsec's {@code string} reports the error where the word started,
   * naming the first character that differs from it.
   */
  ParseError tokenError(String word, String... expected) {
    int i = 0;
    while (i < word.length() && pos + i < input.length() && input.charAt(pos + i) == word.charAt(i)) {
      i++;
    }
    int at = pos + i;
    String unexpected = at >= input.length() ? "end of input" : ParseError.showString(input.codePointAt(at));
    // a word that matched in part has consumed input: Parsec then drops the hints gathered here
    return error(pos, unexpected, i == 0, expected);
  }

  /** Parsec counts columns by character, a tab to the next tab stop, and lines by newline. */
  private ParseError error(int at, String unexpected, boolean withHints, String... expected) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < at; i += Character.charCount(input.codePointAt(i))) {
      char ch = input.charAt(i);
      if (ch == '\n') {
        line++;
        column = 1;
      } else {
        column = ch == '\t' ? column + 8 - (column - 1) % 8 : column + 1;
      }
    }
    List<String> all = new ArrayList<>(withHints ? hints.getOrDefault(at, List.of()) : List.of());
    all.addAll(List.of(expected));
    String expecting = ParseError.expecting(all);
    String message = "unexpected " + unexpected + (expecting.isEmpty() ? "" : " expecting " + expecting);
    return new ParseError(at, line, column, message);
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
  String acceptWord(List<String> words) {
    String best = null;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
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
