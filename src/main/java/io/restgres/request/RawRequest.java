package io.restgres.request;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An HTTP request as the JAX-RS layer hands it to the pipeline: method, the path segment after the
 * root ({@code ""} for the root), the raw query string, headers with lower-cased names, and the body.
 */
public record RawRequest(
    String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body) {
  public RawRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    headers = Map.copyOf(headers);
    body = body == null ? new byte[0] : body;
  }

  /** The first value of a header, by case-insensitive name (a lower-case one needs no conversion). */
  public Optional<String> header(String name) {
    List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
    return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
  }

  /** All values of a header, by case-insensitive name. */
  public List<String> headerValues(String name) {
    return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
  }
}
