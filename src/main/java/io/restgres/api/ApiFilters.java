package io.restgres.api;

import io.restgres.admin.DrainFilter;
import io.restgres.admin.RequestTimingFilter;
import io.restgres.auth.AuthFilter;
import jakarta.inject.Inject;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * The API's one servlet filter: it runs the request-level filters, outermost first: a stopping
 * server refuses new requests ({@link DrainFilter}), the request is timed for the metrics ({@link
 * RequestTimingFilter}) and logged ({@link AccessLogFilter}), the trace header is echoed ({@link
 * TraceHeaderFilter}), CORS is applied ({@link CorsFilter}), the request is authenticated ({@link
 * AuthFilter}), Accept and Content-Type are kept from the JAX-RS runtime ({@link MediaHeaderGuard},
 * which also hands the request to the resources), and an error's own reason phrase reaches the
 * status line ({@link ReasonPhraseFilter}). They run as one because the web container fires
 * invocation events (invocation stack, security context) around each filter it calls itself, about
 * 1 % of a small read's CPU per filter; and here rather than as JAX-RS filters, which Jersey sorts
 * and runs through its filtering stages on every request.
 */
@WebFilter("/*")
public class ApiFilters extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Inject transient DrainFilter drain;
  @Inject transient RequestTimingFilter timing;
  @Inject transient AccessLogFilter accessLog;
  @Inject transient TraceHeaderFilter traceHeader;
  @Inject transient CorsFilter cors;
  @Inject transient AuthFilter auth;
  @Inject transient MediaHeaderGuard mediaHeaders;
  @Inject transient ReasonPhraseFilter reasonPhrase;
  private transient List<Filter> order;

  @Override
  public void init() {
    order = List.of(drain, timing, accessLog, traceHeader, cors, auth, mediaHeaders, reasonPhrase);
  }

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    run(0, req, res, chain);
  }

  private void run(int i, ServletRequest req, ServletResponse res, FilterChain last)
      throws IOException, ServletException {
    if (i == order.size()) {
      last.doFilter(req, res);
    } else {
      order.get(i).doFilter(req, res, (rq, rs) -> run(i + 1, rq, rs, last));
    }
  }
}
