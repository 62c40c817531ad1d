package io.restgres.api;

import io.restgres.config.AppConfig;
import io.restgres.openapi.OpenApiBuilder;
import io.restgres.error.ErrorCode;
import io.restgres.request.ApiRequest;
import io.restgres.request.MediaType;
import io.restgres.request.RawRequest;
import io.restgres.request.parse.ApiRequestParser;
import io.restgres.schema.load.SchemaCacheHolder;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;

/** {@code /}: the OpenAPI (Swagger 2.0) description of the schema chosen by Accept-Profile. */
@Path("")
public class RootResource {
  @Inject AppConfig config;
  @Inject SchemaCacheHolder schemaCache;
  @Context UriInfo uri;
  @Context HttpHeaders headers;
  @Context HttpServletResponse servletResponse;

  @GET
  public Response get() {
    RawRequest raw = HttpRequestReader.read("GET", "", uri, headers, null);
    ApiRequest req = ApiRequestParser.parse(raw, config.dbSchemas());
    String schema = req.schema();
    boolean acceptable = req.accept().stream()
        .anyMatch(t -> t == MediaType.OPENAPI || t == MediaType.JSON || t == MediaType.ANY);
    if (!acceptable) {
      throw ErrorCode.UNACCEPTABLE_MEDIA_TYPE.exception(
          "None of these media types are available: " + req.acceptHeader());
    }
    String host = uri.getBaseUri().getHost() + ":" + uri.getBaseUri().getPort();
    byte[] body = OpenApiBuilder.build(schemaCache.get(), schema, host, config)
        .toString().getBytes(StandardCharsets.UTF_8);
    Response.ResponseBuilder b = Response.ok(body).header("Content-Type", "application/openapi+json; charset=utf-8");
    if (config.dbSchemas().size() > 1 || raw.header("Accept-Profile").isPresent()) {
      b.header("Content-Profile", schema);
    }
    return b.build();
  }

  @HEAD
  public Response head() {
    Response full = get();
    return Response.status(full.getStatus()).replaceAll(full.getHeaders()).build();
  }

  @OPTIONS
  public Response options() {
    return HttpRequestReader.write(Options.forRoot(), servletResponse);
  }
}
