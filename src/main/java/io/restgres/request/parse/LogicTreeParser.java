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

  // tree := ["not."] ("and" | "or") "(" tree ("," tree)* ")" | field "." condition
  private static LogicTree tree(Cursor c) {
    int start = c.position();
    if (c.atEnd() || !(FieldParser.startsName(c))) {
      throw c.error(TREE);
    }
    boolean negated = c.accept("not.");
    for (String op : new String[] {"and", "or"}) {
      int at = c.position();
      if (c.accept(op)) {
        c.skipSpaces();
        if (c.peekIs('(')) {
          return new LogicTree.Node(negated, op.equals("or"), children(c));
        }
        c.reset(at);
      }
    }
    c.reset(start);
    FieldPath field = FieldParser.fieldPath(c);
    c.expect(".", "letter, digit, \"-\", \"->>\", \"->\" or delimiter (.)");
    return new LogicTree.Leaf(field, FilterParser.condition(c, true));
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
