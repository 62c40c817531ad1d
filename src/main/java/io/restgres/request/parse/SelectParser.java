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
  private static final List<String> AGGREGATES = List.of("sum", "avg", "count", "max", "min");
  private static final String ITEM = "\"...\", " + FieldParser.FIELD_NAME + ", \"*\" or \"count()\"";

  private SelectParser() {}

  static List<SelectItem> parse(String value) {
    List<SelectItem> items = forest(new Cursor(value));
    return items.isEmpty() ? List.of(new SelectItem.Star()) : items;
  }

  // forest := [item ("," item)*]
  private static List<SelectItem> forest(Cursor c) {
    List<SelectItem> items = new ArrayList<>();
    c.skipSpaces();
    SelectItem first = item(c);
    if (first == null) {
      return items;
    }
    items.add(first);
    c.skipSpaces();
    while (c.accept(",")) {
      c.skipSpaces();
      SelectItem next = item(c);
      if (next == null) {
        throw c.error(ITEM);
      }
      items.add(next);
      c.skipSpaces();
    }
    return items;
  }

  // item := "*" | spread | [alias ":"] (count_all | embed | field); null when none can start here
  private static SelectItem item(Cursor c) {
    int start = c.position();
    if (c.peekIs('*')) {
      c.next();
      if (c.atEnd() || c.peekIs(',') || c.peekIs(')')) {
        return new SelectItem.Star();
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
    if (c.lookingAt("count()")) {
      c.accept("count()");
      return new SelectItem.Field(
          FieldPath.of("*"), alias, Optional.empty(), Optional.of("count"), cast(c));
    }
    return embedOrField(c, alias);
  }

  // alias := name ":" (not followed by ":")
  private static Optional<String> alias(Cursor c) {
    int start = c.position();
    try {
      String name = FieldParser.fieldName(c);
      if (c.peekIs(':') && !c.lookingAt("::")) {
        c.next();
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
    int start = c.position();
    String name = FieldParser.fieldName(c);
    if (!name.equals("count")) {
      Optional<EmbedHead> head = embedHead(c, name);
      if (head.isPresent()) {
        return embedBody(c, alias, head.get(), false);
      }
    }
    c.reset(start);
    return field(c, alias);
  }

  // field := name json_path ["::" cast] ["." aggregate "()"] ["::" cast]   followed by "," ")" or end
  private static SelectItem field(Cursor c, Optional<String> alias) {
    FieldPath field = FieldParser.fieldPath(c);
    Optional<String> cast = cast(c);
    Optional<String> aggregate = Optional.empty();
    if (c.accept(".")) {
      String fn = c.acceptWord(AGGREGATES);
      if (fn == null) {
        throw c.error("\"sum\", \"avg\", \"count\", \"max\" or \"min\"");
      }
      c.expect("()", "\"()\"");
      aggregate = Optional.of(fn);
    }
    Optional<String> aggregateCast = cast(c);
    if (!c.atEnd() && !c.peekIs(',') && !c.peekIs(')') && !c.peekIs(' ')) {
      throw c.error("letter, digit, \"-\", \"->>\", \"->\", \"::\", \".\", \")\", \",\" or end of input");
    }
    return new SelectItem.Field(field, alias, cast, aggregate, aggregateCast);
  }

  // cast := "::" identifier
  static Optional<String> cast(Cursor c) {
    if (!c.peekIs(':')) {
      return Optional.empty();
    }
    if (!c.accept("::")) {
      throw c.error("\"::\"");
    }
    StringBuilder b = new StringBuilder();
    while (!c.atEnd() && FieldParser.isNameChar(c.peek())) {
      b.append(c.next());
    }
    if (b.toString().isBlank()) {
      throw c.error("letter or digit");
    }
    return Optional.of(b.toString().strip());
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

  // head := name ("!" name){0,2} "("   the first join word and the first other word count
  private static Optional<EmbedHead> embedHead(Cursor c, String name) {
    Optional<String> hint = Optional.empty();
    Optional<String> joinType = Optional.empty();
    for (int i = 0; i < 2 && c.peekIs('!'); i++) {
      c.next();
      if (!FieldParser.startsName(c)) {
        return Optional.empty();
      }
      String word = FieldParser.fieldName(c);
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
    c.skipSpaces();
    if (!c.accept(")")) {
      throw c.error(children.isEmpty() ? ITEM + " or \")\"" : "\")\", \",\" or end of input");
    }
    return new SelectItem.Embed(head.relation(), alias, head.hint(), head.joinType(), spread, children);
  }
}
