package io.restgres.request;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed request, independent of the database: what to do, on which relation of which schema,
 * with which query, preferences, range, media types and body.
 *
 * @param relation the path's relation name; empty for the root
 * @param schema the schema chosen by profile headers, or the default
 * @param profileRequested whether Accept-Profile/Content-Profile named the schema
 * @param headerRange the {@code Range} header's range (GET only)
 * @param accept the acceptable media types, best first
 * @param contentType the request body's media type, lower-cased, without parameters
 * @param rpc whether the path is {@code /rpc/{function}}; {@code relation} then names the function
 * @param rpcArgs an RPC GET/HEAD's function arguments: the query parameters that are not filters
 */
public record ApiRequest(
    Action action,
    Optional<String> relation,
    String schema,
    boolean profileRequested,
    QueryParams query,
    Preferences preferences,
    Optional<RangeSpec> headerRange,
    List<MediaType> accept,
    String acceptHeader,
    Optional<String> contentType,
    byte[] body,
    boolean rpc,
    List<Map.Entry<String, String>> rpcArgs) {
  public ApiRequest {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(schema, "schema");
    accept = List.copyOf(accept);
    rpcArgs = List.copyOf(rpcArgs);
  }

  /** The same request with another action: an RPC call plans its result as a read. */
  public ApiRequest withAction(Action a) {
    return new ApiRequest(a, relation, schema, profileRequested, query, preferences, headerRange, accept,
        acceptHeader, contentType, body, rpc, rpcArgs);
  }
}
