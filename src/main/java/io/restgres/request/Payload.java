package io.restgres.request;

import java.util.List;
import java.util.Objects;

/**
 * What Restgres needs to know of a JSON body without materialising its rows: whether it is an array,
 * the keys its objects share (PostgREST requires them to match), and the row count.
 */
public record Payload(boolean isArray, List<String> keys, int rows, String json) {
  public Payload {
    keys = List.copyOf(keys);
    Objects.requireNonNull(json, "json");
  }
}
