package io.restgres.request.parse;

import io.restgres.error.ErrorCode;
import io.restgres.json.JsonText;
import io.restgres.request.Payload;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code text/csv} body as a JSON array of objects keyed by the header row, read as PostgREST
 * reads it with cassava's {@code decodeByName}: RFC 4180 quoting ({@code ""} escapes), a header
 * ended by a line break, records separated by LF or CRLF, blank lines skipped, nothing after a
 * closing quote but a comma or a line break. Each record is zipped with the header, so the rows
 * must have the same keys; the text {@code NULL} is SQL null. Malformed CSV gets cassava's message.
 */
final class CsvPayload {
  private final String s;
  private int pos;

  private CsvPayload(String s) {
    this.s = s;
  }

  static Payload parse(String text) {
    CsvPayload p = new CsvPayload(text);
    List<String> header = p.header();
    List<Map<String, String>> rows = new ArrayList<>();
    for (List<String> record : p.records()) {
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < Math.min(header.size(), record.size()); i++) {
        row.put(header.get(i), record.get(i));
      }
      rows.add(row);
    }
    // PostgREST's payloadAttributes: every object has the keys of the first
    if (rows.stream().anyMatch(r -> !r.keySet().equals(rows.get(0).keySet()))) {
      throw ErrorCode.INVALID_BODY.exception("All lines must have same number of fields");
    }
    StringBuilder json = new StringBuilder("[");
    for (Map<String, String> row : rows) {
      json.append(json.length() == 1 ? "{" : ",{");
      String sep = "";
      for (Map.Entry<String, String> e : row.entrySet()) {
        String v = e.getValue();
        json.append(sep).append(JsonText.quote(e.getKey())).append(':')
            .append(v.equals("NULL") ? "null" : JsonText.quote(v));
        sep = ",";
      }
      json.append('}');
    }
    List<String> keys = rows.isEmpty() ? List.of() : new ArrayList<>(rows.get(0).keySet());
    return new Payload(true, keys, rows.size(), json.append(']').toString());
  }

  // header := field ("," field)* line_break
  private List<String> header() {
    List<String> names = record();
    if (at('\n')) {
      pos++;
    } else if (at('\r')) {
      pos += s.startsWith("\r\n", pos) ? 2 : 1;
    } else {
      throw error(pos >= s.length() ? "not enough input" : "Failed reading: satisfy");
    }
    return names;
  }

  // records := record (("\n" | "\r\n") record)* EOF, without blank records
  private List<List<String>> records() {
    List<List<String>> out = new ArrayList<>();
    out.add(record());
    while (at('\n') || at('\r')) {
      if (s.charAt(pos++) == '\r') {
        if (!at('\n')) {
          throw error(pos >= s.length() ? "not enough input" : "Failed reading: satisfy");
        }
        pos++;
      }
      out.add(record());
    }
    if (pos < s.length()) {
      throw error("endOfInput");
    }
    out.removeIf(r -> r.size() == 1 && r.get(0).isEmpty());
    return out;
  }

  // record := field ("," field)*
  private List<String> record() {
    List<String> fields = new ArrayList<>();
    fields.add(field());
    while (at(',')) {
      pos++;
      fields.add(field());
    }
    return fields;
  }

  // field := '"' (char | '""')* '"' | [^",\r\n]*
  private String field() {
    if (!at('"')) {
      int start = pos;
      while (pos < s.length() && "\",\r\n".indexOf(s.charAt(pos)) < 0) {
        pos++;
      }
      return s.substring(start, pos);
    }
    pos++;
    // cassava scans to the first quote that no quote follows and takes it as the closing one; at
    // the end of the body it drops the last character as if it were
    int start = pos;
    boolean afterQuote = false;
    while (pos < s.length() && (s.charAt(pos) == '"' || !afterQuote)) {
      afterQuote = s.charAt(pos) == '"' && !afterQuote;
      pos++;
    }
    if (pos == start) {
      throw error("Failed reading: trailing double quote");
    }
    String content = s.substring(start, pos - 1);
    if (content.replace("\"\"", "").indexOf('"') >= 0) {
      throw error("Failed reading: invalid CSV escape sequence");
    }
    return content.replace("\"\"", "\"");
  }

  private boolean at(char c) {
    return pos < s.length() && s.charAt(pos) == c;
  }

  /** cassava's {@code parse error (…) at "rest of the body"}, the rest cut at 100 bytes. */
  private RuntimeException error(String reason) {
    byte[] rest = s.substring(pos).getBytes(StandardCharsets.UTF_8);
    String at = rest.length > 100
        ? new String(rest, 0, 100, StandardCharsets.UTF_8) + " (truncated)"
        : HaskellShow.string(new String(rest, StandardCharsets.ISO_8859_1));
    return ErrorCode.INVALID_BODY.exception("parse error (" + reason + ") at " + at);
  }
}
