package io.restgres.api;

import io.restgres.auth.AuthContext;
import io.restgres.auth.AuthFilter;
import io.restgres.request.RawRequest;
import io.restgres.request.parse.PercentDecoder;
import io.restgres.db.ResultBody;
import io.restgres.response.HttpResult;
import io.restgres.response.ServerTiming;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Converts between JAX-RS and the pipeline's plain records. */
final class HttpRequestReader {
  private HttpRequestReader() {}

  /**
   * One request of a resource: authentication first (a bad token is answered before the body is
   * read, as in PostgREST), then the body within {@code maxBody}, the pipeline and the response.
   */
  static Response handle(RequestHandler handler, long maxBody, String method, String path, InputStream body) {
    HttpServletRequest req = CurrentRequest.get();
    AuthContext auth = auth(req);
    byte[] bytes = body == null ? null : BoundedBody.read(body, req.getContentLengthLong(), maxBody);
    return write(handler.handle(read(method, path, req, bytes), auth, timing(req)));
  }

  static RawRequest read(String method, String path, HttpServletRequest req, byte[] body) {
    path = withMatrixPart(path, req);
    Map<String, List<String>> lower = new HashMap<>();
    for (Enumeration<String> names = req.getHeaderNames(); names.hasMoreElements(); ) {
      String name = names.nextElement();
      List<String> values = Collections.list(req.getHeaders(name));
      lower.merge(name.toLowerCase(Locale.ROOT), values, (a, b) -> {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
      });
    }
    return new RawRequest(method, path, req.getQueryString(), lower, body);
  }

  // JAX-RS cuts a path segment at ';' (matrix parameters), but PostgREST takes it as part of the
  // name (a table may be called "Escap3e;"): the segment is read again from the raw URI.
  private static String withMatrixPart(String path, HttpServletRequest req) {
    String uri = req.getRequestURI();
    if (uri == null || uri.indexOf(';') < 0) {
      return path;
    }
    String segment = uri.substring(uri.lastIndexOf('/') + 1);
    // as in a path '+' is itself, and a malformed escape (/t;%zz) stays literal rather than failing
    return path.substring(0, path.lastIndexOf('/') + 1) + PercentDecoder.decodeUri(segment);
  }

  /** The request's authentication; throws its failure (the resources' first step). */
  static AuthContext auth(HttpServletRequest servletRequest) {
    AuthFilter.failure(servletRequest).ifPresent(e -> {
      throw e;
    });
    Object auth = servletRequest.getAttribute(AuthContext.ATTRIBUTE);
    if (auth instanceof AuthContext a) {
      return a;
    }
    throw new IllegalStateException("request passed no authentication filter");
  }

  /** The request's stage timings ({@code server-timing-enabled}), or {@link ServerTiming#OFF}. */
  static ServerTiming timing(HttpServletRequest servletRequest) {
    return servletRequest.getAttribute(ServerTiming.ATTRIBUTE) instanceof ServerTiming t ? t : ServerTiming.OFF;
  }

  static Response write(HttpResult result) {
    Response.ResponseBuilder b = Response.status(result.status());
    for (Map.Entry<String, String> h : result.headers()) {
      b.header(h.getKey(), h.getValue());
    }
    ResultBody body = result.body();
    if (body.inOneArray() && !body.isEmpty()) {
      byte[] bytes = body.bytes();
      b.header("Content-Length", Integer.toString(bytes.length)).entity(bytes);
    } else if (!body.isEmpty()) {
      // segments in memory or a body spilled to a file: its length is known, so the response is
      // sized, not chunked
      b.header("Content-Length", Long.toString(body.size()));
      b.entity((StreamingOutput) out -> {
        try (body) {
          body.writeTo(out);
        }
      });
    } else if (result.status() != 204 && result.status() != 304) {
      b.header("Content-Length", "0");
      if (result.status() == 205) {
        // Grizzly drops the Content-Length of a 205 (a status set through response.status), which
        // then is neither sized nor chunked; closing the connection ends it (RFC 7231 6.3.6 c)
        b.header("Connection", "close");
      }
    }
    return b.build();
  }
}
