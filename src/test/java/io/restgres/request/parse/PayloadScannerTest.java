package io.restgres.request.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.restgres.error.ApiException;
import io.restgres.request.Payload;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PayloadScannerTest {
  @Test
  void scan_collectsTheSharedKeysWithoutBuildingRows() {
    Payload p = PayloadScanner.scan("[{\"a\":1,\"b\":{\"x\":[1,2]}},{\"b\":null,\"a\":\"s\\\"\"}]");
    assertEquals(true, p.isArray());
    assertEquals(List.of("a", "b"), p.keys());
    assertEquals(2, p.rows());
    assertEquals(List.of("k"), PayloadScanner.scan(" {\"k\": true} ").keys());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "[{\"a\":1},{\"b\":1}]|All object keys must match",
    "[1,2]|All object keys must match",
    "{\"a\":|Empty or invalid json",
    "''|Empty or invalid json",
    "{\"a\":1} x|Empty or invalid json",
    "{\"a\":\"\\u12\"}|Empty or invalid json",
    "{\"a\":tru}|Empty or invalid json"
  })
  void scan_rejectsLikePostgrest(String body, String message) {
    ApiException e = assertThrows(ApiException.class, () -> PayloadScanner.scan(body));
    assertEquals("PGRST102", e.code());
    assertEquals(message, e.getMessage());
  }
}
