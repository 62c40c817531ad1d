package io.restgres.request;

import java.util.Objects;

/**
 * What a request's path names (PostgREST's {@code Resource}): the root, a relation, or a function
 * with the arguments the request gives it.
 */
public sealed interface Target permits Target.Root, Target.Relation, Target.Call {
  /** {@code /}: the OpenAPI document. */
  record Root() implements Target {}

  /** {@code /{name}}: a table or view. */
  record Relation(String name) implements Target {
    public Relation {
      Objects.requireNonNull(name, "name");
    }
  }

  /** {@code /rpc/{function}}, with the arguments from the query string or the body. */
  record Call(String function, CallInput input) implements Target {
    public Call {
      Objects.requireNonNull(function, "function");
      Objects.requireNonNull(input, "input");
    }
  }
}
