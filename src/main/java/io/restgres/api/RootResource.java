package io.restgres.api;

import io.restgres.config.ConfigHolder;
import io.restgres.config.OpenApiSettings;
import io.restgres.openapi.OpenApiBuilder;
import io.restgres.openapi.OpenApiView;
import io.restgres.response.HttpResult;
import io.restgres.response.ServerTiming;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;

/**
 * {@code /}: the OpenAPI (Swagger 2.0) description of the schema chosen by Accept-Profile, listing
 * what the requesting role may use (PostgREST's default {@code openapi-mode=follow-privileges}), or
 * everything ({@code ignore-privileges}), or 404 ({@code disabled}); or the result of the {@code
 * db-root-spec} function.
 */
@ApplicationScoped
@Path("")
public class RootResource {
  @Inject RequestHandler handler;
  @Inject ConfigHolder configs;

  @GET
  public Response get() {
    HttpServletRequest servletRequest = CurrentRequest.get();
    OpenApiSettings settings = configs.get().openApi();
    ServerTiming timing = HttpRequestReader.timing(servletRequest);
    if (settings.rootSpec().isPresent()) {
      // db-root-spec: GET / is a call of that function, as PostgREST's TargetProc for the root path
      return HttpRequestReader.write(handler.handle(
          HttpRequestReader.read("GET", "rpc/" + settings.rootSpec().get(), servletRequest, null),
          HttpRequestReader.auth(servletRequest), timing));
    }
    OpenApiView view = handler.root(
        HttpRequestReader.read("GET", "", servletRequest, null), HttpRequestReader.auth(servletRequest), timing);
    long t = timing.now();
    String host = servletRequest.getServerName() + ":" + servletRequest.getServerPort();
    byte[] body = OpenApiBuilder.build(view, host, settings).toString().getBytes(StandardCharsets.UTF_8);
    Response.ResponseBuilder b =
        Response.ok(body).header("Content-Type", "application/openapi+json; charset=utf-8")
            .header("Content-Length", Integer.toString(body.length))
            .header(HttpResult.VARY.getKey(), HttpResult.VARY.getValue());
    if (view.profileHeader()) {
      b.header("Content-Profile", view.schema());
    }
    timing.lap(ServerTiming.Phase.RESPONSE, t);
    if (timing.isOn()) {
      b.header("Server-Timing", timing.header());
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
    HttpServletRequest servletRequest = CurrentRequest.get();
    HttpRequestReader.auth(servletRequest); // a bad token is answered here too, as for any path
    ServerTiming timing = HttpRequestReader.timing(servletRequest);
    long t = timing.now();
    HttpResult options = Options.forRoot().withVary();
    timing.lap(ServerTiming.Phase.RESPONSE, t);
    return HttpRequestReader.write(timing.addTo(options));
  }
}
