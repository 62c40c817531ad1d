package io.restgres.api;

import io.restgres.config.ConfigHolder;
import io.restgres.response.HttpResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;

/**
 * {@code /rpc/{function}}: calls a function of the exposed schemas. Thin: it only delegates. PUT,
 * PATCH and DELETE are routed too, so that the parser answers them with PostgREST's PGRST101.
 */
@ApplicationScoped
@Path("rpc/{function}")
public class RpcResource {
  @Inject RequestHandler handler;
  @Inject ConfigHolder configs;

  @GET
  public Response get(@PathParam("function") String fn, @Context HttpServletRequest req) {
    return handle("GET", fn, null, req);
  }

  @HEAD
  public Response head(@PathParam("function") String fn, @Context HttpServletRequest req) {
    return handle("HEAD", fn, null, req);
  }

  @POST
  public Response post(@PathParam("function") String fn, InputStream body, @Context HttpServletRequest req) {
    return handle("POST", fn, read(body, req), req);
  }

  @PUT
  public Response put(@PathParam("function") String fn, @Context HttpServletRequest req) {
    return handle("PUT", fn, null, req);
  }

  @PATCH
  public Response patch(@PathParam("function") String fn, @Context HttpServletRequest req) {
    return handle("PATCH", fn, null, req);
  }

  @DELETE
  public Response delete(@PathParam("function") String fn, @Context HttpServletRequest req) {
    return handle("DELETE", fn, null, req);
  }

  @OPTIONS
  public Response options(@PathParam("function") String fn, @Context HttpServletRequest req) {
    return handle("OPTIONS", fn, null, req);
  }

  private Response handle(String method, String fn, byte[] body, HttpServletRequest req) {
    HttpResult result = handler.handle(
        HttpRequestReader.read(method, "rpc/" + fn, req, body), HttpRequestReader.auth(req),
        HttpRequestReader.timing(req));
    return HttpRequestReader.write(result);
  }

  private byte[] read(InputStream body, HttpServletRequest req) {
    return BoundedBody.read(body, req.getContentLengthLong(), configs.get().serverMaxBodySize());
  }
}
