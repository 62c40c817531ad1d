package io.restgres.request.parse;

import io.restgres.request.RawRequest;
import io.restgres.request.RequestInfo;
import java.util.TreeMap;

/** Reads the headers and cookies a request publishes to SQL. */
final class RequestInfoParser {
  private RequestInfoParser() {}

  static RequestInfo parse(RawRequest raw) {
    TreeMap<String, String> headers = new TreeMap<>();
    raw.headers().forEach((k, v) -> headers.put(k, String.join(", ", v)));
    return new RequestInfo(raw.method(), "/" + raw.path(), headers, cookies(raw));
  }

  private static TreeMap<String, String> cookies(RawRequest raw) {
    TreeMap<String, String> cookies = new TreeMap<>();
    for (String header : raw.headerValues("cookie")) {
      for (String pair : header.split(";")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
      }
    }
    return cookies;
  }
}
