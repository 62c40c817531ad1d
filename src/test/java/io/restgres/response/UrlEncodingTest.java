package io.restgres.response;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UrlEncodingTest {
  @Test
  void canonical_sortsByKeyAndMergesRepeatedKeysInTheirOrder() {
    assertEquals("a=x&b=2%2C1&select=id%2Cname", UrlEncoding.canonical(List.of(
        Map.entry("select", "id,name"), Map.entry("b", "2"), Map.entry("a", "x"), Map.entry("b", "1"))));
    assertEquals("", UrlEncoding.canonical(List.of()));
  }

  @Test
  void canonical_encodesNonAsciiTwice() {
    // é is C3 A9 in UTF-8; each byte read as a character and encoded again
    assertEquals("name=%C3%83%C2%A9", UrlEncoding.canonical(List.of(Map.entry("name", "é"))));
  }

  @Test
  void canonical_ordersKeysByTheirUtf8Bytes() {
    // U+1F600 (F0 9F 98 80) sorts after U+FFFD (EF BF BD), unlike its UTF-16 surrogates
    String emoji = "\uD83D\uDE00";
    String k = UrlEncoding.canonical(List.of(Map.entry(emoji, "1"), Map.entry("\uFFFD", "2"), Map.entry("z", "3")));
    assertEquals("z=3&%C3%AF%C2%BF%C2%BD=2&%C3%B0%C2%9F%C2%98%C2%80=1", k);
  }

  @Test
  void encode_keepsUnreservedAndEncodesTheRestOnce() {
    assertEquals("a-b_c.d~e%20%2C%C3%A9", UrlEncoding.encode("a-b_c.d~e ,é"));
  }
}
