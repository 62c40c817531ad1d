package io.restgres.openapi;

import io.restgres.schema.Column;
import io.restgres.schema.Table;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/** The {@code paths} entry of one relation and the shared {@code parameters} they refer to. */
final class Paths {
  private Paths() {}

  static JsonObjectBuilder forTable(Table t) {
    String name = t.name().name();
    JsonObjectBuilder path = Json.createObjectBuilder();
    JsonArrayBuilder getParams = rowFilters(t);
    List.of("select", "order", "range", "rangeUnit", "offset", "limit", "preferCount")
        .forEach(p -> getParams.add(ref(p)));
    path.add("get", operation(t, getParams, "200", "OK")
        .add("responses", Json.createObjectBuilder()
            .add("200", Json.createObjectBuilder().add("description", "OK").add("schema",
                Json.createObjectBuilder()
                    .add("items", Json.createObjectBuilder().add("$ref", "#/definitions/" + name))
                    .add("type", "array")))
            .add("206", Json.createObjectBuilder().add("description", "Partial Content"))));
    if (t.insertable()) {
      path.add("post", operation(t, Json.createArrayBuilder().add(ref("body." + name)).add(ref("select"))
          .add(ref("preferPost")), "201", "Created"));
    }
    if (t.updatable()) {
      path.add("patch", operation(t, rowFilters(t).add(ref("body." + name)).add(ref("preferReturn")),
          "204", "No Content"));
    }
    if (t.deletable()) {
      path.add("delete", operation(t, rowFilters(t).add(ref("preferReturn")), "204", "No Content"));
    }
    return path;
  }

  // The comment's first line is every operation's summary and the rest, without its leading blank
  // lines, the description (PostgREST's makePathItem).
  private static JsonObjectBuilder operation(Table t, JsonArrayBuilder params, String status, String text) {
    JsonObjectBuilder op = Json.createObjectBuilder()
        .add("parameters", params)
        .add("responses", Json.createObjectBuilder().add(status, Json.createObjectBuilder().add("description", text)))
        .add("tags", Json.createArrayBuilder().add(t.name().name()));
    t.description().ifPresent(d -> {
      String[] parts = d.split("\n", 2);
      op.add("summary", parts[0]);
      String rest = parts.length < 2 ? "" : parts[1].replaceFirst("^\n+", "");
      if (!rest.isEmpty()) {
        op.add("description", rest);
      }
    });
    return op;
  }

  private static JsonArrayBuilder rowFilters(Table t) {
    JsonArrayBuilder a = Json.createArrayBuilder();
    t.columns().keySet().forEach(c -> a.add(ref("rowFilter." + t.name().name() + "." + c)));
    return a;
  }

  private static JsonObjectBuilder ref(String parameter) {
    return Json.createObjectBuilder().add("$ref", "#/parameters/" + parameter);
  }

  static JsonObjectBuilder parameters(List<Table> tables) {
    JsonObjectBuilder p = Json.createObjectBuilder()
        .add("preferParams", prefer("params=single-object"))
        .add("preferReturn", prefer("return=representation", "return=minimal", "return=none"))
        .add("preferCount", prefer("count=none"))
        .add("preferPost", prefer("return=representation", "return=minimal", "return=none",
            "resolution=ignore-duplicates", "resolution=merge-duplicates"))
        .add("select", query("select", "Filtering Columns"))
        .add("on_conflict", query("on_conflict", "On Conflict"))
        .add("order", query("order", "Ordering"))
        .add("range", header("Range", "Limiting and Pagination"))
        .add("rangeUnit", header("Range-Unit", "Limiting and Pagination").add("default", "items"))
        .add("offset", query("offset", "Limiting and Pagination"))
        .add("limit", query("limit", "Limiting and Pagination"));
    for (Table t : tables) {
      String name = t.name().name();
      p.add("body." + name, Json.createObjectBuilder()
          .add("description", name).add("in", "body").add("name", name).add("required", false)
          .add("schema", Json.createObjectBuilder().add("$ref", "#/definitions/" + name)));
      for (Column c : t.columns().values()) {
        p.add("rowFilter." + name + "." + c.name(), Json.createObjectBuilder()
            .add("format", c.type()).add("in", "query").add("name", c.name()).add("required", false)
            .add("type", "string"));
      }
    }
    return p;
  }

  private static JsonObjectBuilder prefer(String... values) {
    return Json.createObjectBuilder().add("description", "Preference").add("enum", OpenApiBuilder.array(List.of(values)))
        .add("in", "header").add("name", "Prefer").add("required", false).add("type", "string");
  }

  private static JsonObjectBuilder query(String name, String description) {
    return Json.createObjectBuilder().add("description", description).add("in", "query").add("name", name)
        .add("required", false).add("type", "string");
  }

  private static JsonObjectBuilder header(String name, String description) {
    return Json.createObjectBuilder().add("description", description).add("in", "header").add("name", name)
        .add("required", false).add("type", "string");
  }
}
