package io.restgres.api;

import io.restgres.response.HttpResult;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** {@code /{relation}}: every table and view of the exposed schemas. Thin: it only delegates. */
@Path("{relation}")
public class RelationResource {
  @Inject RequestHandler handler;
  @Context UriInfo uri;
  @Context HttpHeaders headers;
  @Context HttpServletRequest servletRequest;
  @Context HttpServletResponse servletResponse;

  @GET
  public Response get(@PathParam("relation") String relation) {
    return handle("GET", relation, null);
  }

  @HEAD
  public Response head(@PathParam("relation") String relation) {
    return handle("HEAD", relation, null);
  }

  @POST
  public Response post(@PathParam("relation") String relation, byte[] body) {
    return handle("POST", relation, body);
  }

  @PUT
  public Response put(@PathParam("relation") String relation, byte[] body) {
    return handle("PUT", relation, body);
  }

  @PATCH
  public Response patch(@PathParam("relation") String relation, byte[] body) {
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

  private Response handle(String method, String relation, byte[] body) {
    HttpResult result = handler.handle(
        HttpRequestReader.read(method, relation, uri, headers, body),
        HttpRequestReader.auth(servletRequest));
    return HttpRequestReader.write(result, servletResponse);
  }
}
