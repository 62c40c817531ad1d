package io.restgres.admin;

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
 * Times every request of the API and records it in {@link RequestMetrics}, which only the admin
 * server's {@code /metrics} shows: without an admin server nothing is timed.
 */
@Dependent
public class RequestTimingFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Inject transient RequestMetrics metrics;
  @Inject transient ConfigHolder configs;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (configs.get().admin().port().isEmpty()) {
      chain.doFilter(req, res);
      return;
    }
    long start = System.nanoTime();
    boolean failed = true;
    try {
      chain.doFilter(req, res);
      failed = false;
    } finally {
      // an exception escaping here becomes the container's 500 page
      metrics.record(req.getMethod(), failed ? 500 : res.getStatus(), System.nanoTime() - start);
    }
  }
}
