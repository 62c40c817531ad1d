package io.restgres.openapi;

import io.restgres.schema.Column;
import io.restgres.schema.Routine;
import io.restgres.schema.SchemaCache;
import io.restgres.schema.Table;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * OpenAPI 3 schemas of relations and function arguments, from column types as the Swagger 2.0
 * document maps them ({@link SwaggerTypes}): type and format, enum values, constant defaults,
 * maximum lengths, the comment and PostgREST's key notes as description, and non-null columns as
 * required.
 */
final class Oas3Schemas {
  // OpenAPI 3.0's rule for component names (section 4.7.7)
  private static final Pattern COMPONENT_NAME = Pattern.compile("[a-zA-Z0-9.\\-_]+");

  private Oas3Schemas() {}

  /**
   * The component name of a relation's schema: the name itself when OpenAPI allows it, else its
   * allowed characters with a hash of the whole name, so that two names never share one.
   */
  static String key(String relation) {
    if (COMPONENT_NAME.matcher(relation).matches()) {
      return relation;
    }
    return relation.replaceAll("[^a-zA-Z0-9.\\-_]", "_") + "-" + Integer.toHexString(relation.hashCode());
  }

  static Schema of(Table t, SchemaCache cache) {
    Schema s = OASFactory.createSchema().type(SchemaType.OBJECT);
    t.description().ifPresent(s::description);
    for (Column c : t.columns().values()) {
      s.addProperty(c.name(), column(t, c, cache));
      if (!c.nullable()) {
        s.addRequired(c.name());
      }
    }
    return s;
  }

  /** The arguments of a function as one object (the body of {@code POST /rpc/fn}). */
  static Schema arguments(Routine r) {
    Schema s = OASFactory.createSchema().type(SchemaType.OBJECT);
    for (Routine.Param p : r.params()) {
      if (!p.name().isEmpty()) {
        s.addProperty(p.name(), typed(p.type()));
        if (p.required()) {
          s.addRequired(p.name());
        }
      }
    }
    return s;
  }

  /**
   * What a call of the function answers: its relation's schema (by reference when the document
   * has it), an object of its columns, or its scalar type; an array for a set-returning function.
   */
  static Schema result(Routine r, Set<String> documented) {
    Routine.Returns ret = r.returns();
    Schema item;
    if (ret.kind() == Routine.Returns.Kind.COMPOSITE) {
      item = ret.relation().filter(q -> q.schema().equals(r.name().schema()) && documented.contains(q.name()))
          .map(q -> OASFactory.createSchema().ref(key(q.name())))
          .orElseGet(() -> columns(ret.columns()));
    } else if (ret.kind() == Routine.Returns.Kind.SCALAR) {
      item = typed(r.result().replaceFirst("^SETOF ", ""));
    } else {
      return OASFactory.createSchema();
    }
    return ret.set() ? OASFactory.createSchema().type(SchemaType.ARRAY).items(item) : item;
  }

  private static Schema columns(List<Column> columns) {
    Schema s = OASFactory.createSchema().type(SchemaType.OBJECT);
    columns.forEach(c -> s.addProperty(c.name(), typed(c.baseType())));
    return s;
  }

  /** A value of the PostgreSQL type: json and jsonb have no type (any JSON value). */
  static Schema typed(String baseType) {
    Schema s = OASFactory.createSchema().format(SwaggerTypes.format(baseType));
    type(SwaggerTypes.of(baseType)).ifPresent(s::type);
    if (baseType.endsWith("[]")) {
      s.items(typed(baseType.substring(0, baseType.length() - 2)));
    }
    return s;
  }

  private static Schema column(Table t, Column c, SchemaCache cache) {
    Schema s = typed(c.baseType());
    String note = OpenApiBuilder.notes(t, c, cache);
    if (!note.isEmpty() || c.description().isPresent()) {
      s.description(c.description().map(d -> d + (note.isEmpty() ? "" : "\n\n")).orElse("") + note);
    }
    c.defaultValue().flatMap(d -> SwaggerTypes.defaultValue(d, c.baseType(), SwaggerTypes.of(c.baseType())))
        .map(Oas3Schemas::plain).ifPresent(s::defaultValue);
    c.enumValues().forEach(s::addEnumeration);
    SwaggerTypes.maxLength(c.type()).ifPresent(s::maxLength);
    if (c.nullable()) {
      s.nullable(true);
    }
    return s;
  }

  private static Optional<SchemaType> type(String swaggerType) {
    if (swaggerType == null) {
      return Optional.empty();
    }
    return Optional.of(switch (swaggerType) {
      case "array" -> SchemaType.ARRAY;
      case "boolean" -> SchemaType.BOOLEAN;
      case "integer" -> SchemaType.INTEGER;
      case "number" -> SchemaType.NUMBER;
      default -> SchemaType.STRING;
    });
  }

  private static Object plain(JsonValue v) {
    if (v instanceof JsonString s) {
      return s.getString();
    }
    if (v instanceof JsonNumber n) {
      return n.bigDecimalValue();
    }
    return v == JsonValue.TRUE ? Boolean.TRUE : v == JsonValue.FALSE ? Boolean.FALSE : v.toString();
  }
}
