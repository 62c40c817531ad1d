package io.restgres.log;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restgres.error.ApiException;
import io.restgres.error.ErrorVerbosity;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The access log line (PostgREST's Logger/Apache.hs), the error line and client-error-verbosity. */
class RequestLogTest {
  private static final ZonedDateTime TIME = ZonedDateTime.of(2021, 7, 26, 1, 56, 38, 0, ZoneOffset.ofHours(-5));

  @Test
  void accessLine_postgrestsApacheFormat() {
    assertEquals("127.0.0.1 - web_anon [26/Jul/2021:01:56:38 -0500] \"GET /clients?id=eq.1 HTTP/1.1\" 200 56"
        + " \"\" \"curl/7.64.0\"", new AccessLogLine("127.0.0.1", "web_anon", TIME, "GET", "/clients?id=eq.1",
            "HTTP/1.1", 200, 56, null, "curl/7.64.0").format());
  }

  @Test
  void accessLine_noRole_noLength_referer() {
    assertEquals("::1 - - [26/Jul/2021:01:56:38 +0000] \"HEAD / HTTP/1.1\" 401 - \"http://a.example/\" \"\"",
        new AccessLogLine("::1", null, TIME.withZoneSameInstant(ZoneOffset.UTC).minusHours(5), "HEAD", "/",
            "HTTP/1.1", 401, -1, "http://a.example/", null).format());
  }

  @Test
  void errorLine_verboseJson_taggedWithTheTraceId() {
    assertEquals("[X-Request-Id: 42] boom", RequestLog.tagged("X-Request-Id: 42", "boom"));
    assertEquals("boom", RequestLog.tagged(null, "boom"));
    ApiException e = new ApiException(500, "XX000", "boom", "the details", "a hint");
    List<LogRecord> records = capture(() -> RequestLog.serverError("X-Request-Id: 42", e));
    assertEquals(1, records.size());
    assertEquals(Level.SEVERE, records.get(0).getLevel());
    assertEquals("[X-Request-Id: 42] {\"code\":\"XX000\",\"details\":\"the details\",\"hint\":\"a hint\","
        + "\"message\":\"boom\"}", records.get(0).getMessage());
  }

  @Test
  void levels_followTheStatus_queriesOnOneLine() {
    assertEquals(Level.INFO, RequestLog.levelOf(201));
    assertEquals(Level.WARNING, RequestLog.levelOf(404));
    assertEquals(Level.SEVERE, RequestLog.levelOf(503));
    List<LogRecord> records = capture(() -> RequestLog.query("select 1\nfrom t where a = ?", 400));
    assertEquals("select 1 from t where a = ?", records.get(0).getMessage());
    assertEquals(Level.WARNING, records.get(0).getLevel());
  }

  // PostgREST's errorPayload Minimal: code and message only
  @Test
  void clientErrorVerbosity_minimalKeepsCodeAndMessage() {
    ApiException e = new ApiException(404, "PGRST205", "Could not find the table 'test.itemsx' in the schema cache",
        "Perhaps you meant the table 'test.items'", null);
    assertEquals("{\"code\":\"PGRST205\",\"message\":\"Could not find the table 'test.itemsx' in the schema"
        + " cache\"}", e.toJson(ErrorVerbosity.MINIMAL));
    assertEquals(e.toJson(), e.toJson(ErrorVerbosity.VERBOSE));
  }

  static List<LogRecord> capture(Runnable r) {
    Logger logger = Logger.getLogger(RequestLog.class.getName());
    List<LogRecord> records = new ArrayList<>();
    Handler h = new Handler() {
      @Override
      public void publish(LogRecord record) {
        records.add(record);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    logger.addHandler(h);
    boolean parent = logger.getUseParentHandlers();
    logger.setUseParentHandlers(false);
    try {
      r.run();
    } finally {
      logger.removeHandler(h);
      logger.setUseParentHandlers(parent);
    }
    return records;
  }
}
