package io.restgres.request;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed request, independent of the database: what to do, on which target of which schema,
 * with which query, preferences, range, media types and body.
 *
 * @param target the root, the relation or the function the path names
 * @param schema the schema chosen by profile headers, or the default
 * @param profileRequested whether Accept-Profile/Content-Profile named the schema
 * @param headerRange the {@code Range} header's range (GET only)
 * @param accept the acceptable media ranges, best first (PostgREST's order: quality, then the more
 *     specific range)
 * @param plan the parameters of the best {@link MediaType#PLAN} range of {@code accept}
 * @param payload the body of a POST, PUT or PATCH on a relation (a call's is in its target)
 * @param info what the request publishes to SQL as {@code request.*} settings
 */
public record ApiRequest(
    Action action,
    Target target,
    String schema,
    boolean profileRequested,
    QueryParams query,
    Preferences preferences,
    Optional<RangeSpec> headerRange,
    List<MediaRange> accept,
    String acceptHeader,
    Optional<PlanMedia> plan,
    Optional<Payload> payload,
    RequestInfo info) {
  public ApiRequest {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(schema, "schema");
    accept = List.copyOf(accept);
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(info, "info");
  }

  /** The same request with another action: an RPC call plans its result as a read. */
  public ApiRequest withAction(Action a) {
    return new ApiRequest(a, target, schema, profileRequested, query, preferences, headerRange, accept,
        acceptHeader, plan, payload, info);
  }

  /** Whether the path is {@code /rpc/{function}}. */
  public boolean isCall() {
    return target instanceof Target.Call;
  }
}
