package io.restgres.response;

import io.restgres.error.ApiException;
import io.restgres.error.ErrorCode;
import io.restgres.json.Jsonp;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Applies what SQL decided about a successful response: the {@code response.status} and {@code
 * response.headers} settings a function, view or trigger set during the main statement (PostgREST
 * {@code Response.hs:overrideStatusHeaders}, {@code Response/GucHeader.hs}). The status replaces
 * ours; each header named in the GUC replaces ours of that name (case-insensitively), and repeated
 * names, such as several {@code Set-Cookie}, are all kept.
 */
public final class ResponseGucs {
  /** RFC 9110 token characters, the only ones a header name may have. */
  private static final String TCHAR = "!#$%&'*+-.^_`|~";

  private ResponseGucs() {}

  /**
   * @param headersJson {@code response.headers}, or null when unset
   * @param status {@code response.status}, or null when unset
   * @throws ApiException 500 PGRST111 or PGRST112 when a setting is not valid
   */
  public static HttpResult apply(HttpResult result, String headersJson, String status) {
    if (headersJson == null && status == null) {
      return result;
    }
    int newStatus = status == null ? result.status() : status(status);
    List<Map.Entry<String, String>> gucHeaders = headersJson == null ? List.of() : headers(headersJson);
    Set<String> named = gucHeaders.stream()
        .map(h -> h.getKey().toLowerCase(Locale.ROOT))
        .collect(Collectors.toSet());
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    result.headers().stream()
        .filter(h -> !named.contains(h.getKey().toLowerCase(Locale.ROOT)))
        .forEach(headers::add);
    headers.addAll(gucHeaders);
    return new HttpResult(newStatus, headers, result.body());
  }

  /**
   * A JSON array of objects with one string member each. Content-Length is skipped: the container
   * computes it from the body, and a different value would corrupt the response.
   */
  static List<Map.Entry<String, String>> headers(String json) {
    JsonValue parsed;
    try {
      parsed = Jsonp.parse(json);
    } catch (IllegalArgumentException e) {
      throw headersError();
    }
    if (!(parsed instanceof JsonArray items)) {
      throw headersError();
    }
    List<Map.Entry<String, String>> out = new ArrayList<>();
    for (JsonValue item : items) {
      if (!(item instanceof JsonObject m && m.size() == 1)) {
        throw headersError();
      }
      Map.Entry<String, JsonValue> e = m.entrySet().iterator().next();
      if (!(e.getValue() instanceof JsonString s) || !isToken(e.getKey()) || !isFieldValue(s.getString())) {
        throw headersError();
      }
      if (!e.getKey().equalsIgnoreCase("Content-Length")) {
        out.add(Map.entry(e.getKey(), s.getString()));
      }
    }
    return out;
  }

  /**
   * Leading decimal digits, as Haskell's {@code Data.Text.Read.decimal} reads them (so {@code
   * "418 teapot"} is 418), within 100–599, which is all HTTP can carry.
   */
  static int status(String text) {
    int end = 0;
    while (end < text.length() && end < 4 && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
      end++;
    }
    Optional<Integer> status = end == 0 ? Optional.empty() : Optional.of(Integer.parseInt(text.substring(0, end)));
    return status.filter(s -> s >= 100 && s <= 599)
        .orElseThrow(() -> ErrorCode.INVALID_RESPONSE_STATUS.exception(
            "response.status guc must be a valid status code"));
  }

  private static ApiException headersError() {
    return ErrorCode.INVALID_RESPONSE_HEADERS.exception(
        "response.headers guc must be a JSON array composed of objects with a single key and a string value");
  }

  private static boolean isToken(String name) {
    return !name.isEmpty()
        && name.chars().allMatch(c -> c < 127 && (Character.isLetterOrDigit(c) || TCHAR.indexOf(c) >= 0));
  }

  private static boolean isFieldValue(String value) {
    return value.chars().noneMatch(c -> c == '\r' || c == '\n' || c == 0);
  }
}
