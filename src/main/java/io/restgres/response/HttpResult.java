package io.restgres.response;

import io.restgres.db.ResultBody;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Status, headers and body of a response, ready for the HTTP layer to write unchanged. */
public record HttpResult(int status, List<Map.Entry<String, String>> headers, ResultBody body) {
  /**
   * What a cache must key a response on (PostgREST v16 sends it on every answer of the API): the
   * representation depends on these request headers. A {@code Vary} set by SQL wins.
   */
  public static final Map.Entry<String, String> VARY = Map.entry("Vary", "Accept, Prefer, Range");

  public HttpResult {
    headers = List.copyOf(headers);
    body = body == null ? ResultBody.of(null) : body;
  }

  /** This result with {@link #VARY}, unless it has a {@code Vary} header already. */
  public HttpResult withVary() {
    if (headers.stream().anyMatch(h -> h.getKey().equalsIgnoreCase("Vary"))) {
      return this;
    }
    List<Map.Entry<String, String>> all = new ArrayList<>(headers);
    all.add(VARY);
    return new HttpResult(status, all, body);
  }

  /** This result with one more header. */
  public HttpResult withHeader(String name, String value) {
    List<Map.Entry<String, String>> all = new ArrayList<>(headers);
    all.add(Map.entry(name, value));
    return new HttpResult(status, all, body);
  }
}
