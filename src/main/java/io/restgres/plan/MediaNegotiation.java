package io.restgres.plan;

import io.restgres.error.ErrorCode;
import io.restgres.request.ApiRequest;
import io.restgres.request.MediaRange;
import io.restgres.request.MediaType;
import io.restgres.request.PlanMedia;
import io.restgres.request.SelectItem;
import io.restgres.schema.Column;
import io.restgres.schema.MediaHandler;
import io.restgres.schema.MediaHandlers;
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
   *     ({@link MediaType#CUSTOM} when a handler of the database renders it)
   * @param custom the handler that renders the body, when one does
   */
  record Negotiated(MediaType media, Optional<PlanMedia> explain, Optional<CustomMedia> custom) {}

  /**
   * The first acceptable range wins. PostgREST's own vendor types cannot be overridden; for the
   * others a handler of the database comes first, then the built-in type. A plan is offered only
   * with {@code db-plan-enabled} and for a built-in type that is itself offered; GeoJSON only for a
   * relation with a PostGIS column.
   */
  static Negotiated negotiate(ApiRequest req, Table table, boolean planEnabled, MediaHandlers handlers) {
    boolean defaultSelect = isDefaultSelect(req);
    for (MediaRange r : req.accept()) {
      Optional<MediaType> builtin = r.builtin();
      if (r.is(MediaType.PLAN)) {
        Optional<MediaType> target = req.plan().flatMap(PlanMedia::target);
        if (planEnabled && target.isPresent() && offered(target.get(), table)) {
          return new Negotiated(body(target.get()), req.plan(), Optional.empty());
        }
        continue;
      }
      if (builtin.isPresent() && vendored(builtin.get())) {
        return new Negotiated(builtin.get(), Optional.empty(), Optional.empty());
      }
      Optional<CustomMedia> custom = custom(builtin.map(MediaType::mime).orElse(r.mime()), table,
          defaultSelect, handlers);
      if (custom.isPresent()) {
        return new Negotiated(MediaType.CUSTOM, Optional.empty(), custom);
      }
      if (builtin.isPresent() && offered(builtin.get(), table)) {
        return new Negotiated(body(builtin.get()), Optional.empty(), Optional.empty());
      }
    }
    throw ErrorCode.UNACCEPTABLE_MEDIA_TYPE.exception("None of these media types are available: " + shown(req));
  }

  // PostgREST's lookupHandler: the relation's (or function's) catch-all, then its handler of the
  // type, both only for the default select (a handler takes whole rows); then one over anyelement
  private static Optional<CustomMedia> custom(String mime, Table table, boolean defaultSelect,
      MediaHandlers handlers) {
    if (defaultSelect) {
      Optional<MediaHandler> own =
          handlers.of(table.name(), MediaHandler.ANY).or(() -> handlers.of(table.name(), mime));
      if (own.isPresent()) {
        boolean rows = own.get().kind() == MediaHandler.Kind.AGGREGATE;
        return Optional.of(new CustomMedia(own.get(), rows ? Optional.of(table.name()) : Optional.empty()));
      }
    }
    return handlers.ofAny(mime).map(h -> new CustomMedia(h, Optional.empty()));
  }

  private static boolean isDefaultSelect(ApiRequest req) {
    List<SelectItem> select = req.query().select();
    return select.size() == 1 && select.get(0) instanceof SelectItem.Star;
  }

  private static boolean vendored(MediaType t) {
    return t == MediaType.OBJECT || t == MediaType.OBJECT_STRIPPED || t == MediaType.ARRAY_STRIPPED;
  }

  private static boolean offered(MediaType t, Table table) {
    return switch (t) {
      case OPENAPI, PLAN, CUSTOM -> false;
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
