package io.restgres.request;

import java.util.List;
import java.util.Objects;

/**
 * A horizontal filter {@code ?embed.path.field=condition}. {@code embedPath} is empty for filters on
 * the requested relation itself.
 */
public record Filter(List<String> embedPath, FieldPath field, Condition condition) {
  public Filter {
    embedPath = List.copyOf(embedPath);
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(condition, "condition");
  }
}
