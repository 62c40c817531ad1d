package io.restgres.request;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The parsed query string. Embed-scoped parameters ({@code actors.order=...}) are keyed by their
 * embed path; the requested relation's own are under the empty path.
 *
 * @param select the select tree ({@code *} when absent)
 * @param filters horizontal filters, in URL order
 * @param logic {@code or=}/{@code and=} trees with their embed path
 * @param order order terms per embed path
 * @param limits {@code limit} per embed path
 * @param offsets {@code offset} per embed path
 * @param columns {@code columns=} of an insert
 * @param onConflict {@code on_conflict=} of an upsert
 * @param raw the decoded key/value pairs, in URL order
 */
public record QueryParams(
    List<SelectItem> select,
    List<Filter> filters,
    List<ScopedTree> logic,
    Map<List<String>, List<OrderTerm>> order,
    Map<List<String>, Long> limits,
    Map<List<String>, Long> offsets,
    Optional<List<String>> columns,
    Optional<List<String>> onConflict,
    List<Map.Entry<String, String>> raw) {
  public QueryParams {
    select = List.copyOf(select);
    filters = List.copyOf(filters);
    logic = List.copyOf(logic);
    order = Map.copyOf(order);
    limits = Map.copyOf(limits);
    offsets = Map.copyOf(offsets);
    raw = List.copyOf(raw);
  }

  /** A logic tree with the embed path it applies to. */
  public record ScopedTree(List<String> embedPath, LogicTree tree) {
    public ScopedTree {
      embedPath = List.copyOf(embedPath);
      Objects.requireNonNull(tree, "tree");
    }
  }

  public List<OrderTerm> rootOrder() {
    return order.getOrDefault(List.of(), List.of());
  }

  public Optional<Long> rootLimit() {
    return Optional.ofNullable(limits.get(List.of()));
  }

  public Optional<Long> rootOffset() {
    return Optional.ofNullable(offsets.get(List.of()));
  }
}
