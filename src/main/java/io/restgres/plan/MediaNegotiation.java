package io.restgres.plan;

import io.restgres.error.ErrorCode;
import io.restgres.request.ApiRequest;
import io.restgres.request.MediaType;
import io.restgres.request.PlanMedia;
import io.restgres.schema.Column;
import io.restgres.schema.Table;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Chooses the response media type from the Accept header (PostgREST {@code Plan/Negotiate.hs}). */
final class MediaNegotiation {
  // format_type writes PostGIS types schema-qualified when their schema is not on the search path
  private static final Pattern SPATIAL = Pattern.compile("^(.*\\.)?\"?(geometry|geography)\"?(\\(.*)?$");

  private MediaNegotiation() {}

  /**
   * The media type of the body and, for a plan, the EXPLAIN wanted of the statement that would
   * produce that body.
   *
   * @param media what the statement renders: the plan's {@code for}, or the accepted type itself
   */
  record Negotiated(MediaType media, Optional<PlanMedia> explain) {}

  /**
   * The first acceptable type wins. A plan is offered only with {@code db-plan-enabled} and for a
   * type that is itself offered; GeoJSON only for a relation with a PostGIS column.
   */
  static Negotiated negotiate(ApiRequest req, Table table, boolean planEnabled) {
    for (MediaType t : req.accept()) {
      if (t == MediaType.PLAN) {
        Optional<MediaType> target = req.plan().flatMap(PlanMedia::target);
        if (planEnabled && target.isPresent() && offered(target.get(), table)) {
          return new Negotiated(body(target.get()), req.plan());
        }
      } else if (offered(t, table)) {
        return new Negotiated(body(t), Optional.empty());
      }
    }
    throw ErrorCode.UNACCEPTABLE_MEDIA_TYPE.exception("None of these media types are available: " + shown(req));
  }

  private static boolean offered(MediaType t, Table table) {
    return switch (t) {
      case OPENAPI, PLAN -> false;
      case GEOJSON -> table.columns().values().stream().anyMatch(MediaNegotiation::spatial);
      default -> true;
    };
  }

  private static MediaType body(MediaType t) {
    return t == MediaType.ANY ? MediaType.JSON : t;
  }

  private static boolean spatial(Column c) {
    return SPATIAL.matcher(c.type()).matches() || SPATIAL.matcher(c.baseType()).matches();
  }

  // PostgREST lists the accepted types as it parsed them: a plan range with its defaults filled in
  private static String shown(ApiRequest req) {
    if (req.plan().isEmpty()) {
      return req.acceptHeader();
    }
    List<String> ranges = Arrays.stream(req.acceptHeader().split(",")).map(String::trim)
        .filter(r -> !r.isEmpty()).toList();
    return ranges.stream().map(r -> PlanMedia.of(r).map(PlanMedia::mime).orElse(r))
        .collect(Collectors.joining(", "));
  }
}
