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
 * segment names an embed by its output name (its alias, else its relation). With {@code
 * url-use-legacy-target-names} (the default) an aliased embed may still be named by its relation,
 * as PostgREST v14 allowed, with v16's deprecation warning; an embed whose output name matches wins
 * over one matched by relation, so {@code a:t(*),t(*)&t.id=eq.1} filters the second.
 */
final class EmbedPaths {
  private EmbedPaths() {}

  /**
   * Pass {@code checkEmbedPaths}: every embed-scoped parameter must target a selected embed, else
   * 400 PGRST108. It runs before relationships are resolved, as in PostgREST.
   *
   * @param legacyNames whether an aliased embed may be named by its relation
   * @return the embeds targeted by relation name instead of their alias, each once, in URL order
   */
  static List<LegacyTarget> check(List<SelectItem> select, QueryParams q, boolean legacyNames) {
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
        List<SelectItem.Embed> embeds = level.stream()
            .filter(i -> i instanceof SelectItem.Embed).map(i -> (SelectItem.Embed) i).toList();
        Optional<SelectItem.Embed> byName =
            embeds.stream().filter(e -> e.alias().orElse(e.relation()).equals(segment)).findFirst();
        Optional<SelectItem.Embed> byRelation =
            embeds.stream().filter(e -> e.relation().equals(segment)).findFirst();
        SelectItem.Embed embed;
        if (byName.isPresent()) {
          embed = byName.get();
        } else if (byRelation.isPresent() && legacyNames) {
          embed = byRelation.get();
          legacy.add(new LegacyTarget(segment, embed.alias().orElseThrow()));
        } else {
          throw byRelation.map(e -> aliasRequired(segment, e.alias().orElseThrow())).orElseGet(() -> notEmbedded(segment));
        }
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
    String segment = path.get(0);
    int i = indexOf(embeds, e -> e.name().equals(segment));
    if (i < 0) {
      i = indexOf(embeds, e -> e.relation().equals(segment)); // a legacy name, which check() allowed
    }
    if (i < 0) {
      throw notEmbedded(segment);
    }
    embeds.set(i, embeds.get(i).withPlan(update(embeds.get(i).plan(), path.subList(1, path.size()), fn)));
    return node.withEmbeds(embeds);
  }

  private static int indexOf(List<EmbedPlan> embeds, java.util.function.Predicate<EmbedPlan> p) {
    for (int i = 0; i < embeds.size(); i++) {
      if (p.test(embeds.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /** The embed of {@code node} that a filter or order term names by its output name. */
  static Optional<EmbedPlan> child(ReadPlan node, String name) {
    return node.embeds().stream().filter(e -> e.name().equals(name)).findFirst();
  }

  // url-use-legacy-target-names = false: PostgREST's NotEmbedded with the legacy usage found
  private static ApiException aliasRequired(String relation, String alias) {
    return ErrorCode.UNSELECTED_EMBED_FILTER.exception(
        "'" + relation + "' is not an embedded resource in this request",
        "Target names are not allowed in filters if they have an alias",
        "Change '" + relation + "' to '" + alias + "' in filters, orders or limits.");
  }

  static ApiException notEmbedded(String name) {
    return ErrorCode.UNSELECTED_EMBED_FILTER.exception(
        "'" + name + "' is not an embedded resource in this request",
        null,
        "Verify that '" + name + "' is included in the 'select' query parameter.");
  }
}
