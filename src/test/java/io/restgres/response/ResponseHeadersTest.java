package io.restgres.response;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponseHeadersTest {
  @Test
  void contentRange_asPostgrestRendersIt() {
    assertEquals("0-14/*", ContentRange.of(0, 15, null).header());
    assertEquals("*/*", ContentRange.of(0, 0, null).header());
    assertEquals("*/0", ContentRange.of(0, 0, 0L).header());
    assertEquals("3-4/15", ContentRange.of(3, 2, 15L).header());
    assertEquals("*/15", ContentRange.of(15, 0, 15L).header());
  }

  @Test
  void contentRange_status() {
    assertEquals(200, ContentRange.of(0, 15, null).status());
    assertEquals(200, ContentRange.of(0, 15, 15L).status());
    assertEquals(206, ContentRange.of(0, 2, 15L).status());
    assertEquals(206, ContentRange.of(15, 0, 15L).status());
    assertEquals(416, ContentRange.of(100, 0, 15L).status());
    assertEquals(416, ContentRange.of(1, 0, 0L).status());
  }

  @Test
  void canonicalQuery_sortsMergesAndEncodesLikePostgrest() {
    assertEquals("id=gt.1&order=id.desc&select=id%2Cname", UrlEncoding.canonical(List.of(
        Map.entry("select", "id,name"), Map.entry("order", "id.desc"), Map.entry("id", "gt.1"))));
    assertEquals("a=1%2C3&b=2", UrlEncoding.canonical(List.of(
        Map.entry("b", "2"), Map.entry("a", "1"), Map.entry("a", "3"))));
    assertEquals("name=eq.a%20b", UrlEncoding.canonical(List.of(Map.entry("name", "eq.a b"))));
    assertEquals("name=eq.%C3%83%C2%A9", UrlEncoding.canonical(List.of(Map.entry("name", "eq.é"))));
  }

  @Test
  void locationValues_areEncodedOnce() {
    assertEquals("x%20y%26z", UrlEncoding.encode("x y&z"));
    assertEquals("%C3%A9", UrlEncoding.encode("é"));
  }

  @Test
  void vary_isAddedUnlessSqlSetOne() {
    HttpResult plain = new HttpResult(200, java.util.List.of(java.util.Map.entry("Content-Range", "*/*")), null);
    assertEquals(java.util.List.of(java.util.Map.entry("Content-Range", "*/*"),
        java.util.Map.entry("Vary", "Accept, Prefer, Range")), plain.withVary().headers());
    HttpResult own = new HttpResult(200, java.util.List.of(java.util.Map.entry("vary", "X-Test-Accept")), null);
    assertEquals(own, own.withVary());
  }
}
