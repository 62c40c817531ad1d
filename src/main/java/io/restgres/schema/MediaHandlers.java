package io.restgres.schema;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The media type handlers of the exposed schemas, by what they apply to and the media type they
 * produce. Without any, a lookup is one map probe of an empty map.
 */
public final class MediaHandlers {
  /** No handlers. */
  public static final MediaHandlers NONE = new MediaHandlers(Map.of());

  /**
   * What a handler applies to and what it produces.
   *
   * @param target the relation (or, for a function's own result, the function); empty for an
   *     aggregate over {@code anyelement}, which applies to every relation
   */
  public record Key(Optional<QualifiedName> target, String mime) {
    public Key {
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(mime, "mime");
    }
  }

  private final Map<Key, MediaHandler> handlers;

  public MediaHandlers(Map<Key, MediaHandler> handlers) {
    this.handlers = Map.copyOf(handlers);
  }

  /** The handler of {@code mime} for this relation or function. */
  public Optional<MediaHandler> of(QualifiedName target, String mime) {
    return handlers.isEmpty() ? Optional.empty()
        : Optional.ofNullable(handlers.get(new Key(Optional.of(target), mime)));
  }

  /** The handler of {@code mime} for any relation (an aggregate over {@code anyelement}). */
  public Optional<MediaHandler> ofAny(String mime) {
    return handlers.isEmpty() ? Optional.empty() : Optional.ofNullable(handlers.get(new Key(Optional.empty(), mime)));
  }

  public int size() {
    return handlers.size();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MediaHandlers m && m.handlers.equals(handlers);
  }

  @Override
  public int hashCode() {
    return handlers.hashCode();
  }
}
