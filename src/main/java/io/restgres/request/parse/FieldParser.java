package io.restgres.request.parse;

import io.restgres.request.FieldPath;
import io.restgres.request.JsonStep;
import java.util.ArrayList;
import java.util.List;

/** The lexical rules shared by select, filters and order: names, quoted values, JSON paths. */
final class FieldParser {
  static final String FIELD_NAME = "field name (* or [a..z0..9_$])";
  // What may follow a name or a JSON path: hinted after every field, so shared, not varargs
  private static final String[] NAME_GOES_ON = {"letter", "digit", "\"-\""};
  private static final String[] PATH_GOES_ON = {"\"->>\"", "\"->\""};

  private FieldParser() {}

  // field := name json_path
  static FieldPath fieldPath(Cursor c) {
    String name = fieldName(c);
    return new FieldPath(name, jsonPath(c));
  }

  static boolean startsName(Cursor c) {
    return !c.atEnd() && (c.peek() == '"' || isNameChar(c.peek()));
  }

  // name := quoted | piece ("-" piece)*   where "-" never starts "->"; pieces are trimmed
  static String fieldName(Cursor c) {
    if (c.peekIs('"')) {
      return quoted(c);
    }
    if (!startsName(c)) {
      throw c.error(FIELD_NAME);
    }
    String name = pieces(c, FieldParser::isNameChar);
    c.hint(NAME_GOES_ON);
    return name;
  }

  private static String pieces(Cursor c, java.util.function.IntPredicate allowed) {
    String name = piece(c, allowed);
    while (c.peekIs('-') && !c.lookingAt("->")) {
      int at = c.position();
      c.next();
      if (c.atEnd() || !allowed.test(c.peek())) {
        c.reset(at);
        break;
      }
      name = name + "-" + piece(c, allowed);
    }
    return name;
  }

  private static String piece(Cursor c, java.util.function.IntPredicate allowed) {
    return c.takeWhile(allowed).strip();
  }

  static boolean isNameChar(int ch) {
    return Character.isLetter(ch) || (ch >= '0' && ch <= '9') || ch == '_' || ch == '$' || ch == ' ';
  }

  // quoted := '"' ('\' any | [^"])* '"'
  static String quoted(Cursor c) {
    c.expect("\"", "\"\\\"\"");
    StringBuilder b = new StringBuilder();
    while (true) {
      if (c.atEnd()) {
        throw c.error("\"\\\\\" or \"\\\"\"");
      }
      char ch = c.next();
      if (ch == '"') {
        return b.toString();
      }
      if (ch == '\\' && !c.atEnd()) {
        ch = c.next();
      }
      b.append(ch);
    }
  }

  // json_path := (("->>" | "->") operand)*
  static List<JsonStep> jsonPath(Cursor c) {
    List<JsonStep> steps = new ArrayList<>();
    while (c.lookingAt("->")) {
      boolean asText = c.accept("->>") || !c.accept("->");
      steps.add(operand(c, asText));
    }
    c.hint(PATH_GOES_ON);
    return steps.isEmpty() ? List.of() : steps;
  }

  // operand := ["-"] digit+ (followed by "->", "::", ".", "," or the end) | key
  private static JsonStep operand(Cursor c, boolean asText) {
    int at = c.position();
    if (c.accept("-")) {
      String digits = digits(c);
      if (digits.isEmpty()) {
        throw c.error("digit");
      }
      if (!endsIndex(c)) {
        c.hint("digit");
        throw c.endError("\"->\"", "\"::\"", "\".\"", "\",\"", "end of input");
      }
      c.hint("digit");
      return new JsonStep("-" + digits, true, asText);
    }
    String digits = digits(c);
    if (!digits.isEmpty() && endsIndex(c)) {
      c.hint("digit");
      return new JsonStep(digits, true, asText);
    }
    c.reset(at);
    return new JsonStep(key(c), false, asText);
  }

  // key := quoted | pieces of anything but ( - : . , > ) separated by "-"
  private static String key(Cursor c) {
    if (c.peekIs('"')) {
      return quoted(c);
    }
    if (c.atEnd() || !isKeyChar(c.peek())) {
      throw c.error("\"-\", digit or any non reserved character different from: .,>()");
    }
    String key = pieces(c, FieldParser::isKeyChar);
    c.hint("\"-\"");
    return key;
  }

  private static boolean isKeyChar(int ch) {
    return "(-:.,>)".indexOf(ch) < 0;
  }

  private static String digits(Cursor c) {
    return c.takeWhile(ch -> ch >= '0' && ch <= '9');
  }

  // An index must be followed by one of these, as PostgREST's pJIdx requires; before ")" it is a key.
  private static boolean endsIndex(Cursor c) {
    return c.atEnd() || c.lookingAt("->") || c.lookingAt("::") || c.peekIs('.') || c.peekIs(',');
  }
}
