package io.restgres.admin;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.enterprise.context.Dependent;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Times every request of the API and records it in {@link RequestMetrics}. */
@Dependent
public class RequestTimingFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Inject transient RequestMetrics metrics;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    long start = System.nanoTime();
    try {
      chain.doFilter(req, res);
    } finally {
      metrics.record(req.getMethod(), res.getStatus(), System.nanoTime() - start);
    }
  }
}
