package io.restgres.request.parse;

import io.restgres.error.ApiException;
import io.restgres.json.Jsonp;
import io.restgres.request.CallInput.Kind;
import io.restgres.request.CallInput;
import io.restgres.request.Payload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Reads an RPC's arguments from its query string (GET, HEAD, OPTIONS) or its body (POST). */
final class CallInputParser {
  private CallInputParser() {}

  static CallInput fromQuery(List<Map.Entry<String, String>> args) {
    return CallInput.ofPairs(Kind.QUERY, args);
  }

  static CallInput fromBody(Optional<String> contentType, byte[] bytes, Optional<List<String>> columns) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    return switch (contentType.orElse("application/json")) {
      // form data writes a space as '+', which the query-string decoder reads as one
      case "application/x-www-form-urlencoded" -> CallInput.ofPairs(Kind.FORM, QueryStringParser.decode(text));
      case "text/plain" -> new CallInput(Kind.TEXT, new TreeSet<>(), List.of(), text, bytes);
      case "text/xml" -> new CallInput(Kind.XML, new TreeSet<>(), List.of(), text, bytes);
      case "application/octet-stream" -> new CallInput(Kind.BINARY, new TreeSet<>(), List.of(), text, bytes);
      case "application/json" -> fromPayload(Kind.JSON, json(contentType, bytes, text, columns), bytes);
      // text/csv; PayloadParser refuses any other type with PostgREST's "Content-Type not acceptable"
      default -> fromPayload(Kind.CSV, PayloadParser.parse(contentType, bytes, columns), bytes);
    };
  }

  private static CallInput fromPayload(Kind kind, Payload p, byte[] bytes) {
    return new CallInput(kind, new TreeSet<>(p.keys()), List.of(), p.json(), bytes);
  }

  // An empty body counts as {}; a JSON scalar as [] (PostgREST "truncates everything else to an empty array").
  private static Payload json(Optional<String> contentType, byte[] bytes, String text, Optional<List<String>> columns) {
    if (bytes.length == 0) {
      return new Payload(false, List.of(), 1, "{}");
    }
    try {
      return PayloadParser.parse(contentType, bytes, columns);
    } catch (ApiException e) {
      String start = text.strip();
      if (start.startsWith("{") || start.startsWith("[")) {
        throw e;
      }
      try {
        Jsonp.parse(text);
      } catch (IllegalArgumentException notJson) {
        throw e;
      }
      return new Payload(true, List.of(), 0, "[]");
    }
  }
}
