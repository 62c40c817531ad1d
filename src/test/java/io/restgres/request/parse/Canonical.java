package io.restgres.request.parse;

import io.restgres.json.JsonText;
import io.restgres.request.Condition;
import io.restgres.request.FieldPath;
import io.restgres.request.JsonStep;
import io.restgres.request.LogicTree;
import io.restgres.request.OrderTerm;
import io.restgres.request.QueryParams;
import io.restgres.request.SelectItem;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One-line canonical renderings of parsed query parameters, for golden tests: every name and value
 * is a JSON string, so the rendering is unambiguous and shows spaces, quotes and escapes exactly.
 * The grammar is described in {@code request/parse-vectors.tsv}.
 */
final class Canonical {
  private Canonical() {}

  static String select(List<SelectItem> items) {
    return items.stream().map(Canonical::item).collect(Collectors.joining(", "));
  }

  private static String item(SelectItem item) {
    if (item instanceof SelectItem.Star) {
      return "*";
    } else if (item instanceof SelectItem.Field f) {
      return alias(f.alias()) + field(f.field()) + cast(f.cast())
          + f.aggregate().map(a -> "." + a + "()").orElse("") + cast(f.aggregateCast());
    } else if (item instanceof SelectItem.Embed e) {
      return alias(e.alias()) + (e.isSpread() ? "..." : "") + q(e.relation())
          + e.hint().map(h -> "!" + q(h)).orElse("") + e.joinType().map(j -> "!" + j).orElse("")
          + "(" + select(e.items()) + ")";
    }
    throw new IllegalStateException("unknown select item " + item);
  }

  static String filters(QueryParams p) {
    return p.filters().stream()
        .map(f -> path(f.embedPath()) + field(f.field()) + " " + condition(f.condition()))
        .collect(Collectors.joining(" & "));
  }

  static String condition(Condition c) {
    String op = (c.negated() ? "not." : "") + c.operator().urlName()
        + c.quantifier().map(x -> "(" + x.name().toLowerCase(java.util.Locale.ROOT) + ")").orElse("")
        + c.language().map(l -> "(" + q(l) + ")").orElse("");
    return switch (c.operator()) {
      case IN -> op + " [" + c.list().stream().map(Canonical::q).collect(Collectors.joining(",")) + "]";
      case IS -> op + " " + c.value();
      default -> op + " " + q(c.value());
    };
  }

  static String order(QueryParams p) {
    return p.order().entrySet().stream()
        .map(e -> path(e.getKey()) + "order: "
            + e.getValue().stream().map(Canonical::term).collect(Collectors.joining(", ")))
        .collect(Collectors.joining(" & "));
  }

  private static String term(OrderTerm t) {
    String field = t.relation().map(r -> q(r) + "(" + field(t.field()) + ")").orElse(field(t.field()));
    return field + t.descending().map(d -> d ? " desc" : " asc").orElse("")
        + t.nullsFirst().map(n -> n ? " nullsfirst" : " nullslast").orElse("");
  }

  static String logic(QueryParams p) {
    return p.logic().stream()
        .map(s -> path(s.embedPath()) + tree(s.tree()))
        .collect(Collectors.joining(" & "));
  }

  private static String tree(LogicTree t) {
    if (t instanceof LogicTree.Node n) {
      return (n.negated() ? "not." : "") + (n.isOr() ? "or" : "and") + "("
          + n.children().stream().map(Canonical::tree).collect(Collectors.joining(", ")) + ")";
    }
    LogicTree.Leaf leaf = (LogicTree.Leaf) t;
    return field(leaf.field()) + " " + condition(leaf.condition());
  }

  static String names(List<String> names) {
    return "[" + names.stream().map(Canonical::q).collect(Collectors.joining(",")) + "]";
  }

  static String arguments(List<Map.Entry<String, String>> args) {
    return args.stream().map(a -> "arg " + q(a.getKey()) + "=" + q(a.getValue()))
        .collect(Collectors.joining(" & "));
  }

  private static String field(FieldPath f) {
    StringBuilder b = new StringBuilder(q(f.name()));
    for (JsonStep s : f.path()) {
      b.append(s.asText() ? "->>" : "->").append(s.isIndex() ? "#" + s.key() : q(s.key()));
    }
    return b.toString();
  }

  private static String path(List<String> embedPath) {
    return embedPath.stream().map(n -> q(n) + ".").collect(Collectors.joining());
  }

  private static String alias(Optional<String> alias) {
    return alias.map(a -> q(a) + ":").orElse("");
  }

  private static String cast(Optional<String> cast) {
    return cast.map(c -> "::" + q(c)).orElse("");
  }

  private static String q(String s) {
    return JsonText.quote(s);
  }
}
