package io.restgres.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A reason phrase stays on its status line. */
class GrizzlyStatusTest {
  @Test
  void clean_replacesControlCharacters() {
    assertEquals("My  Status\tX Y", GrizzlyStatus.clean("My\r\nStatus\tX\u007fY"));
    assertEquals("Payment Required", GrizzlyStatus.clean("Payment Required"));
  }
}
