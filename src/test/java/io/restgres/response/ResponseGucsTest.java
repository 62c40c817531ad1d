package io.restgres.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.restgres.db.ResultBody;
import io.restgres.error.ApiException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResponseGucsTest {
  static final HttpResult OURS = new HttpResult(200, List.of(
      Map.entry("Content-Range", "0-0/*"),
      Map.entry("Content-Type", "application/json; charset=utf-8")),
      ResultBody.of("[]".getBytes(StandardCharsets.UTF_8)));

  @Test
  void unset_leavesTheResponseAlone() {
    assertSame(OURS, ResponseGucs.apply(OURS, null, null));
  }

  @Test
  void headers_overrideOursCaseInsensitively_andRepeatedNamesAreKept() {
    HttpResult r = ResponseGucs.apply(OURS,
        "[{\"content-type\":\"text/plain\"},{\"Set-Cookie\":\"a=1\"},{\"Set-Cookie\":\"b=2\"}]", null);
    assertEquals(200, r.status());
    assertEquals(List.of(
        Map.entry("Content-Range", "0-0/*"),
        Map.entry("content-type", "text/plain"),
        Map.entry("Set-Cookie", "a=1"),
        Map.entry("Set-Cookie", "b=2")), r.headers());
    assertSame(OURS.body(), r.body());
  }

  @Test
  void headers_contentLengthIsLeftToTheContainer() {
    assertEquals(OURS.headers(), ResponseGucs.apply(OURS, "[{\"Content-Length\":\"99\"}]", null).headers());
  }

  @Test
  void emptyArray_changesNothing() {
    assertEquals(OURS.headers(), ResponseGucs.apply(OURS, "[]", null).headers());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"201|201", "418 I'm a teapot|418", "599|599", "100|100"})
  void status_replacesOurs(String guc, int status) {
    assertEquals(status, ResponseGucs.apply(OURS, null, guc).status());
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", " 201", "-1", "99", "600", "1000", ""})
  void status_invalid_PGRST112(String guc) {
    ApiException e = assertThrows(ApiException.class, () -> ResponseGucs.apply(OURS, null, guc));
    assertEquals(500, e.status());
    assertEquals("PGRST112", e.code());
    assertEquals("response.status guc must be a valid status code", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{\"a\":\"b\"}",
    "[{\"a\":\"b\",\"c\":\"d\"}]",
    "[{\"a\":1}]",
    "[{}]",
    "[\"a\"]",
    "not json",
    "[{\"bad name\":\"x\"}]",
    "[{\"X-Split\":\"a\\r\\nInjected: yes\"}]",
  })
  void headers_invalid_PGRST111(String guc) {
    ApiException e = assertThrows(ApiException.class, () -> ResponseGucs.apply(OURS, guc, null));
    assertEquals(500, e.status());
    assertEquals("PGRST111", e.code());
    assertEquals("response.headers guc must be a JSON array composed of objects with a single key "
        + "and a string value", e.getMessage());
  }
}
