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
 * {@code /rpc/{function}}: calls a function of the exposed schemas. Thin: it only delegates. PUT,
 * PATCH and DELETE are routed too, so that the parser answers them with PostgREST's PGRST101.
 */
@Singleton
@Path("rpc/{function}")
public class RpcResource {
  @Inject RequestHandler handler;
  @Inject ConfigHolder configs;

  @GET
  public Response get(@PathParam("function") String fn) {
    return handle("GET", fn, null);
  }

  @HEAD
  public Response head(@PathParam("function") String fn) {
    return handle("HEAD", fn, null);
  }

  @POST
  public Response post(@PathParam("function") String fn, InputStream body) {
    return handle("POST", fn, body);
  }

  @PUT
  public Response put(@PathParam("function") String fn) {
    return handle("PUT", fn, null);
  }

  @PATCH
  public Response patch(@PathParam("function") String fn) {
    return handle("PATCH", fn, null);
  }

  @DELETE
  public Response delete(@PathParam("function") String fn) {
    return handle("DELETE", fn, null);
  }

  @OPTIONS
  public Response options(@PathParam("function") String fn) {
    return handle("OPTIONS", fn, null);
  }

  private Response handle(String method, String fn, InputStream body) {
    return HttpRequestReader.handle(handler, configs.get().serverMaxBodySize(), method, "rpc/" + fn, body);
  }
}
