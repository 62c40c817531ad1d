package io.restgres.plan;

import io.restgres.schema.Routine;
import java.util.List;
import java.util.Objects;

/**
 * An RPC call (PostgREST {@code CallPlan}): the chosen function, how its arguments are passed, and
 * the plan that reads its result like a relation, so that select, filters, order, range and count
 * apply to it as to a table.
 *
 * @param result the read of the result; its table is the result's row shape
 * @param tx the call's transaction, READ ONLY unless a POST calls a volatile function
 */
public record CallPlan(Routine routine, Args args, ActionPlan result, TxPlan tx) {
  public CallPlan {
    Objects.requireNonNull(routine, "routine");
    Objects.requireNonNull(args, "args");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(tx, "tx");
  }

  /** Whether the transaction is READ ONLY. */
  public boolean readOnly() {
    return tx.readOnly();
  }

  /** The column a scalar result goes by, as in PostgREST's {@code pgrst_scalar}. */
  public static final String SCALAR = "pgrst_scalar";

  /** How the arguments reach the function (PostgREST's {@code CallParams} with {@code CallArgs}). */
  public sealed interface Args permits Values, JsonBody, Positional, PositionalBytes {}

  /**
   * Named arguments, each bound on its own and cast to its parameter's type: the query string of a
   * GET, or a form body (PostgREST's {@code DirectArgs}). No arguments is a call without any.
   */
  public record Values(List<Arg> args) implements Args {
    public Values {
      args = List.copyOf(args);
    }
  }

  /**
   * Named arguments read from a JSON body with {@code json_to_record}, so that PostgreSQL converts
   * each value; of an array only the first object counts, as in PostgREST.
   */
  public record JsonBody(List<Arg> args, String json) implements Args {
    public JsonBody {
      args = List.copyOf(args);
      Objects.requireNonNull(json, "json");
    }

    /** Whether the body is an array of objects rather than one object. */
    public boolean isArray() {
      return !json.stripLeading().startsWith("{");
    }
  }

  /**
   * The whole body, cast to its type, as the function's one unnamed parameter (PostgREST's
   * {@code OnePosParam}): a JSON body as it came, even {@code {"": v}}, or a text or XML body.
   */
  public record Positional(String type, String value) implements Args {
    public Positional {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(value, "value");
    }
  }

  /** The body's bytes as the one unnamed {@code bytea} parameter. */
  public record PositionalBytes(byte[] value) implements Args {
    public PositionalBytes {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * One named argument.
   *
   * @param castType the type its value is cast to, {@link Routine.Param#castType()}
   * @param values the value bound for {@link Values}: the last one given, or all of them in order
   *     for a VARIADIC parameter; empty for {@link JsonBody}
   */
  public record Arg(String name, String castType, boolean variadic, List<String> values) {
    public Arg {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(castType, "castType");
      values = List.copyOf(values);
    }
  }
}
