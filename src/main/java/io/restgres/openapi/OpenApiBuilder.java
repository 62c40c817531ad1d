package io.restgres.openapi;

import io.restgres.config.OpenApiSettings;
import io.restgres.schema.Column;
import io.restgres.schema.ForeignKey;
import io.restgres.schema.SchemaCache;
import io.restgres.schema.Table;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * The Swagger 2.0 document PostgREST serves at {@code /} (its {@code Response/OpenAPI.hs}): one path
 * and one definition per relation of the requested schema, built from the schema cache.
 */
public final class OpenApiBuilder {
  private static final List<String> MEDIA = List.of(
      "application/json", "application/vnd.pgrst.object+json;nulls=stripped",
      "application/vnd.pgrst.object+json", "text/csv");

  private OpenApiBuilder() {}

  /**
   * The document, with every object's keys in alphabetical order as PostgREST's encoder writes them.
   *
   * @param host the request's host and port, used unless {@code openapi-server-proxy-uri} is set
   */
  public static JsonObject build(OpenApiView view, String host, OpenApiSettings settings) {
    Server server = settings.serverProxyUri().map(Server::of).orElse(new Server("http", host, "/"));
    SchemaCache cache = view.cache();
    List<Table> tables = cache.tablesOf(view.schema()).stream()
        .filter(t -> view.relations().contains(t.name().name()))
        .toList();
    JsonObjectBuilder paths = Json.createObjectBuilder().add("/", root());
    JsonObjectBuilder definitions = Json.createObjectBuilder();
    for (Table t : tables) {
      paths.add("/" + t.name().name(), Paths.forTable(t));
      definitions.add(t.name().name(), definition(t, cache));
    }
    cache.routines().stream()
        .filter(r -> r.name().schema().equals(view.schema()) && view.functions().contains(r.name().name()))
        .collect(java.util.stream.Collectors.groupingBy(r -> r.name().name(), java.util.TreeMap::new,
            java.util.stream.Collectors.toList()))
        .forEach((name, overloads) -> paths.add("/rpc/" + name, RpcPaths.of(overloads.get(0))));
    JsonObject doc = Json.createObjectBuilder()
        .add("swagger", "2.0")
        .add("info", Json.createObjectBuilder()
            .add("description", view.description())
            .add("title", view.title())
            .add("version", Version.VERSION))
        .add("host", server.host())
        .add("basePath", server.basePath())
        .add("schemes", Json.createArrayBuilder().add(server.scheme()))
        .add("consumes", array(MEDIA))
        .add("produces", array(MEDIA))
        .add("paths", paths)
        .add("definitions", definitions)
        .add("parameters", Paths.parameters(tables))
        .build();
    if (settings.securityActive()) {
      doc = Json.createObjectBuilder(doc)
          .add("security", Json.createArrayBuilder().add(Json.createObjectBuilder().add("JWT", JsonValue.EMPTY_JSON_ARRAY)))
          .add("securityDefinitions", Json.createObjectBuilder().add("JWT", Json.createObjectBuilder()
              .add("description", "Add the token prepending \"Bearer \" (without quotes) to it")
              .add("in", "header")
              .add("name", "Authorization")
              .add("type", "apiKey")))
          .build();
    }
    return (JsonObject) sorted(doc);
  }

  /** Where the API is served, as the document's {@code schemes}, {@code host} and {@code basePath}. */
  private record Server(String scheme, String host, String basePath) {
    // PostgREST's pickProxy: the port is always written, 80 or 443 by default, and an empty path is "/"
    static Server of(URI proxy) {
      String scheme = proxy.getScheme().toLowerCase(Locale.ROOT);
      int port = proxy.getPort() >= 0 ? proxy.getPort() : scheme.equals("https") ? 443 : 80;
      String path = proxy.getRawPath() == null || proxy.getRawPath().isEmpty() ? "/" : proxy.getRawPath();
      return new Server(scheme, proxy.getHost() + ":" + port, path);
    }
  }

  private static JsonValue sorted(JsonValue v) {
    if (v instanceof JsonObject o) {
      JsonObjectBuilder b = Json.createObjectBuilder();
      new TreeMap<>(o).forEach((k, child) -> b.add(k, sorted(child)));
      return b.build();
    }
    if (v instanceof JsonArray a) {
      JsonArrayBuilder b = Json.createArrayBuilder();
      a.forEach(child -> b.add(sorted(child)));
      return b.build();
    }
    return v;
  }

  private static JsonObjectBuilder root() {
    return Json.createObjectBuilder().add("get", Json.createObjectBuilder()
        .add("produces", Json.createArrayBuilder().add("application/openapi+json").add("application/json"))
        .add("responses", Json.createObjectBuilder().add("200", Json.createObjectBuilder().add("description", "OK")))
        .add("summary", "OpenAPI description (this document)")
        .add("tags", Json.createArrayBuilder().add("Introspection")));
  }

  private static JsonObjectBuilder definition(Table t, SchemaCache cache) {
    JsonObjectBuilder props = Json.createObjectBuilder();
    JsonArrayBuilder required = Json.createArrayBuilder();
    boolean anyRequired = false;
    for (Column c : t.columns().values()) {
      props.add(c.name(), property(t, c, cache));
      if (!c.nullable()) {
        required.add(c.name());
        anyRequired = true;
      }
    }
    JsonObjectBuilder def = Json.createObjectBuilder();
    t.description().ifPresent(d -> def.add("description", d));
    if (anyRequired) {
      def.add("required", required);
    }
    return def.add("properties", props).add("type", "object");
  }

  private static JsonObjectBuilder property(Table t, Column c, SchemaCache cache) {
    JsonObjectBuilder p = Json.createObjectBuilder();
    String note = notes(t, c, cache);
    if (!note.isEmpty() || c.description().isPresent()) {
      p.add("description", c.description().map(d -> d + (note.isEmpty() ? "" : "\n\n")).orElse("") + note);
    }
    String type = SwaggerTypes.of(c.baseType());
    c.defaultValue().flatMap(d -> SwaggerTypes.defaultValue(d, c.baseType(), type))
        .ifPresent(d -> p.add("default", d));
    if (!c.enumValues().isEmpty()) {
      p.add("enum", array(c.enumValues()));
    }
    SwaggerTypes.maxLength(c.type()).ifPresent(n -> p.add("maxLength", n));
    p.add("format", SwaggerTypes.format(c.baseType()));
    if (type != null) {
      p.add("type", type);
    }
    if ("array".equals(type)) {
      String element = c.baseType().substring(0, c.baseType().length() - 2);
      String itemType = SwaggerTypes.of(element);
      p.add("items", itemType == null ? Json.createObjectBuilder() : Json.createObjectBuilder().add("type", itemType));
    }
    return p;
  }

  static String notes(Table t, Column c, SchemaCache cache) {
    StringBuilder b = new StringBuilder();
    if (t.primaryKey().contains(c.name())) {
      b.append("Note:\nThis is a Primary Key.<pk/>");
    }
    for (ForeignKey fk : cache.foreignKeys()) {
      int i = fk.columns().indexOf(c.name());
      if (fk.table().equals(t.name()) && i >= 0 && fk.columns().size() == 1) {
        b.append(b.length() == 0 ? "Note:\n" : "\n")
            .append("This is a Foreign Key to `").append(fk.foreignTable().name()).append('.')
            .append(fk.foreignColumns().get(i)).append("`.<fk table='").append(fk.foreignTable().name())
            .append("' column='").append(fk.foreignColumns().get(i)).append("'/>");
        break;
      }
    }
    return b.toString();
  }

  static JsonArrayBuilder array(List<String> values) {
    JsonArrayBuilder a = Json.createArrayBuilder();
    values.forEach(a::add);
    return a;
  }
}
