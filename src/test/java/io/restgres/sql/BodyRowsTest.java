package io.restgres.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restgres.request.MediaType;
import io.restgres.request.RangeSpec;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BodyRowsTest {
  @Test
  void aReadOfAFewRowsIsAggregated_anyOtherArrayComesPerRow() {
    assertEquals(BodyRows.AGGREGATED, BodyRows.ofRead(MediaType.JSON, new RangeSpec(0, Optional.of(100L)), false));
    assertEquals(BodyRows.AGGREGATED, BodyRows.ofRead(MediaType.CSV, new RangeSpec(5000, Optional.of(1000L)), false));
    assertEquals(BodyRows.JSON_ARRAY, BodyRows.ofRead(MediaType.JSON, new RangeSpec(0, Optional.of(1001L)), false));
    assertEquals(BodyRows.JSON_ARRAY, BodyRows.ofRead(MediaType.JSON, RangeSpec.ALL, false));
    assertEquals(BodyRows.CSV, BodyRows.ofRead(MediaType.CSV, new RangeSpec(10, Optional.empty()), false));
    assertEquals(BodyRows.JSON_ARRAY_STRIPPED, BodyRows.ofRead(MediaType.ARRAY_STRIPPED, RangeSpec.ALL, false));
  }

  @Test
  void aReadThatFixesAUniqueKeyIsAggregated() {
    assertEquals(BodyRows.AGGREGATED, BodyRows.ofRead(MediaType.JSON, RangeSpec.ALL, true));
    assertEquals(BodyRows.AGGREGATED, BodyRows.ofRead(MediaType.CSV, RangeSpec.ALL, true));
  }
}
