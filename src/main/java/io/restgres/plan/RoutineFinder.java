package io.restgres.plan;

import io.restgres.error.ErrorCode;
import io.restgres.schema.QualifiedName;
import io.restgres.schema.Routine;
import io.restgres.schema.SchemaCache;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Chooses the function a call means (PostgREST {@code Plan.hs:findProc}): by name and by the set
 * of argument names, where parameters with defaults may be left out. Overloads are told apart only
 * by those names, so two that both fit are ambiguous (PGRST203). A JSON body that fits no overload
 * by its keys falls back to one taking the whole body as its single unnamed json/jsonb parameter.
 */
final class RoutineFinder {
  private RoutineFinder() {}

  /**
   * @param args the argument names the request supplies
   * @param jsonBody whether the arguments came as a JSON body, which allows the whole-body fallback
   */
  static Routine find(SchemaCache cache, QualifiedName fn, Set<String> args, boolean jsonBody) {
    List<Routine> named = cache.routines().stream().filter(r -> r.name().equals(fn)).toList();
    List<Routine> fits = named.stream().filter(r -> fits(r, args)).toList();
    if (fits.isEmpty() && jsonBody) {
      fits = named.stream().filter(Routine::takesBody).toList();
    }
    if (fits.size() == 1) {
      return fits.get(0);
    }
    if (fits.isEmpty()) {
      throw notFound(cache, fn, new TreeSet<>(args), named, jsonBody);
    }
    throw ErrorCode.AMBIGUOUS_FUNCTION.exception(
        "Could not choose the best candidate function between: "
            + fits.stream().map(RoutineFinder::signature).collect(Collectors.joining(", ")),
        null,
        "Try renaming the parameters or the function itself in the database so function overloading can be resolved");
  }

  // Every supplied name is a parameter, and every parameter without a default is supplied.
  static boolean fits(Routine r, Set<String> args) {
    Set<String> names = r.params().stream().map(Routine.Param::name).collect(Collectors.toSet());
    return names.containsAll(args)
        && r.params().stream().filter(Routine.Param::required).allMatch(p -> args.contains(p.name()));
  }

  private static RuntimeException notFound(
      SchemaCache cache, QualifiedName fn, TreeSet<String> args, List<Routine> named, boolean jsonBody) {
    String qualified = fn.schema() + "." + fn.name();
    String list = String.join(", ", args);
    String message = "Could not find the function " + qualified
        + (args.isEmpty() ? " without parameters" : "(" + list + ")") + " in the schema cache";
    String searched = args.isEmpty() ? " without parameters"
        : (args.size() == 1 ? " with parameter " : " with parameters ") + list;
    String details = "Searched for the function " + qualified + searched
        + (jsonBody ? " or with a single unnamed json/jsonb parameter" : "")
        + ", but no matches were found in the schema cache.";
    return ErrorCode.FUNCTION_NOT_FOUND.exception(message, details, hint(cache, fn, args, named).orElse(null));
  }

  // An overload's parameter names when the name exists, else the closest function name.
  private static Optional<String> hint(
      SchemaCache cache, QualifiedName fn, TreeSet<String> args, List<Routine> named) {
    String prefix = "Perhaps you meant to call the function " + fn.schema() + ".";
    if (!named.isEmpty()) {
      List<String> lists = new ArrayList<>();
      for (Routine r : named) {
        lists.add("(" + r.params().stream().map(Routine.Param::name).sorted().collect(Collectors.joining(", ")) + ")");
      }
      String wanted = "(" + String.join(", ", args) + ")";
      String best = lists.stream().min(java.util.Comparator.comparingInt(l -> Suggestions.distance(wanted, l))).get();
      return Optional.of(prefix + fn.name() + best);
    }
    List<String> names = cache.routines().stream()
        .filter(r -> r.name().schema().equals(fn.schema())).map(r -> r.name().name()).distinct().toList();
    return Suggestions.closest(fn.name(), names).map(n -> prefix + n);
  }

  private static String signature(Routine r) {
    return r.name().schema() + "." + r.name().name() + "("
        + r.params().stream().map(p -> p.name() + " => " + p.type()).collect(Collectors.joining(", ")) + ")";
  }
}
