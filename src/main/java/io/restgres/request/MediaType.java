package io.restgres.request;

import java.util.Locale;
import java.util.Optional;

/**
 * The response media types Restgres produces, with the Content-Type PostgREST sends for each (its
 * {@code toMime} writes {@code ;nulls=stripped} without a space, then {@code ; charset=utf-8}).
 */
public enum MediaType {
  JSON("application/json", "application/json; charset=utf-8"),
  CSV("text/csv", "text/csv; charset=utf-8"),
  OBJECT("application/vnd.pgrst.object+json", "application/vnd.pgrst.object+json; charset=utf-8"),
  OBJECT_STRIPPED(
      "application/vnd.pgrst.object+json;nulls=stripped",
      "application/vnd.pgrst.object+json;nulls=stripped; charset=utf-8"),
  ARRAY_STRIPPED(
      "application/vnd.pgrst.array+json;nulls=stripped",
      "application/vnd.pgrst.array+json;nulls=stripped; charset=utf-8"),
  OPENAPI("application/openapi+json", "application/openapi+json; charset=utf-8"),
  GEOJSON("application/geo+json", "application/geo+json; charset=utf-8"),
  /** An accepted plan range; its parameters are in {@link PlanMedia}, which writes its Content-Type. */
  PLAN("application/vnd.pgrst.plan", "application/vnd.pgrst.plan+text; charset=utf-8"),
  ANY("*/*", "application/json; charset=utf-8"),
  /**
   * A body a media type handler of the database renders (never parsed from a header): its
   * Content-Type is the handler's.
   */
  CUSTOM("", "application/octet-stream");

  private final String name;
  private final String contentType;

  MediaType(String name, String contentType) {
    this.name = name;
    this.contentType = contentType;
  }

  public String contentType() {
    return contentType;
  }

  /** The type as PostgREST writes it back ({@code toMime}). */
  public String mime() {
    return name;
  }

  public boolean isSingular() {
    return this == OBJECT || this == OBJECT_STRIPPED;
  }


  /**
   * Recognises one media range of an Accept header (parameters other than {@code nulls} ignored);
   * {@code application/*} counts as JSON, as in PostgREST.
   */
  public static Optional<MediaType> of(String range) {
    String[] parts = range.split(";", -1);
    String type = parts[0].trim().toLowerCase(Locale.ROOT);
    boolean stripped = false;
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].trim().toLowerCase(Locale.ROOT).replace(" ", "");
      stripped |= p.equals("nulls=stripped");
    }
    return switch (type) {
      case "application/json", "application/*" -> Optional.of(JSON);
      case "text/csv" -> Optional.of(CSV);
      case "application/vnd.pgrst.object+json", "application/vnd.pgrst.object" ->
          Optional.of(stripped ? OBJECT_STRIPPED : OBJECT);
      case "application/vnd.pgrst.array+json", "application/vnd.pgrst.array" ->
          Optional.of(stripped ? ARRAY_STRIPPED : JSON);
      case "application/openapi+json" -> Optional.of(OPENAPI);
      case "application/geo+json" -> Optional.of(GEOJSON);
      case "application/vnd.pgrst.plan", "application/vnd.pgrst.plan+text", "application/vnd.pgrst.plan+json" ->
          Optional.of(PLAN);
      case "*/*" -> Optional.of(ANY);
      default -> Optional.empty();
    };
  }
}
