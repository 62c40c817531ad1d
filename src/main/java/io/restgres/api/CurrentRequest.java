package io.restgres.api;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The servlet request this thread is serving, for the resources. JAX-RS would inject it as a
 * {@code @Context} parameter, but Jersey builds that injection anew for every request (HK2 factory
 * instances, about 4 % of a small read's CPU); the resources run on the filter's thread, so the
 * filter hands it over here and takes it back when the request leaves.
 */
final class CurrentRequest {
  private static final ThreadLocal<HttpServletRequest> REQUEST = new ThreadLocal<>();

  private CurrentRequest() {}

  static HttpServletRequest get() {
    HttpServletRequest req = REQUEST.get();
    if (req == null) {
      throw new IllegalStateException("no servlet request on this thread");
    }
    return req;
  }

  static void set(HttpServletRequest req) {
    REQUEST.set(req);
  }

  static void clear() {
    REQUEST.remove();
  }
}
