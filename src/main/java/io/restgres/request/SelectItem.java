package io.restgres.request;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One item of {@code select=}. */
public sealed interface SelectItem {
  /** {@code *}: every column. */
  record Star() implements SelectItem {}

  /**
   * {@code [alias:]field[::cast][.aggregate()[::cast]]}.
   *
   * @param aggregate {@code count sum avg min max}, when the field is aggregated
   * @param aggregateCast the cast applied to the aggregate's result
   */
  record Field(
      FieldPath field,
      Optional<String> alias,
      Optional<String> cast,
      Optional<String> aggregate,
      Optional<String> aggregateCast)
      implements SelectItem {
    public Field {
      Objects.requireNonNull(field, "field");
    }

    public static Field of(String column) {
      return new Field(
          FieldPath.of(column), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
  }

  /**
   * {@code [alias:][...]relation[!hint][!inner|!left](items)}: an embedded relation, or a spread.
   */
  record Embed(
      String relation,
      Optional<String> alias,
      Optional<String> hint,
      Optional<String> joinType,
      boolean isSpread,
      List<SelectItem> items)
      implements SelectItem {
    public Embed {
      Objects.requireNonNull(relation, "relation");
      items = List.copyOf(items);
    }
  }
}
