package io.restgres.request;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a request publishes to SQL as {@code request.method}, {@code request.path}, {@code
 * request.headers} and {@code request.cookies} (PostgREST {@code iMethod}, {@code iPath}, {@code
 * iHeaders}, {@code iCookies}).
 *
 * @param headers by lower-cased name, repeated values joined with {@code ", "}
 * @param cookies by name, from every {@code Cookie} header
 */
public record RequestInfo(String method, String path, SortedMap<String, String> headers,
    SortedMap<String, String> cookies) {
  public RequestInfo {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    headers = sorted(headers);
    cookies = sorted(cookies);
  }

  private static SortedMap<String, String> sorted(Map<String, String> m) {
    return Collections.unmodifiableSortedMap(new TreeMap<>(m));
  }
}
