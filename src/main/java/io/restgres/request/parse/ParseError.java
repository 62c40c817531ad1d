package io.restgres.request.parse;

/**
 * A syntax error at a position of one query parameter's value. {@link QueryStringParser} turns it into
 * PGRST100 with the parameter's name.
 */
final class ParseError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int position;
  private final String source;

  ParseError(int position, String message) {
    this(position, message, "");
  }

  private ParseError(int position, String message, String source) {
    super(message, null, false, false);
    this.position = position;
    this.source = source;
  }

  int position() {
    return position;
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
      throw new ParseError(e.position, e.getMessage(), source);
    }
  }
}
