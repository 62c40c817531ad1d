package io.restgres.request.parse;

import io.restgres.request.Operator;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an RPC GET's query parameters into function arguments and filters on the result. As in
 * PostgREST's {@code pRequestFilter} with {@code isRpcRead}, a value is a filter only when it
 * starts like an operator expression ({@code not.}, or an operator followed by {@code .} or
 * {@code (}); anything else ({@code a=1}, {@code a=eqfoo}) is the whole argument value.
 */
final class RpcQuery {
  private static final Pattern OPERATOR_START = Pattern.compile("^(not\\.|([a-z]+)[.(])");
  private static final Set<String> RESERVED = Set.of("select", "columns", "on_conflict");
  private static final Set<String> RESERVED_LAST = Set.of("order", "limit", "offset", "and", "or");

  private RpcQuery() {}

  /** The arguments, each named by its key's last dot-separated segment. */
  static List<Map.Entry<String, String>> arguments(List<Map.Entry<String, String>> pairs) {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    for (Map.Entry<String, String> e : pairs) {
      if (isArgument(e)) {
        out.add(new SimpleImmutableEntry<>(lastSegment(e.getKey()), e.getValue()));
      }
    }
    return out;
  }

  /** Everything that is not an argument, for the ordinary query-string parser. */
  static List<Map.Entry<String, String>> filters(List<Map.Entry<String, String>> pairs) {
    return pairs.stream().filter(e -> !isArgument(e)).toList();
  }

  private static boolean isArgument(Map.Entry<String, String> e) {
    String key = e.getKey();
    if (key.isEmpty() || RESERVED.contains(key) || RESERVED_LAST.contains(lastSegment(key))) {
      return false;
    }
    Matcher m = OPERATOR_START.matcher(e.getValue());
    return !(m.find() && (m.group(2) == null || Operator.byName(m.group(2)).isPresent()));
  }

  private static String lastSegment(String key) {
    return key.substring(key.lastIndexOf('.') + 1);
  }
}
