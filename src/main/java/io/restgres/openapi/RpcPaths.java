package io.restgres.openapi;

import io.restgres.schema.Routine;
import io.restgres.schema.Routine.Param;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * The {@code /rpc/fn} entry of a function (PostgREST {@code OpenAPI.hs}): POST with the arguments
 * as a body object, and GET with them as query parameters unless the function is volatile.
 */
final class RpcPaths {
  private static final List<String> PRODUCES = List.of(
      "application/json", "application/vnd.pgrst.object+json;nulls=stripped", "application/vnd.pgrst.object+json");

  private RpcPaths() {}

  static JsonObjectBuilder of(Routine r) {
    JsonObjectBuilder path = Json.createObjectBuilder().add("post", post(r));
    if (!r.isVolatile()) {
      path.add("get", get(r));
    }
    return path;
  }

  private static JsonObjectBuilder post(Routine r) {
    JsonObjectBuilder props = Json.createObjectBuilder();
    JsonArrayBuilder required = Json.createArrayBuilder();
    for (Param p : named(r)) {
      props.add(p.name(), typed(Json.createObjectBuilder(), p));
      if (p.required()) {
        required.add(p.name());
      }
    }
    JsonObjectBuilder schema = Json.createObjectBuilder().add("type", "object").add("properties", props)
        .add("required", required);
    r.description().ifPresent(d -> schema.add("description", d));
    JsonArrayBuilder params = Json.createArrayBuilder()
        .add(Json.createObjectBuilder().add("in", "body").add("name", "args").add("required", true)
            .add("schema", schema))
        .add(Json.createObjectBuilder().add("$ref", "#/parameters/preferParams"));
    return operation(r).add("parameters", params);
  }

  private static JsonObjectBuilder get(Routine r) {
    JsonArrayBuilder params = Json.createArrayBuilder();
    for (Param p : named(r)) {
      params.add(typed(Json.createObjectBuilder().add("in", "query").add("name", p.name())
          .add("required", p.required()), p));
    }
    return operation(r).add("parameters", params);
  }

  private static JsonObjectBuilder operation(Routine r) {
    JsonObjectBuilder op = Json.createObjectBuilder()
        .add("produces", OpenApiBuilder.array(PRODUCES))
        .add("responses", Json.createObjectBuilder().add("200", Json.createObjectBuilder().add("description", "OK")))
        .add("tags", Json.createArrayBuilder().add("(rpc) " + r.name().name()));
    r.description().ifPresent(d -> op.add("summary", d.split("\n", 2)[0]));
    return op;
  }

  private static JsonObjectBuilder typed(JsonObjectBuilder b, Param p) {
    String type = SwaggerTypes.of(p.type());
    return b.add("format", p.type()).add("type", type == null || type.equals("array") ? "string" : type);
  }

  private static List<Param> named(Routine r) {
    return r.params().stream().filter(p -> !p.name().isEmpty()).toList();
  }
}
