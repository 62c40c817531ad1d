package io.restgres.request.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

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
   * What optional parts that did not match would have accepted, and where. Parsec carries these
   * along a successful parse and lists them when a later failure happens at the same position. A
   * hint is recorded at the current position, which only {@link #reset} moves back, so the list is
   * sorted by position and a reset drops a tail of it. Most parses never fail, so this is kept
   * cheap to record and only searched for an error.
   */
  private final List<Hint> hints = new ArrayList<>();

  private record Hint(int at, String[] expected) {}

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
    while (!hints.isEmpty() && hints.get(hints.size() - 1).at() > position) {
      hints.remove(hints.size() - 1);
    }
  }

  /** Records that here one of {@code expected} would also have been accepted. */
  void hint(String... expected) {
    hints.add(new Hint(pos, expected));
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

  /** The characters from here on that {@code allowed} accepts, consumed. */
  String takeWhile(IntPredicate allowed) {
    int start = pos;
    while (pos < input.length() && allowed.test(input.charAt(pos))) {
      pos++;
    }
    return input.substring(start, pos);
  }

  /** Whether {@code c} comes next once past the characters {@code skipped} accepts; consumes nothing. */
  boolean nextAfter(IntPredicate skipped, char c) {
    int at = pos;
    while (at < input.length() && skipped.test(input.charAt(at))) {
      at++;
    }
    return at < input.length() && input.charAt(at) == c;
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
    return error(at, at, false, true, expected);
  }

  /**
   * Text where the value should have ended: Parsec's {@code eof} (or {@code notFollowedBy}) failed,
   * which it words {@code unexpected 'x'}.
   */
  ParseError endError(String... expected) {
    return error(pos, pos, true, true, expected);
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
    // a word that matched in part has consumed input: Parsec then drops the hints gathered here
    return error(pos, pos + i, false, i == 0, expected);
  }

  // The alternatives hinted at the error's position come first, then what the failing rule expected.
  private ParseError error(int at, int unexpectedAt, boolean asChar, boolean withHints, String... expected) {
    List<String> all = new ArrayList<>();
    if (withHints) {
      for (Hint h : hints) {
        if (h.at() == at) {
          all.addAll(List.of(h.expected()));
        }
      }
    }
    all.addAll(List.of(expected));
    return new ParseError(at, new ParseError.Unexpected(input, unexpectedAt, asChar), all);
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
