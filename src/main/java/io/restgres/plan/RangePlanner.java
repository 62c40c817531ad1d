package io.restgres.plan;

import io.restgres.config.AppConfig;
import io.restgres.request.ApiRequest;
import io.restgres.request.QueryParams;
import io.restgres.request.RangeSpec;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Pass {@code addRanges}: {@code limit}/{@code offset} per node (the Range header counts at the
 * root only), then {@code db-max-rows} on every node of a read, embeds included (PostgREST
 * {@code addRanges}, {@code treeRestrictRange}).
 */
final class RangePlanner {
  private RangePlanner() {}

  static ReadPlan addRanges(ReadPlan root, ApiRequest req, AppConfig config) {
    QueryParams q = req.query();
    ReadPlan tree = root.withRange(rootRange(req));
    Set<List<String>> paths = new HashSet<>(q.limits().keySet());
    paths.addAll(q.offsets().keySet());
    paths.remove(List.of());
    for (List<String> path : paths) {
      RangeSpec r = Ranges.fromQuery(Optional.ofNullable(q.limits().get(path)), Optional.ofNullable(q.offsets().get(path)));
      tree = EmbedPaths.update(tree, path, n -> n.withRange(r));
    }
    if (config.dbMaxRows().isPresent() && req.action().isRead()) {
      tree = capped(tree, config.dbMaxRows().get());
    }
    return tree;
  }

  private static RangeSpec rootRange(ApiRequest req) {
    RangeSpec range = Ranges.fromQuery(req.query().rootLimit(), req.query().rootOffset());
    if (req.headerRange().isPresent()) {
      range = Ranges.intersect(range, req.headerRange().get());
    }
    return range;
  }

  private static ReadPlan capped(ReadPlan node, long max) {
    return node.withRange(node.range().capped(max))
        .withEmbeds(node.embeds().stream().map(e -> e.withPlan(capped(e.plan(), max))).toList());
  }
}
