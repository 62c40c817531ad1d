package io.restgres.sql;

import io.restgres.request.MediaType;
import io.restgres.request.RangeSpec;

/**
 * How a main statement hands its body over. Small bodies (no body, one object, a scalar, a read of
 * a few rows) come as one aggregated value; other arrays and CSV come one element per row, followed
 * by one trailer row, so that no single value holds a whole result and Java can spill it instead of
 * holding it.
 *
 * <p>Java joins the elements exactly as PostgreSQL's aggregates would have: {@code json_agg} puts
 * {@code ", \n "} between composite elements, {@code json_strip_nulls} re-emits an array with bare
 * commas, and the CSV body is the header line, then one line per row.
 */
public enum BodyRows {
  AGGREGATED("", "", ""),
  JSON_ARRAY("[", ", \n ", "]"),
  JSON_ARRAY_STRIPPED("[", ",", "]"),
  /** Opens with the header line, which the first element row carries. */
  CSV("", "\n", "");

  private final String open;
  private final String separator;
  private final String close;

  BodyRows(String open, String separator, String close) {
    this.open = open;
    this.separator = separator;
    this.close = close;
  }

  /** How rows of {@code media} are handed over. */
  public static BodyRows of(MediaType media) {
    return switch (media) {
      case JSON, ANY -> JSON_ARRAY;
      case ARRAY_STRIPPED -> JSON_ARRAY_STRIPPED;
      case CSV -> CSV;
      default -> AGGREGATED;
    };
  }

  /**
   * A read of at most this many rows (its {@code limit}, {@code Range} or {@code db-max-rows}) comes
   * as one aggregated value: its size is bounded by its row count, and one value costs PostgreSQL and
   * Java about a tenth less CPU than a cursor and a row per element (measured on a 100-row read).
   */
  static final long AGGREGATED_UP_TO = 1_000;

  /**
   * How the rows of a read of {@code media} within {@code range} are handed over; {@code oneRow}: its
   * filters fix a unique key.
   */
  public static BodyRows ofRead(MediaType media, RangeSpec range, boolean oneRow) {
    return oneRow || range.limit().filter(l -> l <= AGGREGATED_UP_TO).isPresent() ? AGGREGATED : of(media);
  }

  public boolean perRow() {
    return this != AGGREGATED;
  }

  /** What precedes the first element; for CSV, the header line ({@code header} is empty without rows). */
  public String open(String header) {
    return this == CSV ? header + "\n" : open;
  }

  public String separator() {
    return separator;
  }

  public String close() {
    return close;
  }
}
