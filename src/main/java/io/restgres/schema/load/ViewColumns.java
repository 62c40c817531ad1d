package io.restgres.schema.load;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of a view that are plain references to a column of another relation, read from the
 * top-level target list of the view's query: PostgreSQL records each entry's origin in
 * {@code resorigtbl}/{@code resorigcol} (through subqueries too).
 */
final class ViewColumns {
  /** View column {@code name} comes from column number {@code attnum} of relation {@code relid}. */
  record Origin(String name, long relid, int attnum) {}

  private ViewColumns() {}

  static List<Origin> of(String definition) {
    List<Origin> out = new ArrayList<>();
    Object tree = NodeTree.parse(definition);
    Object query = tree instanceof List<?> l && !l.isEmpty() ? l.get(0) : tree;
    if (!(query instanceof NodeTree.Node q) || !(q.get("targetList") instanceof List<?> targets)) {
      return out;
    }
    for (Object t : targets) {
      if (t instanceof NodeTree.Node te && "false".equals(te.atom("resjunk"))) {
        origin(te).ifPresent(out::add);
      }
    }
    return out;
  }

  private static java.util.Optional<Origin> origin(NodeTree.Node te) {
    try {
      long relid = Long.parseLong(te.atom("resorigtbl"));
      int attnum = Integer.parseInt(te.atom("resorigcol"));
      String name = te.atom("resname");
      if (relid == 0 || attnum <= 0 || name == null) {
        return java.util.Optional.empty();
      }
      return java.util.Optional.of(new Origin(name, relid, attnum));
    } catch (NumberFormatException | NullPointerException e) {
      return java.util.Optional.empty();
    }
  }
}
