package io.restgres.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A function of an exposed schema.
 *
 * @param arguments the argument list as {@code pg_get_function_arguments} prints it
 * @param result the result type as {@code pg_get_function_result} prints it
 * @param volatility {@code i}, {@code s} or {@code v}
 * @param params the input parameters, in declaration order
 * @param returns what a call gives back
 * @param settings the function's {@code SET} clauses ({@code proconfig}) by name, in order
 */
public record Routine(
    QualifiedName name,
    String arguments,
    String result,
    String volatility,
    Optional<String> description,
    List<Param> params,
    Returns returns,
    Map<String, String> settings) {
  public Routine {
    Objects.requireNonNull(name, "name");
    params = List.copyOf(params);
    Objects.requireNonNull(returns, "returns");
    settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
  }

  /**
   * An input parameter.
   *
   * @param name empty when the parameter is unnamed
   * @param type the type as {@code regtype} prints it, without length (PostgREST's {@code ppType})
   * @param castType the type a bound value is cast to: {@code type}, except that {@code character}
   *     and {@code bit} become their varying forms, which keep every character (PostgREST's
   *     {@code ppTypeMaxLength})
   * @param required whether it has no default
   */
  public record Param(String name, String type, String castType, boolean required, boolean variadic) {
    public Param {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(castType, "castType");
    }
  }

  /**
   * A function's result.
   *
   * @param relation the table or view whose row type a composite result is, when it is one
   * @param columns a composite result's columns, in order
   */
  public record Returns(Kind kind, boolean set, Optional<QualifiedName> relation, List<Column> columns) {
    /** The shape of one returned value. */
    public enum Kind { VOID, SCALAR, COMPOSITE }

    public Returns {
      Objects.requireNonNull(kind, "kind");
      columns = List.copyOf(columns);
    }
  }

  /** Whether a call may write: PostgREST runs only VOLATILE functions READ WRITE. */
  public boolean isVolatile() {
    return "v".equals(volatility);
  }

  /**
   * The one unnamed parameter a call passes by position (PostgREST's {@code OnePosParam}): the
   * schema cache holds a function with an unnamed parameter only when it is the only one.
   */
  public Optional<Param> positional() {
    return params.size() == 1 && params.get(0).name().isEmpty() ? Optional.of(params.get(0)) : Optional.empty();
  }
}
