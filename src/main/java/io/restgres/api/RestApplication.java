package io.restgres.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/** The JAX-RS application, at the context root, as PostgREST serves its API at {@code /}. */
@ApplicationPath("/")
public class RestApplication extends Application {
  /**
   * PostgREST sends {@code Location: /table?pk=eq.1} as written; JAX-RS would otherwise make it an
   * absolute URI on this server's host name, which behind a proxy is the wrong one. A response of
   * the application is sent as it is, also an error without a body: never replaced by the
   * container's error page (web.xml), which is for what the container answers itself.
   *
   * <p>The rest switches off what the pipeline never uses and Jersey would otherwise set up or run
   * per request: WADL, auto-discovered features (JSON-B, JSON-P, MOXy, bean validation), and the
   * META-INF/services provider lookup. Bodies are bytes and strings; PostgreSQL renders the JSON.
   *
   * <p>Every body the application sends has its Content-Length set where it is built, as PostgREST
   * sends one with every body; Jersey's own measuring (an 8 KiB buffer per response, chunked past
   * it) is off.
   */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of(
        "jersey.config.server.headers.location.relative.resolution.disabled", true,
        "jersey.config.servlet.response.setStatusOverSendError", true,
        "jersey.config.server.wadl.disableWadl", true,
        "jersey.config.server.disableAutoDiscovery", true,
        "jersey.config.server.disableMetainfServicesLookup", true,
        "jersey.config.beanValidation.disable.server", true,
        "jersey.config.server.disableJsonProcessing", true,
        "jersey.config.server.disableMoxyJson", true,
        "jersey.config.server.contentLength.buffer", 0);
  }
}
