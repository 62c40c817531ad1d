package io.restgres.schema;

import java.util.Objects;
import java.util.Optional;

/**
 * A function of an exposed schema.
 *
 * @param arguments the argument list as {@code pg_get_function_arguments} prints it
 * @param result the result type as {@code pg_get_function_result} prints it
 * @param volatility {@code i}, {@code s} or {@code v}
 */
public record Routine(
    QualifiedName name, String arguments, String result, String volatility, Optional<String> description) {
  public Routine {
    Objects.requireNonNull(name, "name");
  }
}
