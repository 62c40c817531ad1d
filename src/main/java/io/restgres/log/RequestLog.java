package io.restgres.log;

import io.restgres.error.ApiException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where the requests' lines go: one {@code java.util.logging} logger of Restgres's own (Payara's
 * log), {@code io.restgres.log.RequestLog}. Which requests are logged is {@code log-level}'s
 * decision, taken by the callers before anything is formatted; the JDK level of a line follows
 * its status (5xx SEVERE, 4xx WARNING, others INFO), so the log's own filters work too.
 */
public final class RequestLog {
  private static final Logger LOG = Logger.getLogger(RequestLog.class.getName());

  private RequestLog() {}

  /** An access log line. */
  public static void access(AccessLogLine line) {
    LOG.log(levelOf(line.status()), line.format());
  }

  /** A statement a request ran ({@code log-query}), on one line, its values left out. */
  public static void query(String sql, int status) {
    LOG.log(levelOf(status), sql.replace('\n', ' '));
  }

  /**
   * A server-side failure (5xx) as PostgREST logs it, its error's verbose JSON, tagged with the
   * request's trace id ({@code server-trace-header}) when it has one.
   */
  public static void serverError(String traceId, ApiException e) {
    LOG.severe(tagged(traceId, e.toJson()));
  }

  /** An unexpected failure, with its stack trace; the client got a generic 500. */
  public static void failure(String traceId, String what, Throwable t) {
    LOG.log(Level.SEVERE, tagged(traceId, what), t);
  }

  /** {@code [X-Request-Id: 42] message}; the message alone without a trace id. */
  static String tagged(String traceId, String message) {
    return traceId == null ? message : "[" + traceId + "] " + message;
  }

  static Level levelOf(int status) {
    return status >= 500 ? Level.SEVERE : status >= 400 ? Level.WARNING : Level.INFO;
  }
}
