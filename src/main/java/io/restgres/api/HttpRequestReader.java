package io.restgres.api;

import io.restgres.auth.AuthContext;
import io.restgres.request.RawRequest;
import io.restgres.response.HttpResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Converts between JAX-RS and the pipeline's plain records. */
final class HttpRequestReader {
  private HttpRequestReader() {}

  static RawRequest read(String method, String path, UriInfo uri, HttpHeaders headers, byte[] body) {
    Map<String, List<String>> lower = new HashMap<>();
    headers.getRequestHeaders().forEach((k, v) -> lower.merge(k.toLowerCase(Locale.ROOT), v, (a, b) -> {
      List<String> all = new java.util.ArrayList<>(a);
      all.addAll(b);
      return all;
    }));
    return new RawRequest(method, path, uri.getRequestUri().getRawQuery(), lower, body);
  }

  static AuthContext auth(HttpServletRequest servletRequest) {
    Object auth = servletRequest.getAttribute(AuthContext.ATTRIBUTE);
    if (auth instanceof AuthContext a) {
      return a;
    }
    throw new IllegalStateException("request passed no authentication filter");
  }

  static Response write(HttpResult result, HttpServletResponse servletResponse) {
    Response.ResponseBuilder b = Response.status(result.status());
    for (Map.Entry<String, String> h : result.headers()) {
      // JAX-RS re-formats Allow as "A, B"; PostgREST writes "A,B", so it bypasses JAX-RS.
      if (h.getKey().equals("Allow")) {
        servletResponse.setHeader(h.getKey(), h.getValue());
      } else {
        b.header(h.getKey(), h.getValue());
      }
    }
    if (result.body().length > 0) {
      b.entity(result.body());
    }
    return b.build();
  }
}
