package io.restgres.plan;

import io.restgres.schema.Routine;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An RPC call (PostgREST {@code CallPlan}): the chosen function, how its arguments are passed, and
 * the plan that reads its result like a relation, so that select, filters, order, range and count
 * apply to it as to a table.
 *
 * @param args the arguments, in the function's parameter order
 * @param body the JSON body the arguments are taken from ({@link Passing#JSON_OBJECT}) or that is
 *     the single argument ({@link Passing#WHOLE_BODY})
 * @param result the read of the result; its table is the result's row shape
 * @param readOnly whether the transaction is READ ONLY
 */
public record CallPlan(
    Routine routine, Passing passing, List<Arg> args, Optional<String> body, ActionPlan result, boolean readOnly) {
  public CallPlan {
    Objects.requireNonNull(routine, "routine");
    Objects.requireNonNull(passing, "passing");
    args = List.copyOf(args);
    Objects.requireNonNull(result, "result");
  }

  /** How the values reach the function. */
  public enum Passing {
    /** Each value bound on its own and cast to its parameter's type (GET query parameters). */
    VALUES,
    /** The body's keys read with {@code json_to_record}, so PostgreSQL converts each JSON value. */
    JSON_OBJECT,
    /** The whole body as the function's one unnamed json/jsonb parameter. */
    WHOLE_BODY
  }

  /**
   * One named argument.
   *
   * @param value the text bound for {@link Passing#VALUES}; empty for the JSON passings
   */
  public record Arg(String name, String type, Optional<String> value) {
    public Arg {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
    }
  }

  /** The column a scalar result goes by, as in PostgREST's {@code pgrst_scalar}. */
  public static final String SCALAR = "pgrst_scalar";
}
