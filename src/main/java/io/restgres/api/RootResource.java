package io.restgres.api;

import io.restgres.config.AppConfig;
import io.restgres.error.ErrorCode;
import io.restgres.openapi.OpenApiBuilder;
import io.restgres.request.ApiRequest;
import io.restgres.request.MediaType;
import io.restgres.request.parse.ApiRequestParser;
import io.restgres.schema.load.SchemaCacheHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;

/** {@code /}: the OpenAPI (Swagger 2.0) description of the schema chosen by Accept-Profile. */
@ApplicationScoped
@Path("")
public class RootResource {
  @Inject AppConfig config;
  @Inject SchemaCacheHolder schemaCache;

  @GET
  public Response get(@Context HttpServletRequest servletRequest) {
    ApiRequest req = ApiRequestParser.parse(
        HttpRequestReader.read("GET", "", servletRequest, null), config.dbSchemas());
    boolean acceptable = req.accept().stream()
        .anyMatch(t -> t == MediaType.OPENAPI || t == MediaType.JSON || t == MediaType.ANY);
    if (!acceptable) {
      throw ErrorCode.UNACCEPTABLE_MEDIA_TYPE.exception(
          "None of these media types are available: " + req.acceptHeader());
    }
    String host = servletRequest.getServerName() + ":" + servletRequest.getServerPort();
    byte[] body = OpenApiBuilder.build(schemaCache.get(), req.schema(), host, config)
        .toString().getBytes(StandardCharsets.UTF_8);
    Response.ResponseBuilder b =
        Response.ok(body).header("Content-Type", "application/openapi+json; charset=utf-8");
    if (config.dbSchemas().size() > 1 || req.profileRequested()) {
      b.header("Content-Profile", req.schema());
    }
    return b.build();
  }

  @HEAD
  public Response head(@Context HttpServletRequest servletRequest) {
    Response full = get(servletRequest);
    return Response.status(full.getStatus()).replaceAll(full.getHeaders()).build();
  }

  @OPTIONS
  public Response options(@Context HttpServletResponse servletResponse) {
    return HttpRequestReader.write(Options.forRoot(), servletResponse);
  }
}
