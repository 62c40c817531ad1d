package io.restgres.api;

import io.restgres.auth.AuthFilter;
import io.restgres.config.AppConfig;
import io.restgres.config.ConfigHolder;
import io.restgres.error.ApiException;
import io.restgres.error.ErrorCode;
import io.restgres.error.ErrorVerbosity;
import io.restgres.log.RequestLog;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;

/**
 * Everything that is not an {@link ApiException}: routing failures become PostgREST's errors, and an
 * unexpected failure a generic 500 whose cause goes to the log (once, with the request's trace id),
 * never to the client.
 */
@Provider
public class FallbackExceptionMapper implements ExceptionMapper<Throwable> {
  @Inject ConfigHolder configs;
  @Context HttpServletRequest request;

  @Override
  public Response toResponse(Throwable t) {
    AppConfig config = configs.get();
    ErrorVerbosity verbosity = config.observability().clientErrorVerbosity();
    // a routing failure comes after authentication, as in PostgREST: a bad token answers 401
    Optional<ApiException> auth = request == null ? Optional.empty() : AuthFilter.failure(request);
    if (auth.isPresent()) {
      return ApiExceptionMapper.render(auth.get(), verbosity);
    }
    ApiException e = toApiException(t, request == null ? "" : request.getMethod());
    if (e.status() >= 500 && config.observability().logLevel().logsErrors()) {
      RequestLog.failure(TraceHeaderFilter.traceId(request, config), "unexpected failure", t);
    }
    return ApiExceptionMapper.render(e, verbosity);
  }

  static ApiException toApiException(Throwable t, String method) {
    if (t instanceof ApiException a) {
      return a;
    }
    if (t instanceof NotFoundException) {
      return ErrorCode.INVALID_PATH.exception("Invalid path specified in request URL");
    }
    if (t instanceof NotAllowedException) {
      return ErrorCode.UNSUPPORTED_METHOD.exception("Unsupported HTTP method: " + method);
    }
    if (t instanceof WebApplicationException w && w.getResponse().getStatus() < 500) {
      int status = w.getResponse().getStatus();
      return new ApiException(status, "PGRST" + (status == 415 ? "102" : "100"), w.getMessage(), null, null);
    }
    return ErrorCode.INTERNAL.exception("Internal server error");
  }
}
