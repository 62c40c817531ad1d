package io.restgres.openapi;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** PostgreSQL types as Swagger 2.0 describes them (PostgREST {@code OpenAPI.hs}). */
final class SwaggerTypes {
  private static final Pattern LENGTH = Pattern.compile("^(character varying|character|bit varying|bit)\\((\\d+)\\)$");

  private SwaggerTypes() {}

  /** The Swagger type, or null for json/jsonb (any JSON value). */
  static String of(String baseType) {
    if (baseType.endsWith("[]")) {
      return "array";
    }
    return switch (baseType) {
      case "boolean" -> "boolean";
      case "smallint", "integer", "bigint" -> "integer";
      case "numeric", "real", "double precision" -> "number";
      case "json", "jsonb" -> null;
      default -> "string";
    };
  }

  /** {@code int32}/{@code int64} for integers, else the PostgreSQL type name. */
  static String format(String baseType) {
    return switch (baseType) {
      case "smallint", "integer" -> "int32";
      case "bigint" -> "int64";
      default -> baseType;
    };
  }

  /** {@code maxLength} of {@code character varying(n)} and friends. */
  static Optional<Integer> maxLength(String type) {
    Matcher m = LENGTH.matcher(type);
    return m.matches() ? Optional.of(Integer.parseInt(m.group(2))) : Optional.empty();
  }

  /**
   * A column default as JSON, when it is a constant: for strings the literal without its cast and
   * quotes; for others the default text if it is valid JSON ({@code 42}, {@code false}). Anything
   * computed ({@code nextval(...)}, {@code now()}) has none, as in PostgREST.
   */
  static Optional<JsonValue> defaultValue(String expression, String baseType, String swaggerType) {
    String e = expression.trim();
    if ("string".equals(swaggerType)) {
      int cast = e.lastIndexOf("::");
      String literal = cast > 0 ? e.substring(0, cast) : e;
      if (literal.length() >= 2 && literal.startsWith("'") && literal.endsWith("'")) {
        return Optional.of(Json.createValue(literal.substring(1, literal.length() - 1).replace("''", "'")));
      }
      return Optional.empty();
    }
    try (var reader = Json.createReader(new StringReader(e))) {
      return Optional.of(reader.readValue());
    } catch (RuntimeException notJson) {
      return Optional.empty();
    }
  }
}
