package io.restgres.request.parse;

import io.restgres.request.FieldPath;
import io.restgres.request.LogicTree;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the value of {@code or=}, {@code and=}, {@code not.or=}, {@code not.and=}. As PostgREST does,
 * the operator is put back in front of the value and the whole is parsed as one tree, so error
 * columns count the operator too.
 */
final class LogicTreeParser {
  private static final String TREE =
      FieldParser.FIELD_NAME + ", negation operator (not) or logic operator (and, or)";

  private LogicTreeParser() {}

  static LogicTree parse(boolean negated, boolean isOr, String value) {
    String prefix = (negated ? "not." : "") + (isOr ? "or" : "and");
    return tree(new Cursor(prefix + value));
  }

  // tree := field "." condition | ["not."] ("and" | "or") ws "(" tree ("," tree)* ")"
  // The filter is tried first, as PostgREST does; when both fail, the error that got further wins.
  private static LogicTree tree(Cursor c) {
    int start = c.position();
    ParseError filterError;
    try {
      FieldPath field = FieldParser.fieldPath(c);
      c.skipSpaces();
      c.expect(".", "delimiter (.)");
      return new LogicTree.Leaf(field, FilterParser.condition(c, true));
    } catch (ParseError e) {
      filterError = e;
      c.reset(start);
    }
    boolean negated = c.accept("not.");
    boolean isOr;
    if (c.accept("and")) {
      isOr = false;
    } else if (c.accept("or")) {
      isOr = true;
    } else if (c.peekIs('o')) {
      throw c.tokenError("or", "\"or\"");
    } else if (negated) {
      throw c.error("logic operator (and, or)");
    } else {
      throw filterError.position() > start ? filterError : c.error(TREE);
    }
    c.skipSpaces();
    return new LogicTree.Node(negated, isOr, children(c));
  }

  // children := "(" tree ("," tree)* ")"
  private static List<LogicTree> children(Cursor c) {
    c.expect("(", "\"(\"");
    c.enter();
    List<LogicTree> out = new ArrayList<>();
    do {
      c.skipSpaces();
      out.add(tree(c));
      c.skipSpaces();
    } while (c.accept(","));
    c.leave();
    c.expect(")", "\",\" or \")\"");
    return out;
  }
}
