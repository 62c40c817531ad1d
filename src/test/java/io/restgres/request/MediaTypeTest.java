package io.restgres.request;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MediaTypeTest {
  @Test
  void of_recognisesPostgrestTypes() {
    assertEquals(Optional.of(MediaType.JSON), MediaType.of("application/json; charset=utf-8"));
    assertEquals(Optional.of(MediaType.OBJECT_STRIPPED), MediaType.of("application/vnd.pgrst.object+json; nulls=stripped"));
    assertEquals(Optional.of(MediaType.ANY), MediaType.of("*/*;q=0.8"));
  }

  @Test
  void of_toleratesGarbage() {
    assertEquals(Optional.empty(), MediaType.of(";;;"));
    assertEquals(Optional.empty(), MediaType.of(""));
    assertEquals(Optional.empty(), MediaType.of("text"));
  }
}
