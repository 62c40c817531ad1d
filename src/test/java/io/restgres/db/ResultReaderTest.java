package io.restgres.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restgres.sql.BodyRows;
import io.restgres.sql.MainQuery;
import io.restgres.sql.Sql;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The per-row form joins its elements exactly as PostgreSQL's aggregates would have (the separators
 * were read off PostgreSQL's own output), counts them, and reads the trailer.
 */
class ResultReaderTest {
  private static final Map<String, Object> TRAILER =
      Map.of("total_result_set", 42L, "response_headers", "[{\"X-A\":\"b\"}]", "response_status", "201");

  @Test
  void jsonArray_joinsCompositesAsJsonAggDoes_andReadsTheTrailer() throws Exception {
    DbResult r = read(BodyRows.JSON_ARRAY, false, List.of("{\"a\":1}", "{\"a\":2}"), null);
    assertEquals("[{\"a\":1}, \n {\"a\":2}]", text(r.body()));
    assertEquals(2L, r.pageTotal());
    assertEquals(42L, r.total());
    assertEquals("[{\"X-A\":\"b\"}]", r.headersJson());
    assertEquals("201", r.status());
  }

  @Test
  void empty_isWhatTheAggregateCoalescedTo() throws Exception {
    assertEquals("[]", text(read(BodyRows.JSON_ARRAY, false, List.of(), null).body()));
    assertEquals("[]", text(read(BodyRows.JSON_ARRAY_STRIPPED, false, List.of(), null).body()));
    assertEquals("\n", text(read(BodyRows.CSV, false, List.of(), null).body()));
  }

  @Test
  void strippedAndCsv_useTheirOwnSeparators_andCsvOpensWithTheFirstRowsHeader() throws Exception {
    assertEquals("[{\"a\":1},{}]", text(read(BodyRows.JSON_ARRAY_STRIPPED, false, List.of("{\"a\":1}", "{}"), null)
        .body()));
    assertEquals("a,b\n1,x\n2,y", text(read(BodyRows.CSV, false, List.of("1,x", "2,y"), "a,b").body()));
  }

  @Test
  void totalIsRowCount_countsTheElements() throws Exception {
    DbResult r = read(BodyRows.JSON_ARRAY, true, List.of("{}", "{}", "{}"), null);
    assertEquals(3L, r.total());
    assertEquals(3L, r.pageTotal());
  }

  @Test
  void aLargeBody_spillsToAFile_withTheSameBytes() throws Exception {
    List<String> items = new ArrayList<>();
    String item = "{\"payload\":\"" + "x".repeat(1000) + "\"}";
    for (int i = 0; i < 3000; i++) {
      items.add(item);
    }
    DbResult r = read(BodyRows.JSON_ARRAY, false, items, null);
    assertFalse(r.body().inMemory());
    String expected = "[" + String.join(", \n ", items) + "]";
    assertEquals(expected.length(), r.body().size());
    assertEquals(expected, text(r.body()));
    assertEquals(expected, text(r.body()), "a body can be sent again from its start");
    r.body().close();
  }

  @Test
  void aSmallBody_staysInMemory() throws Exception {
    DbResult r = read(BodyRows.JSON_ARRAY, false, List.of("{}"), null);
    assertTrue(r.body().inMemory());
    assertNull(r.inserted());
  }

  @Test
  void aBodyOfManySegments_staysInMemory_withTheSameBytesStreamedOrJoined() throws Exception {
    List<String> items = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      items.add("{\"id\":" + i + ",\"v\":\"" + "y".repeat(i % 97) + "\"}");
    }
    DbResult r = read(BodyRows.JSON_ARRAY, false, items, null);
    String expected = "[" + String.join(", \n ", items) + "]";
    assertTrue(r.body().inMemory());
    assertFalse(r.body().inOneArray(), "more than one segment");
    assertEquals(expected.length(), r.body().size());
    assertEquals(expected, text(r.body()));
    assertEquals(expected, new String(r.body().bytes(), StandardCharsets.UTF_8));
    assertTrue(r.body().inOneArray(), "joined once");
    assertEquals(expected, text(r.body()));
  }

  private static String text(ResultBody body) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    body.writeTo(out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static DbResult read(BodyRows rows, boolean totalIsRowCount, List<String> items, String header)
      throws SQLException {
    MainQuery main = new MainQuery(Sql.ident("main"), MainQuery.Shape.READ, rows, totalIsRowCount, Optional.empty());
    return ResultReader.perRow(resultSet(items, header), main);
  }

  // Element rows (item, header on the first), then the trailer row, whose item is NULL.
  private static ResultSet resultSet(List<String> items, String header) {
    int[] row = {-1};
    Object[] last = new Object[1];
    return (ResultSet) Proxy.newProxyInstance(ResultReaderTest.class.getClassLoader(), new Class<?>[] {ResultSet.class},
        (p, m, a) -> {
          boolean trailer = row[0] == items.size();
          switch (m.getName()) {
            case "next":
              return ++row[0] <= items.size();
            case "getBytes":
              return trailer ? null : items.get(row[0]).getBytes(StandardCharsets.UTF_8);
            case "getString":
              last[0] = a[0] instanceof Integer ? (row[0] == 0 ? header : null) : TRAILER.get(a[0]);
              return last[0];
            case "getLong":
              last[0] = TRAILER.get(a[0]);
              return last[0] == null ? 0L : last[0];
            case "wasNull":
              return last[0] == null;
            default:
              throw new UnsupportedOperationException(m.getName());
          }
        });
  }
}
