package io.restgres.request.parse;

import io.restgres.request.FieldPath;
import io.restgres.request.OrderTerm;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Parses {@code order=}. */
final class OrderParser {
  private static final List<String> DIRECTIONS = List.of("asc", "desc", "nullsfirst", "nullslast");
  private static final List<String> NULLS = List.of("nullsfirst", "nullslast");

  private OrderParser() {}

  // order := term ("," term)*   each term followed by "," or the end
  static List<OrderTerm> parse(String value) {
    Cursor c = new Cursor(value);
    List<OrderTerm> terms = new ArrayList<>();
    do {
      c.skipSpaces();
      terms.add(term(c));
      c.skipSpaces();
      if (!c.atEnd() && !c.peekIs(',')) {
        throw c.error("\",\" or end of input");
      }
    } while (c.accept(","));
    return terms;
  }

  // term := (relation "(" field ")" | field) ["." direction] ["." nulls]
  private static OrderTerm term(Cursor c) {
    Optional<String> relation = Optional.empty();
    FieldPath field = FieldParser.fieldPath(c);
    if (field.path().isEmpty() && c.peekIs('(')) {
      int afterName = c.position();
      try {
        c.next();
        FieldPath inner = FieldParser.fieldPath(c);
        c.expect(")", "\")\"");
        relation = Optional.of(field.name());
        field = inner;
      } catch (ParseError e) {
        c.reset(afterName);
      }
    }
    Optional<Boolean> descending = Optional.empty();
    Optional<Boolean> nullsFirst = Optional.empty();
    if (c.accept(".")) {
      String word = c.acceptWord(DIRECTIONS);
      if (word == null) {
        throw c.error("\"asc\", \"desc\", \"nullsfirst\" or \"nullslast\"");
      }
      if (word.startsWith("nulls")) {
        nullsFirst = Optional.of(word.equals("nullsfirst"));
      } else {
        descending = Optional.of(word.equals("desc"));
        if (c.accept(".")) {
          String nulls = c.acceptWord(NULLS);
          if (nulls == null) {
            throw c.error("\"nullsfirst\" or \"nullslast\"");
          }
          nullsFirst = Optional.of(nulls.equals("nullsfirst"));
        }
      }
    }
    return new OrderTerm(relation, field, descending, nullsFirst);
  }
}
