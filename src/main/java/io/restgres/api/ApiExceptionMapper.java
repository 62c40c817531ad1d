package io.restgres.api;

import io.restgres.error.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;

/**
 * Writes an {@link ApiException} as PostgREST's error body with its status and headers; its own
 * reason phrase, if any, goes to {@link ReasonPhraseFilter}.
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<ApiException> {
  @Context HttpServletRequest request;

  @Override
  public Response toResponse(ApiException e) {
    e.reasonPhrase().ifPresent(p -> request.setAttribute(ReasonPhraseFilter.ATTRIBUTE, p));
    return render(e);
  }

  static Response render(ApiException e) {
    Response.ResponseBuilder b = Response.status(e.status())
        .header("Content-Type", "application/json; charset=utf-8")
        .header("Proxy-Status", "PostgREST; error=" + e.code());
    e.headers().forEach(h -> b.header(h.getKey(), h.getValue()));
    if (e.status() == 503) {
      b.header("Retry-After", "0");
    }
    return b.entity(e.toJson().getBytes(StandardCharsets.UTF_8)).build();
  }
}
