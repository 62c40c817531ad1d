package io.restgres.request.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentDecoderTest {
  @ParameterizedTest(name = "[{0}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "a+b           | a b        | a+b",
        "%41%e2%82%AC  | A€         | A€",
        "p%3Aw%40rd    | p:w@rd     | p:w@rd",
        "%4            | %4         | %4",
        "%zz%          | %zz%       | %zz%",
        "%٣٣           | %٣٣        | %٣٣",
        "é%20x         | é x        | é x",
        "``            | ``         | ``",
      })
  void queryComponentsAndUriParts(String raw, String query, String uri) {
    assertEquals(query, PercentDecoder.decode(raw));
    assertEquals(uri, PercentDecoder.decodeUri(raw));
  }
}
