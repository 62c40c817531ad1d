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
 * {@code /{relation}}: every table and view of the exposed schemas. Thin: it only delegates. One
 * instance serves every request (context objects come as parameters), which spares the per-request
 * injection work a request-scoped resource costs.
 */
@ApplicationScoped
@Path("{relation}")
public class RelationResource {
  @Inject RequestHandler handler;
  @Inject ConfigHolder configs;

  @GET
  public Response get(@PathParam("relation") String relation, @Context HttpServletRequest req) {
    return handle("GET", relation, null, req);
  }

  @HEAD
  public Response head(@PathParam("relation") String relation, @Context HttpServletRequest req) {
    return handle("HEAD", relation, null, req);
  }

  @POST
  public Response post(@PathParam("relation") String relation, InputStream body, @Context HttpServletRequest req) {
    return handle("POST", relation, read(body, req), req);
  }

  @PUT
  public Response put(@PathParam("relation") String relation, InputStream body, @Context HttpServletRequest req) {
    return handle("PUT", relation, read(body, req), req);
  }

  @PATCH
  public Response patch(@PathParam("relation") String relation, InputStream body, @Context HttpServletRequest req) {
    return handle("PATCH", relation, read(body, req), req);
  }

  @DELETE
  public Response delete(@PathParam("relation") String relation, @Context HttpServletRequest req) {
    return handle("DELETE", relation, null, req);
  }

  @OPTIONS
  public Response options(@PathParam("relation") String relation, @Context HttpServletRequest req) {
    return handle("OPTIONS", relation, null, req);
  }

  private Response handle(String method, String relation, byte[] body, HttpServletRequest req) {
    HttpResult result = handler.handle(
        HttpRequestReader.read(method, relation, req, body), HttpRequestReader.auth(req),
        HttpRequestReader.timing(req));
    return HttpRequestReader.write(result);
  }

  private byte[] read(InputStream body, HttpServletRequest req) {
    return BoundedBody.read(body, req.getContentLengthLong(), configs.get().serverMaxBodySize());
  }
}
