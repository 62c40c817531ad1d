package io.restgres.api;

import io.restgres.error.ApiException;
import io.restgres.error.ErrorCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads a request body into memory only up to {@code server-max-body-size}: a declared
 * Content-Length above it is refused before a byte is read, and a chunked body as soon as it passes
 * it, so no client can make the server hold more than the limit.
 */
final class BoundedBody {
  private static final int CHUNK = 8192;

  private BoundedBody() {}

  /** The body's bytes; {@code declaredLength} is the Content-Length, or -1 when none was sent. */
  static byte[] read(InputStream in, long declaredLength, long limit) {
    if (declaredLength > limit) {
      throw tooLarge(limit);
    }
    int expected = (int) Math.min(Math.max(declaredLength, 0), Math.min(limit, Integer.MAX_VALUE - 8));
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(expected, 32));
    byte[] buf = new byte[CHUNK];
    long total = 0;
    try {
      for (int n; (n = in.read(buf)) != -1; ) {
        total += n;
        if (total > limit) {
          throw tooLarge(limit);
        }
        out.write(buf, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static ApiException tooLarge(long limit) {
    return ErrorCode.BODY_TOO_LARGE.exception("Request body too large",
        "The request body is larger than the server's limit of " + limit + " bytes.",
        "Send fewer rows per request, or raise server-max-body-size.");
  }
}
