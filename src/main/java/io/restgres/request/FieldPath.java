package io.restgres.request;

import java.util.List;
import java.util.Objects;

/** A column name as written in the URL, with an optional JSON path: {@code data->a->>b}. */
public record FieldPath(String name, List<JsonStep> path) {
  public FieldPath {
    Objects.requireNonNull(name, "name");
    path = List.copyOf(path);
  }

  public static FieldPath of(String name) {
    return new FieldPath(name, List.of());
  }

  /**
   * The key PostgREST gives this field in the output: the last JSON key of the path, else the column
   * name ({@code data->1->mycol->>2} is shown as {@code mycol}).
   */
  public String outputName() {
    for (int i = path.size() - 1; i >= 0; i--) {
      if (!path.get(i).isIndex()) {
        return path.get(i).key();
      }
    }
    return name;
  }

}
