package io.restgres.request.parse;

import io.restgres.error.ErrorCode;
import io.restgres.json.JsonText;
import io.restgres.request.Payload;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code text/csv} body (RFC 4180: quoted fields, {@code ""} escapes, CRLF or LF line ends) as a
 * JSON array of objects keyed by the header row; an unquoted {@code NULL} is SQL null.
 */
final class CsvPayload {
  private final String s;
  private int pos;

  private CsvPayload(String s) {
    this.s = s;
  }

  static Payload parse(String text) {
    CsvPayload p = new CsvPayload(text);
    List<String> header = p.row();
    if (header == null || header.isEmpty()) {
      throw ErrorCode.INVALID_BODY.exception("Empty or invalid json");
    }
    StringBuilder json = new StringBuilder("[");
    int rows = 0;
    List<String> row;
    while ((row = p.row()) != null) {
      if (row.size() != header.size()) {
        throw ErrorCode.INVALID_BODY.exception("All lines must have same number of fields");
      }
      json.append(rows++ == 0 ? "{" : ",{");
      for (int i = 0; i < row.size(); i++) {
        json.append(i == 0 ? "" : ",").append(JsonText.quote(header.get(i))).append(':')
            .append(row.get(i) == null ? "null" : JsonText.quote(row.get(i)));
      }
      json.append('}');
    }
    return new Payload(true, header, rows, json.append(']').toString());
  }

  // One record; null at the end of input. A null field is an unquoted NULL.
  private List<String> row() {
    if (pos >= s.length()) {
      return null;
    }
    List<String> fields = new ArrayList<>();
    while (true) {
      fields.add(field());
      if (pos >= s.length()) {
        return fields;
      }
      char c = s.charAt(pos++);
      if (c == '\n') {
        return fields;
      }
      if (c == '\r') {
        if (pos < s.length() && s.charAt(pos) == '\n') {
          pos++;
        }
        return fields;
      }
    }
  }

  private String field() {
    if (pos < s.length() && s.charAt(pos) == '"') {
      pos++;
      StringBuilder b = new StringBuilder();
      while (pos < s.length()) {
        char c = s.charAt(pos++);
        if (c == '"') {
          if (pos < s.length() && s.charAt(pos) == '"') {
            b.append('"');
            pos++;
          } else {
            return b.toString();
          }
        } else {
          b.append(c);
        }
      }
      throw ErrorCode.INVALID_BODY.exception("Unterminated quoted field in CSV body");
    }
    int start = pos;
    while (pos < s.length() && ",\r\n".indexOf(s.charAt(pos)) < 0) {
      pos++;
    }
    String raw = s.substring(start, pos);
    return raw.equals("NULL") ? null : raw;
  }
}
