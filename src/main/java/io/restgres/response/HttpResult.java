package io.restgres.response;

import java.util.List;
import java.util.Map;

/** Status, headers and body of a response, ready for the HTTP layer to write unchanged. */
public record HttpResult(int status, List<Map.Entry<String, String>> headers, byte[] body) {
  public HttpResult {
    headers = List.copyOf(headers);
    body = body == null ? new byte[0] : body;
  }
}
