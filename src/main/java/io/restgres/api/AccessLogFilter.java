package io.restgres.api;

import io.restgres.auth.AuthContext;
import io.restgres.config.ConfigHolder;
import io.restgres.config.LogLevel;
import io.restgres.log.AccessLogLine;
import io.restgres.log.RequestLog;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.enterprise.context.Dependent;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZonedDateTime;

/**
 * {@code log-level}'s access log: one line per request whose status the level logs, in PostgREST's
 * format ({@link AccessLogLine}), once the response is complete. Nothing is formatted for the
 * others, so at the default level a successful request costs one comparison. CORS preflights are
 * not logged: PostgREST's CORS middleware answers them before its application logs anything.
 */
@Dependent
public class AccessLogFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Inject transient ConfigHolder configs;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    boolean failed = true;
    try {
      chain.doFilter(req, res);
      failed = false;
    } finally {
      // an exception escaping here becomes the container's 500 page
      int status = failed ? 500 : res.getStatus();
      LogLevel level = configs.get().observability().logLevel();
      if (level.logsStatus(status) && !res.containsHeader("Access-Control-Max-Age")) {
        RequestLog.access(line(req, res, status));
      }
    }
  }

  private static AccessLogLine line(HttpServletRequest req, HttpServletResponse res, int status) {
    String query = req.getQueryString();
    String target = query == null ? req.getRequestURI() : req.getRequestURI() + "?" + query;
    String role = req.getAttribute(AuthContext.ATTRIBUTE) instanceof AuthContext a ? a.role() : null;
    return new AccessLogLine(req.getRemoteAddr(), role, ZonedDateTime.now(), req.getMethod(), target,
        req.getProtocol(), status, size(res), req.getHeader("Referer"), req.getHeader("User-Agent"));
  }

  // PostgREST logs the Content-Length the response declares, "-" without one (a chunked body)
  private static long size(HttpServletResponse res) {
    String length = res.getHeader("Content-Length");
    if (length == null) {
      return -1;
    }
    try {
      return Long.parseLong(length.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
