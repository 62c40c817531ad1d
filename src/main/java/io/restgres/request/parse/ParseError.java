package io.restgres.request.parse;

import java.util.Arrays;
import java.util.List;

/**
 * A syntax error at a position of one query parameter's value, worded as Parsec words PostgREST's:
 * {@code unexpected "x" expecting "a", "b" or "c"}. {@link QueryStringParser} turns it into
 * PGRST100 with the parameter's name.
 */
final class ParseError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int position;
  private final int line;
  private final int column;
  private final String source;

  ParseError(int position, int line, int column, String message) {
    this(position, line, column, message, "");
  }

  private ParseError(int position, int line, int column, String message, String source) {
    super(message, null, false, false);
    this.position = position;
    this.line = line;
    this.column = column;
    this.source = source;
  }

  /** The offset in the input, for comparing how far alternatives got. */
  int position() {
    return position;
  }

  /** Parsec's {@code (line 1, column 4)}: a tab advances to the next multiple of 8, plus 1. */
  String sourcePosition() {
    return "(line " + line + ", column " + column + ")";
  }

  /** What was being parsed, as PostgREST names it: {@code filter (eq.1)}, {@code order (id.up)}. */
  String source() {
    return source;
  }

  /** Runs a parser, labelling its errors with the source. */
  static <T> T in(String source, java.util.function.Supplier<T> parser) {
    try {
      return parser.get();
    } catch (ParseError e) {
      throw new ParseError(e.position, e.line, e.column, e.getMessage(), source);
    }
  }

  /**
   * Parsec's list of expectations: duplicates dropped, {@code "a, b or c"}. Each entry is a label
   * such as {@code delimiter (.)} or a quoted token such as {@code "->"}.
   */
  static String expecting(List<String> expected) {
    List<String> clean = expected.stream().filter(s -> !s.isEmpty()).distinct().toList();
    if (clean.size() <= 1) {
      return String.join("", clean);
    }
    return String.join(", ", clean.subList(0, clean.size() - 1)) + " or " + clean.get(clean.size() - 1);
  }

  static String expecting(String... expected) {
    return expecting(Arrays.asList(expected));
  }

  /** A character as Parsec reports one that did not match: Haskell's {@code show} of a string. */
  static String showString(int cp) {
    return HaskellShow.string(new String(Character.toChars(cp)));
  }

  /** A character where Parsec's {@code eof} or {@code notFollowedBy} failed: {@code show} of a Char. */
  static String showChar(int cp) {
    return HaskellShow.character(cp);
  }
}
