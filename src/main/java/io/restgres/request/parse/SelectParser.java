package io.restgres.request.parse;

import io.restgres.request.FieldPath;
import io.restgres.request.SelectItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses {@code select=}. Like PostgREST's parser it does not require the whole value to be used: a
 * first item that cannot start gives the empty selection (all columns), and text after the last
 * complete item is ignored. Where two alternatives fail, the error furthest into the input is
 * reported, as Parsec does.
 */
final class SelectParser {
  private static final String[] ITEM = {"\"...\"", FieldParser.FIELD_NAME, "\"*\"", "\"count()\""};
  private static final String[] END = {"\")\"", "\",\"", "end of input"};
  // Hinted after every item, so shared, not varargs
  private static final String[] COMMA = {"\",\""};
  private static final String[] DOT = {"\".\""};
  private static final String[] CAST = {"\"::\""};
  private static final String[] TYPE_GOES_ON = {"letter", "digit"};

  private SelectParser() {}

  static List<SelectItem> parse(String value) {
    List<SelectItem> items = forest(new Cursor(value));
    return items.isEmpty() ? List.of(new SelectItem.Star()) : items;
  }

  // forest := [item (ws "," ws item)*]
  private static List<SelectItem> forest(Cursor c) {
    List<SelectItem> items = new ArrayList<>();
    c.skipSpaces();
    SelectItem item = item(c, false);
    if (item == null) {
      c.hint(ITEM);
      return items;
    }
    items.add(item);
    while (true) {
      // Fields take their trailing blanks; after an embed, blanks commit to a ","
      int before = c.position();
      c.skipSpaces();
      if (!c.accept(",")) {
        if (c.position() > before) {
          throw c.error("\",\"");
        }
        c.hint(COMMA);
        return items;
      }
      c.skipSpaces();
      item = item(c, true);
      if (item == null) {
        throw c.error(ITEM);
      }
      items.add(item);
    }
  }

  // item := "*" | spread | [alias ":"] (count_all | embed | field); null when none can start here
  private static SelectItem item(Cursor c, boolean required) {
    int start = c.position();
    if (c.peekIs('*')) {
      c.next();
      if (c.atEnd() || c.peekIs(',') || c.peekIs(')')) {
        c.hint(END);
        c.skipSpaces();
        return new SelectItem.Star();
      }
      if (required) {
        throw c.endError(END);
      }
      c.reset(start);
      return null;
    }
    if (c.lookingAt("...")) {
      return spread(c);
    }
    if (!FieldParser.startsName(c)) {
      return null;
    }
    Optional<String> alias = alias(c);
    if (alias.isPresent() && !FieldParser.startsName(c)) {
      throw c.error(FieldParser.FIELD_NAME);
    }
    Optional<SelectItem> count = countAll(c, alias);
    return count.isPresent() ? count.get() : embedOrField(c, alias);
  }

  // count_all := "count()" ["::" cast]   followed by "," ")" or end; otherwise "count" is a field
  private static Optional<SelectItem> countAll(Cursor c, Optional<String> alias) {
    int start = c.position();
    try {
      if (c.accept("count()")) {
        Optional<String> cast = cast(c);
        end(c);
        return Optional.of(new SelectItem.Field(FieldPath.of("*"), alias, Optional.empty(), Optional.of("count"), cast));
      }
    } catch (ParseError e) {
      c.reset(start);
    }
    return Optional.empty();
  }

  // Every field ends before ")", "," or the end of the value.
  private static void end(Cursor c) {
    if (!c.atEnd() && !c.peekIs(',') && !c.peekIs(')')) {
      throw c.endError(END);
    }
    c.hint(END);
    c.skipSpaces();
  }

  // alias := name ":" (not followed by ":")
  private static Optional<String> alias(Cursor c) {
    // An unquoted name is made of name characters and "-": if no ":" follows those, there is no
    // alias, and the name is not read twice (the field reads it too).
    if (!c.peekIs('"') && !c.nextAfter(ch -> FieldParser.isNameChar(ch) || ch == '-', ':')) {
      return Optional.empty();
    }
    int start = c.position();
    try {
      String name = FieldParser.fieldName(c);
      if (c.peekIs(':') && !c.lookingAt("::")) {
        c.next();
        c.hint("\":\"");
        return Optional.of(name);
      }
    } catch (ParseError e) {
      // not an alias
    }
    c.reset(start);
    return Optional.empty();
  }

  // An embed once "name[!params](" has been read (PostgREST commits there); otherwise a field.
  private static SelectItem embedOrField(Cursor c, Optional<String> alias) {
    String name = FieldParser.fieldName(c);
    int afterName = c.position();
    if (!name.equals("count")) {
      Optional<EmbedHead> head = embedHead(c, name);
      if (head.isPresent()) {
        return embedBody(c, alias, head.get(), false);
      }
    }
    c.reset(afterName);
    return field(c, alias, name);
  }

  // field := name json_path ws ["::" cast] ["." aggregate "()"] ["::" cast]   followed by "," ")" or end
  private static SelectItem field(Cursor c, Optional<String> alias, String name) {
    FieldPath field = new FieldPath(name, FieldParser.jsonPath(c));
    c.skipSpaces();
    Optional<String> cast = cast(c);
    Optional<String> aggregate = Optional.empty();
    if (c.peekIs('.')) {
      c.next();
      aggregate = Optional.of(aggregate(c));
      c.expect("()", "\"()\"");
    } else {
      c.hint(DOT);
    }
    Optional<String> aggregateCast = cast(c);
    end(c);
    return new SelectItem.Field(field, alias, cast, aggregate, aggregateCast);
  }

  // aggregate := "sum" | "avg" | "count" | "max" | "min"   the first three commit on their first letter
  private static String aggregate(Cursor c) {
    for (String fn : List.of("sum", "avg", "count")) {
      if (c.accept(fn)) {
        return fn;
      }
      if (c.peekIs(fn.charAt(0))) {
        throw c.tokenError(fn, "\"" + fn + "\"");
      }
    }
    for (String fn : List.of("max", "min")) {
      if (c.accept(fn)) {
        return fn;
      }
    }
    throw c.tokenError("sum", "\"sum\"", "\"avg\"", "\"count\"", "\"max\"", "\"min\"");
  }

  // cast := "::" identifier
  static Optional<String> cast(Cursor c) {
    if (!c.peekIs(':')) {
      c.hint(CAST);
      return Optional.empty();
    }
    if (!c.lookingAt("::")) {
      throw c.tokenError("::", "\"::\"");
    }
    c.accept("::");
    String type = c.takeWhile(FieldParser::isNameChar);
    if (type.isEmpty()) {
      throw c.error("letter or digit");
    }
    c.hint(TYPE_GOES_ON);
    return Optional.of(type.strip());
  }

  // spread := "..." name params "(" forest ")"; a spread whose head does not parse is no item at all
  private static SelectItem spread(Cursor c) {
    int start = c.position();
    c.accept("...");
    if (FieldParser.startsName(c)) {
      Optional<EmbedHead> head = embedHead(c, FieldParser.fieldName(c));
      if (head.isPresent()) {
        return embedBody(c, Optional.empty(), head.get(), true);
      }
    }
    c.reset(start);
    return null;
  }

  /** What precedes an embed's children: the relation, its hint and its join type. */
  private record EmbedHead(String relation, Optional<String> hint, Optional<String> joinType) {}

  // head := name ("!" param){0,2} "("   param := "left" | "inner" | name; the first of each counts
  private static Optional<EmbedHead> embedHead(Cursor c, String name) {
    Optional<String> hint = Optional.empty();
    Optional<String> joinType = Optional.empty();
    for (int i = 0; i < 2 && c.peekIs('!'); i++) {
      c.next();
      // as PostgREST's pEmbedParam, a word that starts with "left" or "inner" is that join type
      String word = c.accept("left") ? "left" : c.accept("inner") ? "inner" : null;
      if (word == null && !FieldParser.startsName(c)) {
        return Optional.empty();
      }
      word = word == null ? FieldParser.fieldName(c) : word;
      boolean join = word.equals("inner") || word.equals("left");
      if (join && joinType.isEmpty()) {
        joinType = Optional.of(word);
      } else if (!join && hint.isEmpty()) {
        hint = Optional.of(word);
      }
    }
    return c.accept("(") ? Optional.of(new EmbedHead(name, hint, joinType)) : Optional.empty();
  }

  // body := forest ")"
  private static SelectItem embedBody(Cursor c, Optional<String> alias, EmbedHead head, boolean spread) {
    c.enter();
    List<SelectItem> children = forest(c);
    c.leave();
    if (!c.accept(")")) {
      throw c.error("\")\"");
    }
    return new SelectItem.Embed(head.relation(), alias, head.hint(), head.joinType(), spread, children);
  }
}
