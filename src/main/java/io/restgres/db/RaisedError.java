package io.restgres.db;

import io.restgres.error.ApiException;
import io.restgres.error.ErrorCode;
import io.restgres.json.Jsonp;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code RAISE SQLSTATE 'PGRST' USING message = '<json>', detail = '<json>'}: SQL in full control
 * of the error response (PostgREST {@code Error.hs:parseRaisePGRST}). MESSAGE is the body, {@code
 * {"code","message"[,"details"][,"hint"]}}; DETAIL gives {@code {"status","headers"[,
 * "status_text"]}}. A payload that does not fit is 500 PGRST121 with PostgREST's details and hint.
 */
final class RaisedError {
  private static final String MESSAGE_HINT = "MESSAGE must be a JSON object with obligatory keys: 'code', "
      + "'message' and optional keys: 'details', 'hint'.";
  private static final String DETAIL_HINT = "DETAIL must be a JSON object with obligatory keys: "
      + "'status', 'headers' and optional key: 'status_text'.";

  private RaisedError() {}

  static ApiException of(String message, String detail) {
    Optional<JsonObject> body = Jsonp.object(message)
        .filter(m -> m.get("code") instanceof JsonString && m.get("message") instanceof JsonString)
        .filter(m -> optionalString(m.get("details")) && optionalString(m.get("hint")));
    if (body.isEmpty()) {
      return parseError("Invalid JSON value for MESSAGE: '" + message + "'", MESSAGE_HINT);
    }
    if (detail == null) {
      return parseError("DETAIL is missing in the RAISE statement", DETAIL_HINT);
    }
    Optional<JsonObject> response = Jsonp.object(detail)
        .filter(d -> status(d.get("status")).isPresent() && optionalString(d.get("status_text")))
        .filter(d -> headers(d.get("headers")).isPresent());
    if (response.isEmpty()) {
      return parseError("Invalid JSON value for DETAIL: '" + detail + "'", DETAIL_HINT);
    }
    JsonObject b = body.get();
    JsonObject r = response.get();
    ApiException error = new ApiException(
        status(r.get("status")).get(),
        b.getString("code"),
        b.getString("message"),
        b.getString("details", null),
        b.getString("hint", null),
        headers(r.get("headers")).get());
    return r.get("status_text") instanceof JsonString text ? error.withReasonPhrase(text.getString()) : error;
  }

  private static ApiException parseError(String details, String hint) {
    return ErrorCode.INVALID_RAISE.exception(
        "Could not parse JSON in the \"RAISE SQLSTATE 'PGRST'\" error", details, hint);
  }

  private static boolean optionalString(JsonValue value) {
    return value == null || value == JsonValue.NULL || value instanceof JsonString;
  }

  /** An integral JSON number that HTTP can carry as a status. */
  private static Optional<Integer> status(JsonValue value) {
    if (!(value instanceof JsonNumber n)) {
      return Optional.empty();
    }
    try {
      int status = n.bigDecimalValue().intValueExact();
      return status >= 100 && status <= 599 ? Optional.of(status) : Optional.empty();
    } catch (ArithmeticException e) {
      return Optional.empty();
    }
  }

  /** An object of string values, written in key order as PostgREST's {@code Map} does. */
  private static Optional<List<Map.Entry<String, String>>> headers(JsonValue value) {
    if (!(value instanceof JsonObject m)) {
      return Optional.empty();
    }
    Map<String, String> sorted = new TreeMap<>();
    for (Map.Entry<String, JsonValue> e : m.entrySet()) {
      if (!(e.getValue() instanceof JsonString s)) {
        return Optional.empty();
      }
      String v = s.getString();
      if (v.indexOf('\r') >= 0 || v.indexOf('\n') >= 0) {
        return Optional.empty();
      }
      sorted.put(e.getKey(), v);
    }
    return Optional.of(new ArrayList<>(sorted.entrySet()));
  }
}
