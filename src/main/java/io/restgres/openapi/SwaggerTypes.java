package io.restgres.openapi;

/** PostgreSQL type to Swagger 2.0 {@code type} (PostgREST {@code OpenAPI.hs:toSwaggerType}). */
final class SwaggerTypes {
  private SwaggerTypes() {}

  /** The Swagger type, or null for json/jsonb (any JSON value). */
  static String of(String baseType) {
    if (baseType.endsWith("[]")) {
      return "array";
    }
    return switch (baseType) {
      case "character varying", "character", "text", "\"char\"", "name", "uuid", "date",
          "timestamp without time zone", "timestamp with time zone", "time without time zone",
          "time with time zone", "interval", "bytea", "inet", "cidr", "macaddr", "tsvector", "xml",
          "int4range", "int8range", "numrange", "tsrange", "tstzrange", "daterange" -> "string";
      case "boolean" -> "boolean";
      case "smallint", "integer", "bigint" -> "integer";
      case "numeric", "real", "double precision", "money" -> "number";
      case "json", "jsonb" -> null;
      default -> "string";
    };
  }
}
