package io.restgres.api;

import io.restgres.config.ConfigHolder;
import jakarta.inject.Singleton;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;

/**
 * {@code /{relation}}: every table and view of the exposed schemas. Thin: it only delegates. One
 * instance, Jersey's own singleton rather than a CDI bean (which Jersey would look up through CDI on
 * every request), serves every request; the servlet request comes from {@link CurrentRequest}.
 */
@Singleton
@Path("{relation}")
public class RelationResource {
  @Inject RequestHandler handler;
  @Inject ConfigHolder configs;

  @GET
  public Response get(@PathParam("relation") String relation) {
    return handle("GET", relation, null);
  }

  @HEAD
  public Response head(@PathParam("relation") String relation) {
    return handle("HEAD", relation, null);
  }

  @POST
  public Response post(@PathParam("relation") String relation, InputStream body) {
    return handle("POST", relation, body);
  }

  @PUT
  public Response put(@PathParam("relation") String relation, InputStream body) {
    return handle("PUT", relation, body);
  }

  @PATCH
  public Response patch(@PathParam("relation") String relation, InputStream body) {
    return handle("PATCH", relation, body);
  }

  @DELETE
  public Response delete(@PathParam("relation") String relation) {
    return handle("DELETE", relation, null);
  }

  @OPTIONS
  public Response options(@PathParam("relation") String relation) {
    return handle("OPTIONS", relation, null);
  }

  private Response handle(String method, String relation, InputStream body) {
    return HttpRequestReader.handle(handler, configs.get().serverMaxBodySize(), method, relation, body);
  }
}
