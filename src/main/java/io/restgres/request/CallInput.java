package io.restgres.request;

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
public record CallInput(Kind kind, SortedSet<String> keys, List<Map.Entry<String, String>> pairs, String body,
    byte[] bytes) {
  /** Where the arguments come from: the query string (GET, HEAD, OPTIONS) or a body by Content-Type. */
  public enum Kind {
    QUERY, JSON, CSV, FORM, TEXT, XML, BINARY;

    /** A body that can only be a single unnamed parameter (PostgREST: text/plain, text/xml, octet-stream). */
    public boolean isRaw() {
      return this == TEXT || this == XML || this == BINARY;
    }
  }

  public CallInput {
    Objects.requireNonNull(kind, "kind");
    keys = new TreeSet<>(keys);
    pairs = List.copyOf(pairs);
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(bytes, "bytes");
  }

  /** Arguments given as name-value pairs: a query string or a form body. */
  public static CallInput ofPairs(Kind kind, List<Map.Entry<String, String>> pairs) {
    TreeSet<String> keys = new TreeSet<>();
    pairs.forEach(e -> keys.add(e.getKey()));
    return new CallInput(kind, keys, pairs, "", new byte[0]);
  }

  /** Whether the values come as name-value pairs rather than in a body. */
  public boolean isPairs() {
    return kind == Kind.QUERY || kind == Kind.FORM;
  }
}
