package io.restgres.admin;

import io.restgres.error.ApiException;
import io.restgres.error.ErrorCode;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.enterprise.context.Dependent;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Counts the requests in flight for a graceful stop ({@link Lifecycle}) and, once it has begun,
 * answers new ones with 503 and {@code Connection: close}, so that clients and load balancers go
 * elsewhere while the requests already running finish.
 */
@Dependent
public class DrainFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  private static final ApiException STOPPING = ErrorCode.REJECTED_BY_SERVER.exception(503, "Service Unavailable");
  private static final byte[] BODY = STOPPING.toJson().getBytes(StandardCharsets.UTF_8);

  @Inject transient Lifecycle lifecycle;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (!lifecycle.enter()) {
      res.setStatus(503);
      res.setHeader("Connection", "close");
      res.setHeader("Content-Type", "application/json; charset=utf-8");
      res.setHeader("Proxy-Status", "PostgREST; error=" + STOPPING.code());
      res.setContentLength(BODY.length);
      if (!"HEAD".equals(req.getMethod())) {
        res.getOutputStream().write(BODY);
      }
      return;
    }
    try {
      chain.doFilter(req, res);
    } finally {
      lifecycle.leave();
    }
  }
}
