package io.restgres.sql;

import io.restgres.error.ErrorCode;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which casts from the URL ({@code col::type}) are accepted. PostgREST splices the type unquoted
 * (quoting would break names such as {@code integer}), so only a single identifier or one of SQL's
 * multi-word type names is allowed, optionally as an array: never text that could continue the
 * statement. It lives with the code that splices the type, so the check cannot be skipped.
 */
final class TypeNames {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");
  private static final Set<String> MULTI_WORD = Set.of(
      "double precision", "character varying", "bit varying", "timestamp with time zone",
      "timestamp without time zone", "time with time zone", "time without time zone");

  private TypeNames() {}

  static boolean isValid(String type) {
    String base = type.endsWith("[]") ? type.substring(0, type.length() - 2) : type;
    return IDENTIFIER.matcher(base).matches() || MULTI_WORD.contains(base.toLowerCase(Locale.ROOT));
  }

  /** The type, or PGRST100 for anything else: a cast is part of the URL grammar. */
  static String checked(String type) {
    if (!isValid(type)) {
      throw ErrorCode.QUERY_PARSE.exception(
          "Invalid cast type '" + type + "'", "A cast must name a type: an identifier such as int4 or text, "
              + "or one of SQL's multi-word type names", null);
    }
    return type;
  }
}
