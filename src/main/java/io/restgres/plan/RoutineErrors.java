package io.restgres.plan;

import io.restgres.error.ApiException;
import io.restgres.error.ErrorCode;
import io.restgres.request.CallInput;
import io.restgres.schema.QualifiedName;
import io.restgres.schema.Routine;
import io.restgres.schema.SchemaCache;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** PGRST202 for a call no function of the schema cache fits, worded as PostgREST's {@code NoRpc}. */
final class RoutineErrors {
  // PostgREST names another function only when it is this close; parameter lists need FuzzySet.DEFAULT_MIN
  private static final double NAME_HINT_MIN = 0.75;

  private RoutineErrors() {}

  /** @param overloads the functions of the called name, in overload order */
  static ApiException notFound(SchemaCache cache, QualifiedName fn, CallInput in, List<Routine> overloads) {
    String qualified = fn.schema() + "." + fn.name();
    String list = String.join(", ", in.keys());
    boolean rawBody = in.kind().isRaw();
    String message = "Could not find the function " + qualified
        + (rawBody ? "" : in.keys().isEmpty() ? " without parameters" : "(" + list + ")") + " in the schema cache";
    String withParams = in.keys().isEmpty() ? " without parameters"
        : (in.keys().size() > 1 ? " with parameters " : " with parameter ") + list;
    String searched = switch (in.kind()) {
      case TEXT -> " with a single unnamed text parameter";
      case XML -> " with a single unnamed xml parameter";
      case BINARY -> " with a single unnamed bytea parameter";
      case JSON -> withParams + " or with a single unnamed json/jsonb parameter";
      default -> withParams;
    };
    String details = "Searched for the function " + qualified + searched + ", but no matches were found in the schema cache.";
    // a body that can only be an unnamed parameter gets no hint
    String hint = rawBody ? null : hint(cache, fn, in, overloads).orElse(null);
    return ErrorCode.FUNCTION_NOT_FOUND.exception(message, details, hint);
  }

  // The overload whose parameter names are closest when the name exists, else the closest function name.
  private static Optional<String> hint(SchemaCache cache, QualifiedName fn, CallInput in, List<Routine> overloads) {
    String prefix = "Perhaps you meant to call the function " + fn.schema() + ".";
    if (overloads.isEmpty()) {
      List<String> names = cache.routines().stream()
          .filter(r -> r.name().schema().equals(fn.schema())).map(r -> r.name().name()).distinct().toList();
      return new FuzzySet(names).closest(fn.name(), NAME_HINT_MIN).map(n -> prefix + n);
    }
    List<String> lists = overloads.stream()
        .map(r -> paramList(r.params().stream().map(Routine.Param::name).toList())).toList();
    return new FuzzySet(lists).closest(paramList(List.copyOf(in.keys())), FuzzySet.DEFAULT_MIN)
        .map(l -> prefix + fn.name() + l);
  }

  private static String paramList(List<String> names) {
    return "(" + names.stream().sorted().collect(Collectors.joining(", ")) + ")";
  }
}
