package io.restgres.plan;

import io.restgres.schema.MediaHandler;
import io.restgres.schema.QualifiedName;
import java.util.Objects;
import java.util.Optional;

/**
 * A response rendered by a media type handler of the database instead of a built-in one (PostgREST
 * {@code CustomFunc}).
 *
 * @param rowType for an aggregate over a relation's rows: that relation, to whose row type each
 *     result row is cast; empty for an aggregate over {@code anyelement} and a function's own result
 */
public record CustomMedia(MediaHandler handler, Optional<QualifiedName> rowType) {
  public CustomMedia {
    Objects.requireNonNull(handler, "handler");
    Objects.requireNonNull(rowType, "rowType");
  }

  public String contentType() {
    return handler.contentType();
  }
}
