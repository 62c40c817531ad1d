package io.restgres.plan;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.restgres.config.AppConfig;
import io.restgres.config.ConfigSource;
import io.restgres.error.ApiException;
import io.restgres.request.ApiRequest;
import io.restgres.request.RawRequest;
import io.restgres.request.parse.ApiRequestParser;
import io.restgres.schema.SchemaCache;
import io.restgres.schema.load.TestSchemas;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A hand-built film schema for planner and SQL-builder tests: many-to-one, one-to-one,
 * many-to-many, a self-reference, two foreign keys to one table, a view and a computed
 * relationship; and helpers that plan a URL against it.
 */
public final class Films {
  public static final SchemaCache CACHE = new TestSchemas("api")
      .table("directors", List.of("id"), "id:integer", "name")
      .table("studios", List.of("id"), "id:integer", "name")
      .table("films", List.of("id"), "id:integer", "title", "year:integer", "rating:numeric", "director_id:integer",
          "production_id:integer", "distribution_id:integer")
      .table("actors", List.of("id"), "id:integer", "name", "mentor_id:integer", "data:jsonb")
      .table("roles", List.of("film_id", "actor_id"), "film_id:integer", "actor_id:integer", "character")
      .table("specs", List.of("film_id"), "film_id:integer", "runtime:integer")
      .view("films_v", List.of(), "id:integer", "title", "dir:integer")
      .fk("films_director_id_fkey", "films", List.of("director_id"), "directors", List.of("id"))
      .fk("films_director_id_fkey", "films_v", List.of("dir"), "directors", List.of("id"))
      .fk("production", "films", List.of("production_id"), "studios", List.of("id"))
      .fk("distribution", "films", List.of("distribution_id"), "studios", List.of("id"))
      .fk("actors_mentor_id_fkey", "actors", List.of("mentor_id"), "actors", List.of("id"))
      .fk("roles_film_id_fkey", "roles", List.of("film_id"), "films", List.of("id"))
      .fk("roles_actor_id_fkey", "roles", List.of("actor_id"), "actors", List.of("id"))
      .uniqueFk("specs_film_id_fkey", "specs", List.of("film_id"), "films", List.of("id"))
      .computed("top_role", "actors", "roles", true)
      .build();

  private Films() {}

  public static AppConfig config(String... env) {
    Map<String, String> m = new HashMap<>(Map.of("PGRST_DB_SCHEMAS", "api"));
    for (int i = 0; i < env.length; i += 2) {
      m.put(env[i], env[i + 1]);
    }
    return AppConfig.load(ConfigSource.ofEnv(m), Map.of());
  }

  public static ApiRequest request(String method, String pathAndQuery) {
    int q = pathAndQuery.indexOf('?');
    String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
    String query = q < 0 ? "" : pathAndQuery.substring(q + 1);
    Map<String, List<String>> headers = method.equals("GET") ? Map.of()
        : Map.of("content-type", List.of("application/json"), "prefer", List.of("return=representation"));
    return ApiRequestParser.parse(new RawRequest(method, path, query, headers, "{}".getBytes()), List.of("api"));
  }

  /** The read plan of a GET, with aggregates enabled. */
  public static ReadPlan read(String pathAndQuery) {
    return new Planner(CACHE, config("PGRST_DB_AGGREGATES_ENABLED", "true")).plan(request("GET", pathAndQuery)).read();
  }

  public static ActionPlan plan(String method, String pathAndQuery, AppConfig config) {
    return new Planner(CACHE, config).plan(request(method, pathAndQuery));
  }

  public static ApiException error(String pathAndQuery) {
    return error(pathAndQuery, config("PGRST_DB_AGGREGATES_ENABLED", "true"));
  }

  public static ApiException error(String pathAndQuery, AppConfig config) {
    return assertThrows(ApiException.class, () -> new Planner(CACHE, config).plan(request("GET", pathAndQuery)));
  }
}
