package io.restgres.api;

import io.restgres.config.AppConfig;
import io.restgres.config.ConfigHolder;
import io.restgres.error.ApiException;
import io.restgres.error.ErrorCode;
import io.restgres.error.ErrorVerbosity;
import io.restgres.log.RequestLog;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;

/**
 * Writes an {@link ApiException} as PostgREST's error body with its status and headers, at {@code
 * client-error-verbosity}; its own reason phrase, if any, goes to {@link ReasonPhraseFilter}. A
 * server-side error (5xx) is logged here, once, with the request's trace id: this is the one place
 * every error of the API passes.
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<ApiException> {
  @Inject ConfigHolder configs;
  @Context HttpServletRequest request;

  @Override
  public Response toResponse(ApiException e) {
    AppConfig config = configs.get();
    if (e.status() >= 500 && !outage(e) && config.observability().logLevel().logsErrors()) {
      RequestLog.serverError(TraceHeaderFilter.traceId(request, config), e);
    }
    e.reasonPhrase().ifPresent(p -> request.setAttribute(ReasonPhraseFilter.ATTRIBUTE, p));
    return render(e, config.observability().clientErrorVerbosity());
  }

  // a lost database is logged once per outage (db/DbOutage), not once per request it fails
  private static boolean outage(ApiException e) {
    return e.code().equals(ErrorCode.CONNECTION_FAILED.code()) || e.code().equals(ErrorCode.INTERNAL_CONNECTION.code());
  }

  static Response render(ApiException e, ErrorVerbosity verbosity) {
    Response.ResponseBuilder b = Response.status(e.status())
        .header("Content-Type", "application/json; charset=utf-8")
        .header("Proxy-Status", "PostgREST; error=" + e.code());
    e.headers().forEach(h -> b.header(h.getKey(), h.getValue()));
    if (e.status() == 503) {
      b.header("Retry-After", "0");
    }
    byte[] body = e.toJson(verbosity).getBytes(StandardCharsets.UTF_8);
    return b.header("Content-Length", Integer.toString(body.length)).entity(body).build();
  }
}
