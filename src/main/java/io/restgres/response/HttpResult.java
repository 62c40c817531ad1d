package io.restgres.response;

import io.restgres.db.ResultBody;
import java.util.List;
import java.util.Map;

/** Status, headers and body of a response, ready for the HTTP layer to write unchanged. */
public record HttpResult(int status, List<Map.Entry<String, String>> headers, ResultBody body) {
  public HttpResult {
    headers = List.copyOf(headers);
    body = body == null ? ResultBody.of(null) : body;
  }
}
