package io.restgres.request.parse;

import io.restgres.error.ErrorCode;
import io.restgres.request.Filter;
import io.restgres.request.LogicTree;
import io.restgres.request.OrderTerm;
import io.restgres.request.QueryParams;
import io.restgres.request.QueryParams.ScopedTree;
import io.restgres.request.SelectItem;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses a raw query string into {@link QueryParams}. Keys are split into an embed path and a last
 * segment; the reserved last segments are {@code select order limit offset or and not.or not.and},
 * and at the top level {@code columns on_conflict}; every other key is a filter.
 */
public final class QueryStringParser {
  private QueryStringParser() {}

  /**
   * Splits and percent-decodes {@code a=1&b=2;c=3} as PostgREST's query parser does: {@code &} and
   * {@code ;} both separate, and a key without {@code =} is dropped.
   */
  public static List<Map.Entry<String, String>> decode(String rawQuery) {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    if (rawQuery == null) {
      return out;
    }
    int start = 0;
    int eq = -1;
    for (int i = 0; i <= rawQuery.length(); i++) {
      char ch = i < rawQuery.length() ? rawQuery.charAt(i) : '&'; // the end closes the last pair
      if (ch == '=' && eq < 0) {
        eq = i;
      } else if (ch == '&' || ch == ';') {
        if (eq >= 0) {
          out.add(new SimpleImmutableEntry<>(PercentDecoder.decode(rawQuery.substring(start, eq)),
              PercentDecoder.decode(rawQuery.substring(eq + 1, i))));
        }
        start = i + 1;
        eq = -1;
      }
    }
    return out;
  }

  public static QueryParams parse(List<Map.Entry<String, String>> pairs) {
    Builder b = new Builder();
    for (Map.Entry<String, String> e : pairs) {
      try {
        b.add(e.getKey(), e.getValue());
      } catch (ParseError err) {
        throw ErrorCode.QUERY_PARSE.exception(
            "\"failed to parse " + err.source() + "\" " + err.sourcePosition(),
            err.getMessage(),
            null);
      }
    }
    return b.build(pairs);
  }

  /** Accumulates parameters in URL order. */
  private static final class Builder {
    private List<SelectItem> select = List.of(new SelectItem.Star());
    private boolean selectSeen;
    private final List<Filter> filters = new ArrayList<>();
    private final List<ScopedTree> logic = new ArrayList<>();
    private final Map<List<String>, List<OrderTerm>> order = new HashMap<>();
    private final Map<List<String>, Long> limits = new HashMap<>();
    private final Map<List<String>, Long> offsets = new HashMap<>();
    private Optional<List<String>> columns = Optional.empty();
    private Optional<List<String>> onConflict = Optional.empty();

    void add(String key, String value) {
      // select, columns and on_conflict: the first occurrence counts, as in PostgREST
      if (key.equals("select")) {
        if (!selectSeen) {
          selectSeen = true;
          select = ParseError.in("select parameter", value, () -> SelectParser.parse(value));
        }
        return;
      }
      switch (key) {
        case "columns" -> columns = columns.isPresent() ? columns : Optional.of(ParseError.in("columns parameter", value, () -> names(value)));
        case "on_conflict" ->
            onConflict = onConflict.isPresent() ? onConflict : Optional.of(ParseError.in("on_conflict parameter", value, () -> names(value)));
        default -> addScoped(ParseError.in("tree path", key, () -> KeyPath.parse(key)), value);
      }
    }

    private void addScoped(KeyPath key, String value) {
      switch (key.last()) {
        case "order" -> order.putIfAbsent(
            key.embedPath(), ParseError.in("order", value, () -> OrderParser.parse(value)));
        case "limit" -> integer(value).ifPresent(n -> limits.put(key.embedPath(), n));
        case "offset" -> integer(value).ifPresent(n -> offsets.put(key.embedPath(), n));
        case "or", "and", "not.or", "not.and" -> logic.add(new ScopedTree(key.scope(),
            ParseError.in("logic tree", value, () -> tree(key.last(), value))));
        default -> filters.add(new Filter(key.embedPath(), key.field(),
            ParseError.in("filter", value, () -> FilterParser.parse(value))));
      }
    }

    private static LogicTree tree(String op, String value) {
      boolean negated = op.startsWith("not.");
      return LogicTreeParser.parse(negated, op.endsWith("or"), value);
    }

    // PostgREST reads limit/offset as integers and silently ignores values that are not.
    private static Optional<Long> integer(String value) {
      return Int64Text.read(value.trim());
    }

    // names := name ("," name)*
    private static List<String> names(String value) {
      Cursor c = new Cursor(value);
      List<String> out = new ArrayList<>();
      do {
        c.skipSpaces();
        out.add(FieldParser.fieldName(c));
        c.skipSpaces();
      } while (c.accept(","));
      return out;
    }

    QueryParams build(List<Map.Entry<String, String>> raw) {
      return new QueryParams(
          select, filters, logic, order, limits, offsets, columns, onConflict, raw);
    }
  }
}
