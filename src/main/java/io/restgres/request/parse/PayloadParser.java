package io.restgres.request.parse;

import io.restgres.error.ErrorCode;
import io.restgres.json.JsonText;
import io.restgres.request.Payload;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A write's body as the JSON PostgreSQL expands, by Content-Type: JSON is only scanned (or, with
 * {@code ?columns=}, passed on untouched); CSV and form data are converted to JSON text, as PostgREST
 * converts them before they reach the database.
 */
public final class PayloadParser {
  private PayloadParser() {}

  public static Payload parse(Optional<String> contentType, byte[] body, Optional<List<String>> columns) {
    String type = contentType.orElse("application/json");
    String text = new String(body, StandardCharsets.UTF_8);
    return switch (type) {
      case "application/json" -> columns.isPresent()
          ? new Payload(text.stripLeading().startsWith("["), columns.get(), -1, text)
          : PayloadScanner.scan(text);
      case "text/csv" -> CsvPayload.parse(text);
      case "application/x-www-form-urlencoded" -> form(text);
      default -> throw ErrorCode.INVALID_BODY.exception("Content-Type not acceptable: " + type);
    };
  }

  // a=1&b=2 -> {"a":"1","b":"2"}: one row of text values, converted by PostgreSQL to column types
  private static Payload form(String text) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : QueryStringParser.decode(text)) {
      values.put(e.getKey(), e.getValue());
    }
    StringBuilder json = new StringBuilder("{");
    values.forEach((k, v) -> {
      if (json.length() > 1) {
        json.append(',');
      }
      json.append(JsonText.quote(k)).append(':').append(JsonText.quote(v));
    });
    return new Payload(false, new ArrayList<>(values.keySet()), 1, json.append('}').toString());
  }
}
