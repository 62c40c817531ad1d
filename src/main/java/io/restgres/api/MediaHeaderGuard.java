package io.restgres.api;

import jakarta.enterprise.context.Dependent;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * Keeps the JAX-RS runtime out of content negotiation: it sees neither Accept nor Content-Type. The
 * pipeline reads both from the servlet request it gets from {@link CurrentRequest}, which this filter
 * hands over, and answers bad ones with PostgREST's errors (406 PGRST107, 400 PGRST102/PGRST100);
 * JAX-RS would reject a header it cannot parse ({@code Accept: ;;;}, {@code Content-Type: nope})
 * with its own HTML page before any of our code ran, would read a form's body as parameters, and
 * parses Accept on every request to select a method by media type, which no resource declares.
 */
@Dependent
public class MediaHeaderGuard extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    CurrentRequest.set(req);
    try {
      chain.doFilter(new WithoutMediaHeaders(req), res);
    } finally {
      CurrentRequest.clear();
    }
  }

  private static boolean hidden(String name) {
    return "accept".equalsIgnoreCase(name) || "content-type".equalsIgnoreCase(name);
  }

  /** The request as the JAX-RS runtime sees it. */
  static final class WithoutMediaHeaders extends HttpServletRequestWrapper {
    WithoutMediaHeaders(HttpServletRequest req) {
      super(req);
    }

    @Override
    public String getContentType() {
      return null;
    }

    @Override
    public String getHeader(String name) {
      return hidden(name) ? null : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return hidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
      List<String> names = Collections.list(super.getHeaderNames());
      names.removeIf(MediaHeaderGuard::hidden);
      return Collections.enumeration(names);
    }
  }
}
