package io.restgres.admin;

import io.restgres.config.AppConfig;
import io.restgres.openapi.Oas3Builder;
import io.restgres.openapi.OpenApiView;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * The admin server's {@code /openapi}: the OpenAPI 3 document, built on every request from the
 * schema cache in force (so a schema reload shows at once), in MicroProfile OpenAPI's formats: YAML
 * by default, JSON with {@code Accept: application/json} or {@code ?format=JSON}.
 */
final class OpenApiEndpoint {
  static final String YAML = "application/yaml; charset=utf-8";
  static final String JSON = "application/json; charset=utf-8";

  /** The body and its content type. */
  record Document(String contentType, String body) {}

  private OpenApiEndpoint() {}

  static Document render(OpenApiView view, AppConfig config, Optional<String> accept, Optional<String> query) {
    boolean bearer = config.jwtSecret().isPresent() || config.jwtJwksUrl().isPresent();
    OpenAPI doc = Oas3Builder.build(view, serverUrl(config), bearer, config.dbSchemas().size() > 1);
    return wantsJson(accept, query) ? new Document(JSON, OasText.json(doc)) : new Document(YAML, OasText.yaml(doc));
  }

  // openapi-server-proxy-uri when set, else the API port of this host (server-host, server-port)
  static String serverUrl(AppConfig config) {
    return config.openApi().serverProxyUri().map(Object::toString).orElseGet(() -> {
      String host = AdminServer.bindAddress(config.serverHost());
      host = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host.contains(":") ? "[" + host + "]" : host;
      return "http://" + host + ":" + config.serverPort() + "/";
    });
  }

  static boolean wantsJson(Optional<String> accept, Optional<String> query) {
    boolean formatJson = query.map(q -> ("&" + q + "&").toLowerCase(Locale.ROOT).contains("&format=json&")).orElse(false);
    return formatJson || accept.map(a -> a.toLowerCase(Locale.ROOT).contains("application/json")).orElse(false);
  }
}
