package io.restgres.openapi;

import io.restgres.schema.Column;
import io.restgres.schema.Routine;
import io.restgres.schema.SchemaCache;
import io.restgres.schema.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * The OpenAPI 3 document of one schema, in the MicroProfile OpenAPI model ({@code OASFactory}),
 * from the same view as the Swagger 2.0 document of {@code GET /} (schema cache and the role's
 * privileges): one path per relation and function, with every PostgREST query parameter, the
 * Prefer, Range and profile headers, and request and response schemas from the column types.
 */
public final class Oas3Builder {
  private static final String JSON = "application/json";
  private static final String OBJECT = "application/vnd.pgrst.object+json";

  private Oas3Builder() {}

  /**
   * @param serverUrl where the API is served ({@code openapi-server-proxy-uri} or the API port)
   * @param bearer whether tokens are accepted ({@code jwt-secret} or {@code jwt-jwks-url} set)
   * @param profiles whether the profile headers apply (more than one schema in {@code db-schemas})
   */
  public static OpenAPI build(OpenApiView view, String serverUrl, boolean bearer, boolean profiles) {
    SchemaCache cache = view.cache();
    Components components = OASFactory.createComponents();
    Oas3Parameters.addTo(components);
    Paths paths = OASFactory.createPaths();
    Set<String> documented = new HashSet<>();
    for (Table t : cache.tablesOf(view.schema())) {
      if (view.relations().contains(t.name().name())) {
        components.addSchema(Oas3Schemas.key(t.name().name()), Oas3Schemas.of(t, cache));
        documented.add(t.name().name());
        paths.addPathItem("/" + t.name().name(), relation(t, profiles));
      }
    }
    cache.routines().stream()
        .filter(r -> r.name().schema().equals(view.schema()) && view.functions().contains(r.name().name()))
        .collect(Collectors.groupingBy(r -> r.name().name(), TreeMap::new, Collectors.toList()))
        .forEach((name, overloads) -> paths.addPathItem("/rpc/" + name,
            function(overloads.get(0), Oas3Schemas.result(overloads.get(0), documented), profiles)));
    OpenAPI doc = OASFactory.createOpenAPI()
        .openapi("3.0.3")
        .info(OASFactory.createInfo().title(view.title()).description(view.description()).version(Version.VERSION))
        .addServer(OASFactory.createServer().url(serverUrl))
        .paths(paths)
        .components(components);
    if (bearer) {
      components.addSecurityScheme("JWT", OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
          .scheme("bearer").bearerFormat("JWT")
          .description("A JWT whose role claim names the database role; without one, requests run as db-anon-role"));
      doc.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("JWT"));
    }
    return doc;
  }

  private static PathItem relation(Table t, boolean profiles) {
    String name = t.name().name();
    PathItem item = OASFactory.createPathItem();
    List<Parameter> filters = new ArrayList<>();
    for (Column c : t.columns().values()) {
      filters.add(Oas3Parameters.rowFilter(c.name(), c.type()));
    }
    String key = Oas3Schemas.key(name);
    Schema row = OASFactory.createSchema().ref(key);
    Schema rows = OASFactory.createSchema().type(SchemaType.ARRAY).items(OASFactory.createSchema().ref(key));
    item.GET(operation(t, params(filters, Oas3Parameters.READ, profiles ? Oas3Parameters.PROFILE_READ : List.of()),
        OASFactory.createAPIResponses()
            .addAPIResponse("200", response("OK", rowsContent(rows, row)))
            .addAPIResponse("206", response("Partial Content", rowsContent(rows, row)))));
    List<String> write = profiles ? Oas3Parameters.PROFILE_WRITE : List.of();
    if (t.insertable()) {
      item.POST(operation(t, params(List.of(), List.of("select", "columns", "on_conflict", "preferWrite"), write),
          created(rows, row)).requestBody(body(key, true)));
    }
    if (t.updatable()) {
      item.PATCH(operation(t, params(filters, List.of("select", "columns", "preferWrite"), write),
          changed(rows, row)).requestBody(body(key, false)));
    }
    if (t.insertable() && t.updatable() && !t.primaryKey().isEmpty()) {
      item.PUT(operation(t, params(filters, List.of("select", "columns", "preferWrite"), write),
          changed(rows, row)).requestBody(body(key, true)));
    }
    if (t.deletable()) {
      item.DELETE(operation(t, params(filters, List.of("select", "preferWrite"), write), changed(rows, row)));
    }
    return item;
  }

  private static PathItem function(Routine r, Schema returned, boolean profiles) {
    Content result = OASFactory.createContent()
        .addMediaType(JSON, OASFactory.createMediaType().schema(returned));
    APIResponses ok = OASFactory.createAPIResponses().addAPIResponse("200", response("OK", result));
    List<String> profile = profiles ? Oas3Parameters.PROFILE_WRITE : List.of();
    PathItem item = OASFactory.createPathItem().POST(rpcOperation(r, params(List.of(), List.of("preferParams"),
        profile), ok).requestBody(OASFactory.createRequestBody().required(false).content(OASFactory.createContent()
            .addMediaType(JSON, OASFactory.createMediaType().schema(Oas3Schemas.arguments(r))))));
    if (!r.isVolatile()) {
      List<Parameter> args = new ArrayList<>();
      r.params().stream().filter(p -> !p.name().isEmpty()).forEach(p -> args.add(OASFactory.createParameter()
          .name(p.name()).in(Parameter.In.QUERY).required(p.required()).schema(Oas3Schemas.typed(p.type()))));
      item.GET(rpcOperation(r, params(args, List.of(), profiles ? Oas3Parameters.PROFILE_READ : List.of()), ok));
    }
    return item;
  }

  private static List<Parameter> params(List<Parameter> inline, List<String> shared, List<String> profile) {
    List<Parameter> all = new ArrayList<>(inline);
    shared.forEach(n -> all.add(Oas3Parameters.ref(n)));
    profile.forEach(n -> all.add(Oas3Parameters.ref(n)));
    return all;
  }

  // The comment's first line is the summary and the rest the description, as in the Swagger document.
  private static Operation operation(Table t, List<Parameter> params, APIResponses responses) {
    Operation op = OASFactory.createOperation().addTag(t.name().name()).parameters(params).responses(responses);
    t.description().ifPresent(d -> describe(op, d));
    return op;
  }

  private static Operation rpcOperation(Routine r, List<Parameter> params, APIResponses responses) {
    Operation op = OASFactory.createOperation().addTag("(rpc) " + r.name().name()).parameters(params)
        .responses(responses);
    r.description().ifPresent(d -> describe(op, d));
    return op;
  }

  private static void describe(Operation op, String comment) {
    String[] parts = comment.split("\n", 2);
    op.summary(parts[0]);
    String rest = parts.length < 2 ? "" : parts[1].replaceFirst("^\n+", "");
    if (!rest.isEmpty()) {
      op.description(rest);
    }
  }

  private static Content rowsContent(Schema rows, Schema row) {
    return OASFactory.createContent()
        .addMediaType(JSON, OASFactory.createMediaType().schema(rows))
        .addMediaType(OBJECT, OASFactory.createMediaType().schema(row))
        .addMediaType("text/csv", OASFactory.createMediaType().schema(OASFactory.createSchema().type(SchemaType.STRING)));
  }

  private static APIResponses created(Schema rows, Schema row) {
    return OASFactory.createAPIResponses()
        .addAPIResponse("201", response("Created", rowsContent(rows, row)));
  }

  private static APIResponses changed(Schema rows, Schema row) {
    return OASFactory.createAPIResponses()
        .addAPIResponse("200", response("OK (Prefer: return=representation)", rowsContent(rows, row)))
        .addAPIResponse("204", OASFactory.createAPIResponse().description("No Content"));
  }

  private static org.eclipse.microprofile.openapi.models.responses.APIResponse response(String text, Content c) {
    return OASFactory.createAPIResponse().description(text).content(c);
  }

  private static org.eclipse.microprofile.openapi.models.parameters.RequestBody body(String key, boolean many) {
    Schema row = OASFactory.createSchema().ref(key);
    Schema bodySchema = many
        ? OASFactory.createSchema().addAnyOf(row).addAnyOf(OASFactory.createSchema().type(SchemaType.ARRAY)
            .items(OASFactory.createSchema().ref(key)))
        : row;
    return OASFactory.createRequestBody().required(true).content(OASFactory.createContent()
        .addMediaType(JSON, OASFactory.createMediaType().schema(bodySchema))
        .addMediaType("text/csv", OASFactory.createMediaType().schema(OASFactory.createSchema().type(SchemaType.STRING))));
  }
}
