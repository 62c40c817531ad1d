package io.restgres.api;

import io.restgres.config.AppConfig;
import io.restgres.config.ConfigHolder;
import io.restgres.error.ApiException;
import io.restgres.error.ErrorCode;
import io.restgres.log.RequestLog;
import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The error page of every status the web container sets itself, before or outside the JAX-RS
 * application (web.xml maps them all here): PostgREST's error body instead of Payara's HTML page.
 * Mapped under {@code /WEB-INF/}, which clients cannot request, so it shadows no table name.
 */
public class ContainerErrorServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient ConfigHolder configs;

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Object status = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    Object cause = req.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    AppConfig config = configs.get();
    if (cause != null && config.observability().logLevel().logsErrors()) {
      RequestLog.failure(TraceHeaderFilter.traceId(req, config), "failure outside the API", (Throwable) cause);
    }
    ApiException e = toApiException(status instanceof Integer i ? i : 500, (Throwable) cause, req.getMethod());
    resp.reset();
    resp.setStatus(e.status());
    resp.setHeader("Content-Type", "application/json; charset=utf-8");
    resp.setHeader("Proxy-Status", "PostgREST; error=" + e.code());
    if (e.status() == 503) {
      resp.setHeader("Retry-After", "0");
    }
    byte[] body = e.toJson(config.observability().clientErrorVerbosity()).getBytes(StandardCharsets.UTF_8);
    resp.setContentLength(body.length);
    if (!"HEAD".equals(req.getMethod())) {
      resp.getOutputStream().write(body);
    }
  }

  static ApiException toApiException(int status, Throwable cause, String method) {
    if (cause != null || status >= 500 && status != 503) {
      return ErrorCode.INTERNAL.exception("Internal server error");
    }
    return switch (status) {
      case 404 -> ErrorCode.INVALID_PATH.exception("Invalid path specified in request URL");
      case 405 -> ErrorCode.UNSUPPORTED_METHOD.exception("Unsupported HTTP method: " + method);
      default -> ErrorCode.REJECTED_BY_SERVER.exception(status, reason(status));
    };
  }

  private static String reason(int status) {
    return switch (status) {
      case 408 -> "Request Timeout";
      case 411 -> "Length Required";
      case 413 -> "Payload Too Large";
      case 414 -> "URI Too Long";
      case 431 -> "Request Header Fields Too Large";
      case 503 -> "Service Unavailable";
      default -> "Bad Request";
    };
  }
}
