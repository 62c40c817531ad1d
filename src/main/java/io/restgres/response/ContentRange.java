package io.restgres.response;

/**
 * The {@code Content-Range} header and the 200/206/416 decision of a read (PostgREST
 * {@code RangeQuery.hs} and {@code Response.hs:rangeStatusHeader}).
 */
public record ContentRange(long lower, long upper, Long total) {
  public static ContentRange of(long offset, long pageTotal, Long total) {
    return new ContentRange(offset, offset + pageTotal - 1, total);
  }

  public String header() {
    boolean showRange = (total == null || total != 0) && lower <= upper;
    return (showRange ? lower + "-" + upper : "*") + "/" + (total == null ? "*" : total);
  }

  /** 416 when the page starts past the total, 206 when it is a strict part of it, else 200. */
  public int status() {
    if (total == null) {
      return 200;
    }
    if (lower > total) {
      return 416;
    }
    return (1 + upper - lower) < total ? 206 : 200;
  }
}
