package io.restgres.plan;

import io.restgres.error.ApiException;
import io.restgres.error.ErrorCode;
import io.restgres.request.QueryParams;
import io.restgres.request.SelectItem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Embed paths ({@code actors.roles.character=eq.X} applies to the node {@code [actors, roles]}): a
 * segment names an embed by its relation or its alias, as PostgREST v14 matches them.
 */
final class EmbedPaths {
  private EmbedPaths() {}

  /**
   * Pass {@code checkEmbedPaths}: every embed-scoped parameter must target a selected embed, else
   * 400 PGRST108. It runs before relationships are resolved, as in PostgREST.
   *
   * @return the embeds targeted by relation name instead of their alias, each once, in URL order
   */
  static List<LegacyTarget> check(List<SelectItem> select, QueryParams q) {
    Set<LegacyTarget> legacy = new LinkedHashSet<>();
    List<List<String>> paths = new ArrayList<>();
    q.filters().forEach(f -> paths.add(f.embedPath()));
    q.logic().forEach(t -> paths.add(t.embedPath()));
    paths.addAll(q.order().keySet());
    paths.addAll(q.limits().keySet());
    paths.addAll(q.offsets().keySet());
    for (List<String> path : paths) {
      List<SelectItem> level = select;
      for (String segment : path) {
        SelectItem.Embed embed = level.stream()
            .filter(i -> i instanceof SelectItem.Embed e && names(e.relation(), e.alias(), segment))
            .map(i -> (SelectItem.Embed) i)
            .findFirst()
            .orElseThrow(() -> notEmbedded(segment));
        embed.alias().filter(a -> !a.equals(segment)).ifPresent(a -> legacy.add(new LegacyTarget(segment, a)));
        level = embed.items();
      }
    }
    return List.copyOf(legacy);
  }

  /** The tree with the node at {@code path} replaced by {@code fn} of it. */
  static ReadPlan update(ReadPlan node, List<String> path, UnaryOperator<ReadPlan> fn) {
    if (path.isEmpty()) {
      return fn.apply(node);
    }
    List<EmbedPlan> embeds = new ArrayList<>(node.embeds());
    for (int i = 0; i < embeds.size(); i++) {
      EmbedPlan e = embeds.get(i);
      if (names(e.relation(), e.alias(), path.get(0))) {
        embeds.set(i, e.withPlan(update(e.plan(), path.subList(1, path.size()), fn)));
        return node.withEmbeds(embeds);
      }
    }
    throw notEmbedded(path.get(0));
  }

  /** The embed of {@code node} that a filter or order term names by its output name. */
  static Optional<EmbedPlan> child(ReadPlan node, String name) {
    return node.embeds().stream().filter(e -> e.name().equals(name)).findFirst();
  }

  private static boolean names(String relation, Optional<String> alias, String segment) {
    return relation.equals(segment) || alias.map(segment::equals).orElse(false);
  }

  static ApiException notEmbedded(String name) {
    return ErrorCode.UNSELECTED_EMBED_FILTER.exception(
        "'" + name + "' is not an embedded resource in this request",
        null,
        "Verify that '" + name + "' is included in the 'select' query parameter.");
  }
}
