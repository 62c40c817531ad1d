package io.restgres.plan;

import io.restgres.error.ApiException;
import io.restgres.json.JsonParser;
import io.restgres.request.Action;
import io.restgres.request.ApiRequest;
import io.restgres.request.Payload;
import io.restgres.request.parse.PayloadParser;
import io.restgres.request.parse.QueryStringParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What an RPC request gives its function, before the function is known: the argument names a
 * function is chosen by, and the values or body they come in (PostgREST's payload of an
 * {@code ActRoutine}).
 *
 * @param keys the argument names, sorted as PostgREST lists them in its errors
 * @param pairs the name-value pairs of a query string or form body, in request order
 * @param body the JSON text of a JSON or CSV body, or a text or XML body as it came
 * @param bytes the body's bytes
 */
record CallInput(Kind kind, SortedSet<String> keys, List<Map.Entry<String, String>> pairs, String body,
    byte[] bytes) {
  /** Where the arguments come from: the query string (GET, HEAD, OPTIONS) or a body by Content-Type. */
  enum Kind {
    QUERY, JSON, CSV, FORM, TEXT, XML, BINARY;

    /** A body that can only be a single unnamed parameter (PostgREST: text/plain, text/xml, octet-stream). */
    boolean isRaw() {
      return this == TEXT || this == XML || this == BINARY;
    }
  }

  CallInput {
    Objects.requireNonNull(kind, "kind");
    keys = new TreeSet<>(keys);
    pairs = List.copyOf(pairs);
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(bytes, "bytes");
  }

  static CallInput of(ApiRequest req) {
    if (req.action() != Action.INSERT) {
      return fromPairs(Kind.QUERY, req.rpcArgs());
    }
    byte[] bytes = req.body();
    String text = new String(bytes, StandardCharsets.UTF_8);
    return switch (req.contentType().orElse("application/json")) {
      // form data writes a space as '+'
      case "application/x-www-form-urlencoded" -> fromPairs(Kind.FORM, QueryStringParser.decode(text.replace('+', ' ')));
      case "text/plain" -> new CallInput(Kind.TEXT, new TreeSet<>(), List.of(), text, bytes);
      case "text/xml" -> new CallInput(Kind.XML, new TreeSet<>(), List.of(), text, bytes);
      case "application/octet-stream" -> new CallInput(Kind.BINARY, new TreeSet<>(), List.of(), text, bytes);
      case "application/json" -> fromPayload(Kind.JSON, json(req, text), bytes);
      // text/csv; PayloadParser refuses any other type with PostgREST's "Content-Type not acceptable"
      default -> fromPayload(Kind.CSV, PayloadParser.parse(req.contentType(), bytes, req.query().columns()), bytes);
    };
  }

  private static CallInput fromPairs(Kind kind, List<Map.Entry<String, String>> pairs) {
    TreeSet<String> keys = new TreeSet<>();
    pairs.forEach(e -> keys.add(e.getKey()));
    return new CallInput(kind, keys, pairs, "", new byte[0]);
  }

  private static CallInput fromPayload(Kind kind, Payload p, byte[] bytes) {
    return new CallInput(kind, new TreeSet<>(p.keys()), List.of(), p.json(), bytes);
  }

  // An empty body counts as {}; a JSON scalar as [] (PostgREST "truncates everything else to an empty array").
  private static Payload json(ApiRequest req, String text) {
    if (req.body().length == 0) {
      return new Payload(false, List.of(), 1, "{}");
    }
    try {
      return PayloadParser.parse(req.contentType(), req.body(), req.query().columns());
    } catch (ApiException e) {
      String start = text.strip();
      if (start.startsWith("{") || start.startsWith("[")) {
        throw e;
      }
      try {
        JsonParser.parse(text);
      } catch (IllegalArgumentException notJson) {
        throw e;
      }
      return new Payload(true, List.of(), 0, "[]");
    }
  }
}
