package io.restgres.request.parse;

import io.restgres.request.FieldPath;
import io.restgres.request.OrderTerm;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Parses {@code order=}. */
final class OrderParser {
  private static final String DELIMITER = "delimiter (.)";

  private OrderParser() {}

  // order := ws term ws ("," ws term ws)*
  static List<OrderTerm> parse(String value) {
    Cursor c = new Cursor(value);
    List<OrderTerm> terms = new ArrayList<>();
    do {
      c.skipSpaces();
      terms.add(term(c));
      c.skipSpaces();
    } while (c.accept(","));
    return terms;
  }

  // term := (relation "(" ws field ws ")" | field ws) ["." direction] ["." nulls]   then "," or the end
  private static OrderTerm term(Cursor c) {
    Optional<String> relation = Optional.empty();
    FieldPath field = FieldParser.fieldPath(c);
    if (field.path().isEmpty() && c.peekIs('(')) {
      int afterName = c.position();
      try {
        c.next();
        c.skipSpaces();
        FieldPath inner = FieldParser.fieldPath(c);
        c.skipSpaces();
        c.expect(")", "\")\"");
        relation = Optional.of(field.name());
        field = inner;
      } catch (ParseError e) {
        c.reset(afterName);
      }
    }
    if (relation.isEmpty()) {
      c.skipSpaces();
    }
    Optional<Boolean> descending = direction(c);
    Optional<Boolean> nullsFirst = nulls(c, descending.isEmpty());
    if (!c.atEnd() && !c.peekIs(',')) {
      throw c.endError("\",\"", "end of input");
    }
    return new OrderTerm(relation, field, descending, nullsFirst);
  }

  // direction := "." ("asc" | "desc"); a "." before something else may still be nulls
  private static Optional<Boolean> direction(Cursor c) {
    if (c.peekIs('.')) {
      int at = c.position();
      c.next();
      if (c.accept("asc")) {
        return Optional.of(false);
      } else if (c.accept("desc")) {
        return Optional.of(true);
      }
      c.reset(at);
    }
    c.hint(DELIMITER);
    return Optional.empty();
  }

  // nulls := "." ("nullsfirst" | "nullslast")
  private static Optional<Boolean> nulls(Cursor c, boolean orDirection) {
    if (!c.peekIs('.')) {
      c.hint(DELIMITER);
      return Optional.empty();
    }
    c.next();
    if (c.accept("nullsfirst")) {
      return Optional.of(true);
    } else if (c.accept("nullslast")) {
      return Optional.of(false);
    }
    // Parsec names the first alternative's mismatch and lists all that were tried
    throw orDirection
        ? c.tokenError("asc", "\"asc\"", "\"desc\"", "\"nullsfirst\"", "\"nullslast\"")
        : c.tokenError("nullsfirst", "\"nullsfirst\"", "\"nullslast\"");
  }
}
