package io.restgres.api;

import io.restgres.config.AppConfig;
import io.restgres.config.ConfigHolder;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.enterprise.context.Dependent;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code server-trace-header}: the named request header comes back in the response, errors
 * included, so that a proxy's request id can be followed through (PostgREST's traceHeaderMiddleware).
 */
@Dependent
public class TraceHeaderFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Inject transient ConfigHolder configs;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    configs.get().serverTraceHeader().ifPresent(name -> {
      String value = req.getHeader(name);
      if (value != null) {
        res.setHeader(name, value);
      }
    });
    chain.doFilter(req, res);
  }

  /**
   * The request's trace id for the log, {@code X-Request-Id: 42}: the configured header and the
   * value the request sent; null without either.
   */
  static String traceId(HttpServletRequest req, AppConfig config) {
    if (req == null || config.serverTraceHeader().isEmpty()) {
      return null;
    }
    String name = config.serverTraceHeader().get();
    String value = req.getHeader(name);
    return value == null ? null : name + ": " + value;
  }
}
