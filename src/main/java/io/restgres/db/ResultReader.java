package io.restgres.db;

import io.restgres.sql.BodyRows;
import io.restgres.sql.MainQuery;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/** Reads what a main statement returns into a {@link DbResult}, in either of its {@link BodyRows} forms. */
final class ResultReader {
  /**
   * Element rows fetched per round trip: the driver holds one batch, so a large result never sits in
   * the heap whole (a cursor needs the transaction, which every request has).
   */
  static final int FETCH_ROWS = 500;

  private static final byte[] NEWLINE = {'\n'};

  private ResultReader() {}

  /** The one row of an aggregated statement. */
  static DbResult aggregated(ResultSet rs, MainQuery main) throws SQLException {
    rs.next();
    boolean write = main.shape() == MainQuery.Shape.WRITE;
    return new DbResult(
        nullableLong(rs, "total_result_set"),
        rs.getLong("page_total"),
        ResultBody.of(rs.getBytes("body")),
        rs.getString("response_headers"),
        rs.getString("response_status"),
        write ? location(rs) : List.of(),
        null,
        write ? nullableLong(rs, "inserted") : null);
  }

  /**
   * Element rows joined into the body as they arrive, then the trailer row. A failure on the way
   * frees the body; the caller rolls back.
   */
  static DbResult perRow(ResultSet rs, MainQuery main) throws SQLException {
    BodyRows form = main.rows();
    byte[] separator = form.separator().getBytes(StandardCharsets.UTF_8);
    ResultBody body = ResultBody.collecting();
    try {
      long count = 0;
      while (rs.next()) {
        byte[] item = rs.getBytes(1);
        if (item == null) {
          break; // the trailer
        }
        body.append(count == 0 ? form.open(rs.getString(2)).getBytes(StandardCharsets.UTF_8) : separator);
        body.append(item);
        count++;
      }
      if (count == 0) {
        body.append(form.open("").getBytes(StandardCharsets.UTF_8));
      }
      body.append(form.close().getBytes(StandardCharsets.UTF_8));
      boolean write = main.shape() == MainQuery.Shape.WRITE;
      Long total = main.totalIsRowCount() ? Long.valueOf(count) : nullableLong(rs, "total_result_set");
      return new DbResult(total, count, body, rs.getString("response_headers"), rs.getString("response_status"),
          write ? location(rs) : List.of(), null, write ? nullableLong(rs, "inserted") : null);
    } catch (SQLException | RuntimeException e) {
      body.close();
      throw e;
    }
  }

  /**
   * EXPLAIN's output as PostgREST sends it: each row (the JSON document, or a line of text) followed
   * by a newline.
   */
  static DbResult plan(ResultSet rs) throws SQLException {
    ResultBody body = ResultBody.collecting();
    try {
      while (rs.next()) {
        body.append(rs.getBytes(1));
        body.append(NEWLINE);
      }
      return new DbResult(null, 0, body, null, null, List.of(), null, null);
    } catch (SQLException | RuntimeException e) {
      body.close();
      throw e;
    }
  }

  private static Long nullableLong(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }

  private static List<String> location(ResultSet rs) throws SQLException {
    java.sql.Array a = rs.getArray("location");
    return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
  }
}
