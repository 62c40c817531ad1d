package io.restgres.plan;

import io.restgres.request.ApiRequest;
import io.restgres.request.RawRequest;
import io.restgres.request.parse.ApiRequestParser;
import io.restgres.schema.Column;
import io.restgres.schema.MediaHandlers;
import io.restgres.schema.QualifiedName;
import io.restgres.schema.Routine;
import io.restgres.schema.SchemaCache;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The film schema plus a few functions, and helpers that plan an RPC call against it. */
public final class RpcFixtures {
  private static final Routine.Returns INT = new Routine.Returns(Routine.Returns.Kind.SCALAR, false,
      Optional.empty(), List.of());

  // Overloads are listed in another order than PostgREST's on purpose: the finder sorts them.
  public static final SchemaCache CACHE = new SchemaCache(Films.CACHE.tables(), Films.CACHE.foreignKeys(),
      Films.CACHE.relationships(), List.of(
          routine("add_them", "i", INT, param("a", "integer", true), param("b", "integer", true)),
          routine("greet", "i", INT, param("name", "text", true), param("greeting", "text", false)),
          routine("films_of", "s", new Routine.Returns(Routine.Returns.Kind.COMPOSITE, true,
              Optional.of(new QualifiedName("api", "films")), List.of(new Column("id", "integer", "integer",
                  true, Optional.empty(), List.of(), Optional.empty()))), param("year", "integer", true)),
          routine("plus_one", "i", new Routine.Returns(Routine.Returns.Kind.COMPOSITE, false, Optional.empty(),
              List.of(new Column("num_plus_one", "integer", "integer", true, Optional.empty(), List.of(),
                  Optional.empty()))), param("num", "integer", true)),
          routine("echo", "i", INT, param("", "jsonb", true)),
          routine("over", "v", INT, param("arg", "text", true)),
          routine("over", "v", INT, param("arg", "integer", true)),
          routine("poly", "i", INT, param("", "text", true)),
          routine("poly", "i", INT),
          routine("unnamed_default", "i", INT, param("", "text", false)),
          routine("unnamed_default", "i", INT),
          routine("both_json", "i", INT, param("", "jsonb", true)),
          routine("both_json", "i", INT, param("", "json", true)),
          routine("upload", "v", INT, param("", "bytea", true)),
          routine("words", "i", INT, param("sep", "text", true), new Routine.Param("w", "text[]", "text[]", false,
              true)),
          routine("pad", "i", INT, new Routine.Param("c", "character", "character varying", true, false))),
      MediaHandlers.NONE);

  private RpcFixtures() {}

  static Routine.Param param(String name, String type, boolean required) {
    return new Routine.Param(name, type, type, required, false);
  }

  static Routine routine(String name, String volatility, Routine.Returns returns, Routine.Param... params) {
    return new Routine(new QualifiedName("api", name), "", returns.set() ? "SETOF integer" : "integer", volatility,
        Optional.empty(), List.of(params), returns, Map.of());
  }

  public static CallPlan call(String method, String pathAndQuery, String body) {
    return call(method, pathAndQuery, "application/json", body);
  }

  public static CallPlan call(String method, String pathAndQuery, String contentType, String body) {
    return new Planner(CACHE, Films.config()).call(request(method, pathAndQuery, contentType, body));
  }

  /** The function OPTIONS on the path finds. */
  public static Routine options(String pathAndQuery) {
    return new Planner(CACHE, Films.config()).routine(request("OPTIONS", pathAndQuery, "application/json", ""));
  }

  private static ApiRequest request(String method, String pathAndQuery, String contentType, String body) {
    int q = pathAndQuery.indexOf('?');
    String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
    String query = q < 0 ? "" : pathAndQuery.substring(q + 1);
    Map<String, List<String>> headers = Map.of("content-type", List.of(contentType));
    return ApiRequestParser.parse(
        new RawRequest(method, path, query, headers, body.getBytes(StandardCharsets.UTF_8)), List.of("api"));
  }
}
