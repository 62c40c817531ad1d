package io.restgres.request;

import java.util.Objects;

/**
 * One step of a JSON path: {@code ->key}, {@code ->>key}, {@code ->0}, {@code ->>-1}.
 *
 * @param key the object key, or the array index as written
 * @param isIndex whether {@code key} is an array index
 * @param asText {@code ->>} rather than {@code ->}
 */
public record JsonStep(String key, boolean isIndex, boolean asText) {
  public JsonStep {
    Objects.requireNonNull(key, "key");
  }
}
