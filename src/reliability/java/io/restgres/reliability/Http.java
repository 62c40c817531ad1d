package io.restgres.reliability;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** A small HTTP/1.1 client for the server under test, and the checks every response must pass. */
final class Http {
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();
  // Text only the server's own SQL or a Java failure would put in a body; the fuzzer never sends
  // any of it, so an echo of the request cannot match.
  private static final Pattern LEAK = Pattern.compile(
      "pgrst_source|pgrst_body|set_config\\(|json_agg\\(|coalesce\\(|\\bselect\\s+\\*|\\tat |\\bat [a-z]+\\.[a-z]+\\."
          + "|Exception\\b|java\\.|jakarta\\.|org\\.postgresql|io\\.restgres|com\\.sun|fish\\.payara|<html",
      Pattern.CASE_INSENSITIVE);

  private final String base;

  Http(String base) {
    this.base = base;
  }

  /** One response: status and body; status 0 when the connection failed. */
  record Result(int status, String body, String failure) {
    boolean is5xx() {
      return status >= 500 || status == 0;
    }
  }

  Result send(String method, String pathAndQuery, Map<String, String> headers, byte[] body) {
    try {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
          .timeout(Duration.ofSeconds(30))
          .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
      headers.forEach(b::header);
      HttpResponse<byte[]> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Result(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8), null);
    } catch (IOException e) {
      return new Result(0, "", e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Result(0, "", e.toString());
    }
  }

  Result get(String pathAndQuery, Map<String, String> headers) {
    return send("GET", pathAndQuery, headers, null);
  }

  /** PostgREST's error body: a JSON object with code, message, details and hint, and nothing else. */
  static boolean isErrorBody(String body) {
    JsonObject o = object(body);
    return o != null && o.keySet().equals(java.util.Set.of("code", "message", "details", "hint"))
        && o.get("code").getValueType() == JsonValue.ValueType.STRING
        && o.get("message").getValueType() == JsonValue.ValueType.STRING;
  }

  static JsonObject object(String body) {
    try (JsonReader r = Json.createReader(new StringReader(body))) {
      JsonValue v = r.readValue();
      return v.getValueType() == JsonValue.ValueType.OBJECT ? v.asJsonObject() : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  static boolean leaks(String body) {
    return LEAK.matcher(body).find();
  }

  static List<String> errorCodeOf(String body) {
    JsonObject o = object(body);
    return o == null || !o.containsKey("code") ? List.of() : List.of(String.valueOf(o.get("code")).replace("\"", ""));
  }
}
