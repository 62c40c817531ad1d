package io.restgres.api;

import io.restgres.config.ConfigHolder;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * CORS as PostgREST applies it (its {@code Cors.hs} over wai-cors): only requests with an
 * {@code Origin} header are concerned; an OPTIONS preflight is answered here, before authentication;
 * other responses, errors included, get the allow-origin and expose-headers headers. With
 * {@code server-cors-allowed-origins} set, other origins get no CORS headers at all.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class CorsFilter implements ContainerRequestFilter, ContainerResponseFilter {
  private static final String METHODS = "GET, POST, PATCH, PUT, DELETE, OPTIONS, HEAD";
  private static final Set<String> METHOD_SET = Set.of(METHODS.split(", "));
  private static final List<String> SIMPLE_HEADERS = List.of("Accept", "Accept-Language", "Content-Language");
  private static final String EXPOSED = "Content-Encoding, Content-Location, Content-Range, Content-Type, "
      + "Date, Location, Server, Transfer-Encoding, Range-Unit";

  @Inject ConfigHolder configs;

  @Override
  public void filter(ContainerRequestContext req) {
    String origin = req.getHeaderString("Origin");
    String method = req.getHeaderString("Access-Control-Request-Method");
    if (origin == null || !"OPTIONS".equals(req.getMethod()) || method == null || !allowed(origin)
        || !METHOD_SET.contains(method)) {
      return;
    }
    Response.ResponseBuilder r = Response.ok();
    originHeaders(origin).forEach(h -> r.header(h[0], h[1]));
    r.header("Access-Control-Allow-Methods", METHODS);
    r.header("Access-Control-Allow-Headers", String.join(", ", allowedHeaders(req)));
    r.header("Access-Control-Max-Age", "86400");
    req.abortWith(r.build());
  }

  @Override
  public void filter(ContainerRequestContext req, ContainerResponseContext res) {
    String origin = req.getHeaderString("Origin");
    if (origin == null || !allowed(origin) || res.getHeaders().containsKey("Access-Control-Max-Age")) {
      return;
    }
    MultivaluedMap<String, Object> headers = res.getHeaders();
    headers.remove("Access-Control-Allow-Origin");
    originHeaders(origin).forEach(h -> headers.add(h[0], h[1]));
    headers.add("Access-Control-Expose-Headers", EXPOSED);
  }

  private boolean allowed(String origin) {
    List<String> origins = configs.get().serverCorsAllowedOrigins();
    return origins.isEmpty() || origins.contains(origin);
  }

  private List<String[]> originHeaders(String origin) {
    List<String[]> out = new ArrayList<>();
    if (configs.get().serverCorsAllowedOrigins().isEmpty()) {
      out.add(new String[] {"Access-Control-Allow-Origin", "*"});
    } else {
      out.add(new String[] {"Access-Control-Allow-Origin", origin});
      out.add(new String[] {"Access-Control-Allow-Credentials", "true"});
    }
    return out;
  }

  // Authorization, then what the preflight asks for, then the simple headers (wai-cors' union).
  private static List<String> allowedHeaders(ContainerRequestContext req) {
    Set<String> seen = new LinkedHashSet<>();
    List<String> out = new ArrayList<>();
    List<String> all = new ArrayList<>(List.of("Authorization"));
    String requested = req.getHeaderString("Access-Control-Request-Headers");
    if (requested != null) {
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
