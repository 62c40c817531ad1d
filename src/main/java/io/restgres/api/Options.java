package io.restgres.api;

import io.restgres.response.HttpResult;
import io.restgres.schema.Routine;
import io.restgres.schema.Table;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code OPTIONS}: the verbs a relation supports, from what it can do rather than from grants
 * (PostgREST {@code Response.hs}).
 */
final class Options {
  private Options() {}

  static HttpResult forRelation(Table t) {
    List<String> verbs = new ArrayList<>(List.of("OPTIONS", "GET", "HEAD"));
    if (t.insertable()) {
      verbs.add("POST");
    }
    if (t.insertable() && t.updatable() && !t.primaryKey().isEmpty()) {
      verbs.add("PUT");
    }
    if (t.updatable()) {
      verbs.add("PATCH");
    }
    if (t.deletable()) {
      verbs.add("DELETE");
    }
    return allow(String.join(",", verbs));
  }

  /** Volatile functions are POST only: GET and HEAD run READ ONLY. */
  static HttpResult forRoutine(Routine r) {
    return allow(r.isVolatile() ? "OPTIONS,POST" : "OPTIONS,GET,HEAD,POST");
  }

  static HttpResult forRoot() {
    return allow("OPTIONS,GET,HEAD");
  }

  private static HttpResult allow(String verbs) {
    return new HttpResult(200, List.of(
        new SimpleImmutableEntry<>("Access-Control-Allow-Origin", "*"),
        new SimpleImmutableEntry<>("Allow", verbs)), null);
  }
}
