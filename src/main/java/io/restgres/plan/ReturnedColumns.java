package io.restgres.plan;

import io.restgres.plan.EmbedPlan.Join;
import io.restgres.plan.EmbedPlan.JoinCondition;
import io.restgres.schema.Table;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a write returns of each row for its representation (PostgREST {@code inferColsEmbedNeeds}):
 * the selected names, the columns the embeds join on and the primary key, or the whole row. Naming
 * only these keeps column-level SELECT privileges enough ({@code select=a,b} under {@code GRANT
 * SELECT (a, b)}), and a computed field returned by name ({@code "alias"."fn"} is {@code fn(alias)})
 * becomes a plain column of the written rows, which have no row type of their own to call it on.
 */
final class ReturnedColumns {
  private static final List<String> WHOLE_ROW = List.of("*");

  private ReturnedColumns() {}

  static List<String> of(Table table, ReadPlan shape) {
    Set<String> names = new LinkedHashSet<>();
    boolean star = false;
    for (Projection p : shape.select()) {
      if (p instanceof Projection.AllColumns) {
        star = true;
      } else if (p instanceof Projection.Field f) {
        names.add(f.field().column());
      } else if (p instanceof Projection.Aggregate a) {
        a.field().ifPresent(f -> names.add(f.column()));
      } else if (p instanceof Projection.Lifted l) {
        l.aggregate().field().ifPresent(f -> names.add(f.column()));
      } else {
        throw new IllegalStateException("unknown projection " + p);
      }
    }
    // Not in PostgREST, which then fails with 42703: the representation's order needs its columns.
    shape.order().stream().filter(o -> o.relation().isEmpty()).forEach(o -> names.add(o.field().column()));
    for (EmbedPlan e : shape.embeds()) {
      if (e.join() instanceof Join.Function) {
        return WHOLE_ROW; // the function takes the parent's whole row, cast to its row type
      }
      joinColumns(e.join(), shape.alias()).forEach(names::add);
    }
    if (star) {
      return WHOLE_ROW; // naming more would repeat them in "alias".*
    }
    names.addAll(table.primaryKey());
    return List.copyOf(names);
  }

  // The parent's side of the join conditions: the columns the embed reads from the written rows.
  private static List<String> joinColumns(Join join, String parentAlias) {
    List<JoinCondition> on = join instanceof Join.Columns c ? c.on()
        : join instanceof Join.Junction j ? j.on() : List.of();
    return on.stream().filter(c -> c.otherAlias().equals(parentAlias)).map(JoinCondition::otherColumn).toList();
  }
}
