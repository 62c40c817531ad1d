package io.restgres.request.parse;

import io.restgres.error.ErrorCode;
import io.restgres.request.Action;
import io.restgres.request.ApiRequest;
import io.restgres.request.MediaRange;
import io.restgres.request.MediaType;
import io.restgres.request.Payload;
import io.restgres.request.PlanMedia;
import io.restgres.request.QueryParams;
import io.restgres.request.RangeSpec;
import io.restgres.request.RawRequest;
import io.restgres.request.Target;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a {@link RawRequest} into an {@link ApiRequest}; pure, no database. */
public final class ApiRequestParser {
  private static final Pattern RANGE = Pattern.compile("^([0-9]{1,18})-([0-9]{0,18})$");

  private static final String RPC_PREFIX = "rpc/";

  private ApiRequestParser() {}

  public static ApiRequest parse(RawRequest raw, List<String> schemas) {
    boolean rpc = raw.path().startsWith(RPC_PREFIX);
    Action action = rpc ? rpcAction(raw.method()) : action(raw.method());
    Optional<String> name = relation(rpc ? raw.path().substring(RPC_PREFIX.length()) : raw.path());
    boolean reads = action.isRead() || action == Action.OPTIONS;
    Optional<String> profile = raw.header(reads ? "accept-profile" : "content-profile");
    String schema = schema(profile, schemas);
    List<Map.Entry<String, String>> pairs = QueryStringParser.decode(raw.rawQuery());
    List<Map.Entry<String, String>> rpcArgs = List.of();
    if (rpc && reads) {
      rpcArgs = RpcQuery.arguments(pairs);
      pairs = RpcQuery.filters(pairs);
    }
    QueryParams query = QueryStringParser.parse(pairs);
    Optional<String> contentType = raw.header("content-type").map(ApiRequestParser::mediaTypeOnly);
    // The body is parsed here, before planning, as PostgREST's ApiRequest does; a call reads its
    // arguments from the query string unless it is a POST.
    Target target = rpc
        ? new Target.Call(name.orElse(""), action == Action.INSERT
            ? CallInputParser.fromBody(contentType, raw.body(), query.columns())
            : CallInputParser.fromQuery(rpcArgs))
        : name.<Target>map(Target.Relation::new).orElseGet(Target.Root::new);
    boolean hasPayload = !rpc && (action == Action.INSERT || action == Action.UPSERT_PUT || action == Action.UPDATE);
    Optional<Payload> payload = hasPayload
        ? Optional.of(PayloadParser.parse(contentType, raw.body(), query.columns()))
        : Optional.empty();
    Optional<RangeSpec> headerRange =
        raw.method().equals("GET") ? raw.header("range").map(ApiRequestParser::range) : Optional.empty();
    String acceptHeader = raw.header("accept").orElse("*/*");
    AcceptParse accept = accept(acceptHeader);
    return new ApiRequest(
        action,
        target,
        schema,
        profile.isPresent(),
        query,
        PreferParser.parse(raw.headerValues("prefer")),
        headerRange,
        accept.ranges(),
        acceptHeader,
        accept.plan(),
        payload,
        RequestInfoParser.parse(raw));
  }

  // PostgREST refuses PUT, PATCH and DELETE on a function before anything else (PGRST101).
  private static Action rpcAction(String method) {
    return switch (method) {
      case "GET", "HEAD", "POST", "OPTIONS" -> action(method);
      default -> throw ErrorCode.INVALID_RPC_METHOD.exception("Cannot use the " + method + " method on RPC");
    };
  }

  private static Action action(String method) {
    return switch (method) {
      case "GET" -> Action.READ;
      case "HEAD" -> Action.HEAD;
      case "POST" -> Action.INSERT;
      case "PUT" -> Action.UPSERT_PUT;
      case "PATCH" -> Action.UPDATE;
      case "DELETE" -> Action.DELETE;
      case "OPTIONS" -> Action.OPTIONS;
      default -> throw ErrorCode.UNSUPPORTED_METHOD.exception("Unsupported HTTP method: " + method);
    };
  }

  private static Optional<String> relation(String path) {
    if (path.isEmpty()) {
      return Optional.empty();
    }
    if (path.contains("/")) {
      throw ErrorCode.INVALID_PATH.exception("Invalid path specified in request URL");
    }
    return Optional.of(path);
  }

  private static String schema(Optional<String> profile, List<String> schemas) {
    if (profile.isEmpty()) {
      return schemas.get(0);
    }
    if (!schemas.contains(profile.get())) {
      throw ErrorCode.UNACCEPTABLE_SCHEMA.exception(
          "Invalid schema: " + profile.get(),
          null,
          "Only the following schemas are exposed: " + String.join(", ", schemas));
    }
    return profile.get();
  }

  static RangeSpec range(String header) {
    Matcher m = RANGE.matcher(header);
    if (!m.matches()) {
      return RangeSpec.ALL;
    }
    long from = Long.parseLong(m.group(1));
    if (m.group(2).isEmpty()) {
      return new RangeSpec(from, Optional.empty());
    }
    long to = Long.parseLong(m.group(2));
    if (to < from) {
      throw ErrorCode.INVALID_RANGE.exception(
          "Requested range not satisfiable",
          "The lower boundary must be lower than or equal to the upper boundary in the Range header.",
          null);
    }
    return new RangeSpec(from, Optional.of(to - from + 1));
  }

  /** An Accept header's media ranges, best first, and the parameters of its best plan range. */
  private record AcceptParse(List<MediaRange> ranges, Optional<PlanMedia> plan) {}

  // Clients send the same few Accept headers over and over; the parses of the first 64 distinct
  // ones of at most 256 characters are kept (all immutable), the rest are parsed each time.
  private static final int ACCEPT_CACHE_SIZE = 64;
  private static final int ACCEPT_CACHED_LENGTH = 256;
  private static final Map<String, AcceptParse> ACCEPT_CACHE = new ConcurrentHashMap<>();

  private static AcceptParse accept(String header) {
    AcceptParse cached = ACCEPT_CACHE.get(header);
    if (cached != null) {
      return cached;
    }
    List<Ranked> ranked = ranked(header);
    List<MediaRange> ranges = new ArrayList<>(ranked.size());
    for (Ranked r : ranked) {
      ranges.add(r.range());
    }
    AcceptParse parsed = new AcceptParse(List.copyOf(ranges), plan(ranked));
    if (header.length() <= ACCEPT_CACHED_LENGTH && ACCEPT_CACHE.size() < ACCEPT_CACHE_SIZE) {
      ACCEPT_CACHE.put(header, parsed);
    }
    return parsed;
  }

  /** The best plan range of an Accept header, with its parameters. */
  private static Optional<PlanMedia> plan(List<Ranked> ranked) {
    for (Ranked r : ranked) {
      if (r.range().is(MediaType.PLAN)) {
        return PlanMedia.of(r.text());
      }
    }
    return Optional.empty();
  }

  private record Ranked(MediaRange range, String text, double q, int specificity) {}

  /**
   * Media ranges of an Accept header in PostgREST's order (wai-extra's {@code parseHttpAccept}):
   * higher quality first, then the more specific range (more parameters, fewer {@code *}), then
   * header order. Ranges with {@code q=0} or without a {@code type/subtype} are dropped. Read once
   * per header for both the acceptable types and the plan's parameters.
   */
  private static List<Ranked> ranked(String header) {
    List<Ranked> found = new ArrayList<>();
    for (String part : header.split(",")) {
      String r = part.trim();
      String compact = r.replace(" ", "");
      int qAt = compact.indexOf(";q=");
      String range = qAt < 0 ? compact : compact.substring(0, qAt);
      double q = qAt < 0 ? 1 : quality(compact.substring(qAt + 3));
      int specificity = count(range, ';') - count(range, '*');
      MediaRange.of(r).filter(t -> q > 0).ifPresent(t -> found.add(new Ranked(t, r, q, specificity)));
    }
    // List.sort is stable: equal ranges keep header order
    found.sort(Comparator.comparingDouble((Ranked w) -> -w.q()).thenComparingInt(w -> -w.specificity()));
    return found;
  }

  private static double quality(String value) {
    int end = value.indexOf(';');
    try {
      return Double.parseDouble(end < 0 ? value : value.substring(0, end));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += s.charAt(i) == c ? 1 : 0;
    }
    return n;
  }

  private static String mediaTypeOnly(String contentType) {
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
  }
}
