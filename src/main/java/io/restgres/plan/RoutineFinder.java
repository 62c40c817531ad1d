package io.restgres.plan;

import io.restgres.error.ErrorCode;
import io.restgres.request.CallInput;
import io.restgres.schema.QualifiedName;
import io.restgres.schema.Routine;
import io.restgres.schema.SchemaCache;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.stream.Collectors;

/**
 * Chooses the function a call means (PostgREST {@code Plan.hs:findProc}): by name and by the set
 * of argument names, where parameters with defaults may be left out. Overloads are told apart only
 * by those names, so two that both fit are ambiguous (PGRST203). A POST that fits no overload by
 * its names falls back to the overload whose one unnamed parameter takes the body whole, by
 * Content-Type: json or jsonb for JSON, text for text/plain, xml for text/xml, bytea for
 * application/octet-stream.
 */
final class RoutineFinder {
  // PostgREST's Ord Routine: fewer parameters first, then by description, then by the parameters.
  private static final Comparator<Routine> OVERLOADS = Comparator
      .comparingInt((Routine r) -> r.params().size())
      .thenComparing(r -> r.description().orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(Routine::params, RoutineFinder::compareParams);

  private RoutineFinder() {}

  static Routine find(SchemaCache cache, QualifiedName fn, CallInput in) {
    List<Routine> named = overloads(cache, fn);
    List<Routine> fits = named.stream().filter(r -> fits(r, in)).toList();
    List<Routine> fallbacks = named.stream().filter(r -> !fits(r, in) && takesBody(r, in.kind())).toList();
    List<Routine> chosen = fits.isEmpty() ? fallbacks : fits;
    if (chosen.size() == 1) {
      return chosen.get(0);
    }
    if (chosen.isEmpty()) {
      throw RoutineErrors.notFound(cache, fn, in, named);
    }
    throw ErrorCode.AMBIGUOUS_FUNCTION.exception(
        "Could not choose the best candidate function between: "
            + chosen.stream().map(RoutineFinder::signature).collect(Collectors.joining(", ")),
        null,
        "Try renaming the parameters or the function itself in the database so function overloading can be resolved");
  }

  static List<Routine> overloads(SchemaCache cache, QualifiedName fn) {
    return cache.routines().stream().filter(r -> r.name().equals(fn)).sorted(OVERLOADS).toList();
  }

  // Every supplied name is a parameter and every parameter without a default is supplied; a function
  // without parameters takes no names and no body that could only be an unnamed parameter.
  private static boolean fits(Routine r, CallInput in) {
    SortedSet<String> args = in.keys();
    if (r.params().isEmpty()) {
      return args.isEmpty() && !in.kind().isRaw();
    }
    Set<String> names = r.params().stream().map(Routine.Param::name).collect(Collectors.toSet());
    return names.containsAll(args)
        && r.params().stream().filter(Routine.Param::required).allMatch(p -> args.contains(p.name()));
  }

  private static boolean takesBody(Routine r, CallInput.Kind kind) {
    return r.positional().map(p -> switch (kind) {
      case JSON -> p.type().equals("json") || p.type().equals("jsonb");
      case TEXT -> p.type().equals("text");
      case XML -> p.type().equals("xml");
      case BINARY -> p.type().equals("bytea");
      default -> false;
    }).orElse(false);
  }

  private static String signature(Routine r) {
    return r.name().schema() + "." + r.name().name() + "("
        + r.params().stream().map(p -> p.name() + " => " + p.type()).collect(Collectors.joining(", ")) + ")";
  }

  private static int compareParams(List<Routine.Param> a, List<Routine.Param> b) {
    Comparator<Routine.Param> param = Comparator.comparing(Routine.Param::name)
        .thenComparing(Routine.Param::type)
        .thenComparing(Routine.Param::castType)
        .thenComparing(Routine.Param::required)
        .thenComparing(Routine.Param::variadic);
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = param.compare(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }
}
