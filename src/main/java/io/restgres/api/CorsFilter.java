package io.restgres.api;

import io.restgres.config.ConfigHolder;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * CORS as PostgREST applies it (its {@code Cors.hs} over wai-cors), around the application as there:
 * only requests with an {@code Origin} header are concerned; an OPTIONS preflight is answered here,
 * before authentication; every other response, errors included, gets the allow-origin and
 * expose-headers headers, which a function's {@code response.headers} cannot replace. With {@code
 * server-cors-allowed-origins} set, other origins get no CORS headers at all.
 */
@Dependent
public class CorsFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  private static final String METHODS = "GET, POST, PATCH, PUT, DELETE, OPTIONS, HEAD";
  private static final Set<String> METHOD_SET = Set.of(METHODS.split(", "));
  private static final List<String> SIMPLE_HEADERS = List.of("Accept", "Accept-Language", "Content-Language");
  private static final String EXPOSED = "Content-Encoding, Content-Location, Content-Range, Content-Type, "
      + "Date, Location, Server, Transfer-Encoding, Range-Unit";
  private static final Set<String> OWN = Set.of("access-control-allow-origin",
      "access-control-allow-credentials", "access-control-expose-headers");

  @Inject transient ConfigHolder configs;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String origin = req.getHeader("Origin");
    if (origin == null || !allowed(origin)) {
      chain.doFilter(req, res);
      return;
    }
    String method = req.getHeader("Access-Control-Request-Method");
    originHeaders(res, origin);
    if ("OPTIONS".equals(req.getMethod()) && method != null && METHOD_SET.contains(method)) {
      res.setStatus(200);
      res.setHeader("Access-Control-Allow-Methods", METHODS);
      res.setHeader("Access-Control-Allow-Headers", String.join(", ", allowedHeaders(req)));
      res.setHeader("Access-Control-Max-Age", "86400");
      res.setContentLength(0);
      return;
    }
    res.setHeader("Access-Control-Expose-Headers", EXPOSED);
    chain.doFilter(req, new HttpServletResponseWrapper(res) {
      @Override
      public void setHeader(String name, String value) {
        if (!own(name)) {
          super.setHeader(name, value);
        }
      }

      @Override
      public void addHeader(String name, String value) {
        if (!own(name)) {
          super.addHeader(name, value);
        }
      }
    });
  }

  private static boolean own(String name) {
    return OWN.contains(name.toLowerCase(Locale.ROOT));
  }

  private boolean allowed(String origin) {
    List<String> origins = configs.get().serverCorsAllowedOrigins();
    return origins.isEmpty() || origins.contains(origin);
  }

  private void originHeaders(HttpServletResponse res, String origin) {
    if (configs.get().serverCorsAllowedOrigins().isEmpty()) {
      res.setHeader("Access-Control-Allow-Origin", "*");
    } else {
      res.setHeader("Access-Control-Allow-Origin", origin);
      res.setHeader("Access-Control-Allow-Credentials", "true");
    }
  }

  // Authorization, then what the preflight asks for, then the simple headers (wai-cors' union).
  private static List<String> allowedHeaders(HttpServletRequest req) {
    Set<String> seen = new LinkedHashSet<>();
    List<String> out = new ArrayList<>();
    List<String> all = new ArrayList<>(List.of("Authorization"));
    for (String requested : Collections.list(req.getHeaders("Access-Control-Request-Headers"))) {
      for (String h : requested.split(",")) {
        if (!h.isBlank()) {
          all.add(h.strip());
        }
      }
    }
    all.addAll(SIMPLE_HEADERS);
    for (String h : all) {
      if (seen.add(h.toLowerCase(Locale.ROOT))) {
        out.add(h);
      }
    }
    return out;
  }
}
