package io.restgres.request.parse;

import java.util.List;
import java.util.function.Supplier;

/**
 * A syntax error at a position of one query parameter's value, worded as Parsec words PostgREST's:
 * {@code unexpected "x" expecting "a", "b" or "c"}. {@link QueryStringParser} turns it into
 * PGRST100 with the parameter's name. Parsers also throw it to give up on one alternative and try
 * the next, so it only keeps the facts and words the message, line and column when asked.
 */
final class ParseError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int position;
  private final Unexpected unexpected;
  private final List<String> expected;
  private final String source;

  /**
   * What did not fit: the character at {@code at} of the input, shown as a Haskell {@code Char}
   * ({@code 'x'}) or string ({@code "x"}), or the end of the input.
   */
  record Unexpected(String input, int at, boolean asChar) {
    String show() {
      if (at >= input.length()) {
        return "end of input";
      }
      return asChar ? showChar(input.codePointAt(at)) : showString(input.codePointAt(at));
    }
  }

  ParseError(int position, Unexpected unexpected, List<String> expected) {
    this(position, unexpected, expected, "");
  }

  private ParseError(int position, Unexpected unexpected, List<String> expected, String source) {
    super(null, null, false, false);
    this.position = position;
    this.unexpected = unexpected;
    this.expected = expected;
    this.source = source;
  }

  /** The offset in the input, for comparing how far alternatives got. */
  int position() {
    return position;
  }

  @Override
  public String getMessage() {
    String expecting = expecting(expected);
    return "unexpected " + unexpected.show() + (expecting.isEmpty() ? "" : " expecting " + expecting);
  }

  /**
   * Parsec's {@code (line 1, column 4)}: columns count characters, a tab advances to the next
   * multiple of 8, plus 1; lines count newlines.
   */
  String sourcePosition() {
    String input = unexpected.input();
    int line = 1;
    int column = 1;
    for (int i = 0; i < position; i += Character.charCount(input.codePointAt(i))) {
      char ch = input.charAt(i);
      if (ch == '\n') {
        line++;
        column = 1;
      } else {
        column = ch == '\t' ? column + 8 - (column - 1) % 8 : column + 1;
      }
    }
    return "(line " + line + ", column " + column + ")";
  }

  /** What was being parsed, as PostgREST names it: {@code filter (eq.1)}, {@code order (id.up)}. */
  String source() {
    return source;
  }

  /** Runs a parser, labelling its errors {@code what (text)}, the source PostgREST names. */
  static <T> T in(String what, String text, Supplier<T> parser) {
    try {
      return parser.get();
    } catch (ParseError e) {
      throw new ParseError(e.position, e.unexpected, e.expected, what + " (" + text + ")");
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

  /** A character as Parsec reports one that did not match: Haskell's {@code show} of a string. */
  static String showString(int cp) {
    return HaskellShow.string(new String(Character.toChars(cp)));
  }

  /** A character where Parsec's {@code eof} or {@code notFollowedBy} failed: {@code show} of a Char. */
  static String showChar(int cp) {
    return HaskellShow.character(cp);
  }
}
