package io.restgres.sql;

import io.restgres.request.MediaType;

/**
 * How a main statement hands its body over. Small bodies (no body, one object, a scalar) come as
 * one aggregated value; arrays and CSV come one element per row, followed by one trailer row, so
 * that no single value holds a whole result and Java can spill it instead of holding it.
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
