package io.restgres.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restgres.error.ApiException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class BoundedBodyTest {
  @Test
  void bodyUpToTheLimit_isRead() {
    byte[] body = new byte[20_000];
    body[19_999] = 7;
    assertArrayEquals(body, BoundedBody.read(new ByteArrayInputStream(body), 20_000, 20_000));
    assertArrayEquals(body, BoundedBody.read(new ByteArrayInputStream(body), -1, 20_000));
    assertArrayEquals(new byte[0], BoundedBody.read(InputStream.nullInputStream(), -1, 1));
  }

  @Test
  void declaredLengthAboveTheLimit_isRefusedBeforeReading() {
    InputStream unread = new InputStream() {
      @Override
      public int read() {
        throw new AssertionError("the body must not be read");
      }
    };
    ApiException e = assertThrows(ApiException.class, () -> BoundedBody.read(unread, 1025, 1024));
    assertEquals(413, e.status());
    assertEquals("PGRSTX01", e.code());
    assertEquals("Request body too large", e.getMessage());
    assertEquals("The request body is larger than the server's limit of 1024 bytes.", e.details());
  }

  @Test
  void chunkedBody_isCutOffOncePastTheLimit() {
    long[] served = {0};
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        served[0]++;
        return 'x';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        served[0] += len;
        return len;
      }
    };
    ApiException e = assertThrows(ApiException.class, () -> BoundedBody.read(endless, -1, 100_000));
    assertEquals(413, e.status());
    assertTrue(served[0] <= 100_000 + 8192, "read " + served[0] + " bytes");
  }

  @Test
  void lengthUnderstated_stillCountsWhatArrives() {
    ApiException e = assertThrows(ApiException.class,
        () -> BoundedBody.read(new ByteArrayInputStream(new byte[2048]), 10, 1024));
    assertEquals(413, e.status());
  }
}
