package io.restgres.schema;

import java.util.Objects;

/**
 * A media type handler (PostgREST's {@code media_type_handlers}): what produces a media type named
 * by a domain ({@code CREATE DOMAIN "text/plain" AS text}).
 *
 * @param name the aggregate, or for {@link Kind#RESULT} the domain itself
 * @param mime the domain's name, lower-cased (the catch-all is named star, slash, star)
 */
public record MediaHandler(Kind kind, QualifiedName name, String mime) {
  /** Where the bytes come from. */
  public enum Kind {
    /** An aggregate over a relation's rows (or {@code anyelement}) that returns the domain. */
    AGGREGATE,
    /** A function returning the domain: its own result is the body. */
    RESULT
  }

  /** The catch-all handler's media type, which answers any Accept. */
  public static final String ANY = "*/*";

  public MediaHandler {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(mime, "mime");
  }

  /**
   * The Content-Type PostgREST sends ({@code toContentType}): the catch-all answers
   * {@code application/octet-stream}; the types PostgREST knows by name get {@code charset=utf-8}.
   */
  public String contentType() {
    return switch (mime) {
      case ANY, "application/octet-stream" -> "application/octet-stream";
      case "application/json", "application/geo+json", "text/csv", "text/plain", "text/xml",
          "application/openapi+json", "application/x-www-form-urlencoded" -> mime + "; charset=utf-8";
      default -> mime;
    };
  }
}
