package io.restgres.log;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One request's access log line in PostgREST's format (its {@code Logger/Apache.hs}, vendored from
 * wai-logger's Apache format): {@code 127.0.0.1 - web_anon [07/Dec/2026:08:15:02 +0000] "GET
 * /items?id=eq.1 HTTP/1.1" 200 23 "" "curl/8.5.0"}.
 *
 * @param remote the client's address
 * @param role the role the request ran as; null when authentication failed ({@code -})
 * @param target the path and query string as the client sent them
 * @param size the body's length, or -1 when the response declares none ({@code -})
 * @param referer the {@code Referer} header, or null
 * @param userAgent the {@code User-Agent} header, or null
 */
public record AccessLogLine(
    String remote,
    String role,
    ZonedDateTime time,
    String method,
    String target,
    String protocol,
    int status,
    long size,
    String referer,
    String userAgent) {

  // PostgREST's formatZonedTime: "%d/%b/%Y:%T %z"
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.US);

  /** The line, without a line break. */
  public String format() {
    StringBuilder b = new StringBuilder(160);
    b.append(remote).append(" - ").append(role == null ? "-" : role).append(" [");
    TIME.formatTo(time, b);
    b.append("] \"").append(method).append(' ').append(target).append(' ').append(protocol).append("\" ")
        .append(status).append(' ');
    if (size < 0) {
      b.append('-');
    } else {
      b.append(size);
    }
    b.append(" \"").append(referer == null ? "" : referer).append("\" \"")
        .append(userAgent == null ? "" : userAgent).append('"');
    return b.toString();
  }
}
