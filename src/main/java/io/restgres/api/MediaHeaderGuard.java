package io.restgres.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.enterprise.context.Dependent;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.regex.Pattern;

/**
 * Hides a Content-Type that is not {@code type/subtype} from the JAX-RS runtime, which would answer
 * it with an HTML page before our code runs; the pipeline still sees the original value (request
 * attribute {@link #ORIGINAL}) and answers PostgREST's 400 PGRST102; a form's type is hidden too.
 * It also hands the request to the resources ({@link CurrentRequest}).
 */
@Dependent
public class ContentTypeGuard extends HttpFilter {
  static final String ORIGINAL = "io.restgres.contentType";
  private static final long serialVersionUID = 1L;
  private static final Pattern MEDIA_TYPE = Pattern.compile("\\s*[\\w.+*-]+/[\\w.+*-]+\\s*(;.*)?");
  private static final String OPAQUE = "application/octet-stream";
  private static final String FORM = "application/x-www-form-urlencoded";

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    CurrentRequest.set(req);
    try {
      guard(req, res, chain);
    } finally {
      CurrentRequest.clear();
    }
  }

  // Jersey reads a form body's parameters through the servlet API itself, and warns in the log for
  // each such request; the pipeline reads the body as bytes (RPC form arguments)
  private static boolean isForm(String type) {
    return type.strip().regionMatches(true, 0, FORM, 0, FORM.length());
  }

  private static void guard(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String type = req.getContentType();
    if (type == null || MEDIA_TYPE.matcher(type).matches() && !isForm(type)) {
      chain.doFilter(req, res);
      return;
    }
    req.setAttribute(ORIGINAL, type);
    chain.doFilter(new HttpServletRequestWrapper(req) {
      @Override
      public String getContentType() {
        return OPAQUE;
      }

      @Override
      public String getHeader(String name) {
        return "content-type".equalsIgnoreCase(name) ? OPAQUE : super.getHeader(name);
      }

      @Override
      public Enumeration<String> getHeaders(String name) {
        return "content-type".equalsIgnoreCase(name)
            ? Collections.enumeration(java.util.List.of(OPAQUE)) : super.getHeaders(name);
      }
    }, res);
  }
}
