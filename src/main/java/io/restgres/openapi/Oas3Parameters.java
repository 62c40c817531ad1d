package io.restgres.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * The query parameters and headers every relation shares, as reusable OpenAPI 3 components: the
 * ones PostgREST's Swagger document lists, and {@code columns}, {@code on_conflict} and the profile
 * headers it leaves out.
 */
final class Oas3Parameters {
  static final List<String> READ = List.of("select", "order", "limit", "offset", "range", "rangeUnit", "preferRead");
  static final List<String> PROFILE_READ = List.of("acceptProfile");
  static final List<String> PROFILE_WRITE = List.of("contentProfile");

  private Oas3Parameters() {}

  static void addTo(Components components) {
    components
        .addParameter("select", query("select", "Columns and embedded resources to return: `id,name,orders(*)`"))
        .addParameter("order", query("order", "Ordering: `name.desc.nullslast,id`"))
        .addParameter("limit", query("limit", "Limiting and Pagination: rows to return").schema(integer()))
        .addParameter("offset", query("offset", "Limiting and Pagination: rows to skip").schema(integer()))
        .addParameter("columns", query("columns", "The body's keys to use as columns: `id,name`"))
        .addParameter("on_conflict", query("on_conflict", "Unique columns for an upsert: `id`"))
        .addParameter("range", header("Range", "Limiting and Pagination: `0-24`"))
        .addParameter("rangeUnit", header("Range-Unit", "Limiting and Pagination").schema(
            OASFactory.createSchema().type(SchemaType.STRING).defaultValue("items")))
        .addParameter("preferRead", prefer("count=exact", "count=planned", "count=estimated", "handling=strict",
            "handling=lenient", "timezone=UTC"))
        .addParameter("preferWrite", prefer("return=representation", "return=minimal", "return=headers-only",
            "resolution=ignore-duplicates", "resolution=merge-duplicates", "missing=default", "tx=commit",
            "tx=rollback", "count=exact", "max-affected=1"))
        .addParameter("preferParams", prefer("params=single-object", "return=representation", "return=minimal"))
        .addParameter("acceptProfile", header("Accept-Profile", "The schema to read from (db-schemas)"))
        .addParameter("contentProfile", header("Content-Profile", "The schema to write to (db-schemas)"));
  }

  /** A horizontal filter on one column: {@code operator.value}. */
  static Parameter rowFilter(String column, String type) {
    return query(column, "Filter on `" + column + "` (" + type + "): `eq.1`, `in.(1,2)`, `is.null`, `not.like.a*`");
  }

  static Parameter ref(String name) {
    return OASFactory.createParameter().ref(name);
  }

  private static Parameter query(String name, String description) {
    return OASFactory.createParameter().name(name).in(Parameter.In.QUERY).required(false)
        .description(description).schema(OASFactory.createSchema().type(SchemaType.STRING));
  }

  private static Parameter header(String name, String description) {
    return OASFactory.createParameter().name(name).in(Parameter.In.HEADER).required(false)
        .description(description).schema(OASFactory.createSchema().type(SchemaType.STRING));
  }

  private static Parameter prefer(String... examples) {
    return header("Prefer", "Preferences, comma-separated: " + String.join(", ", examples));
  }

  private static Schema integer() {
    return OASFactory.createSchema().type(SchemaType.INTEGER);
  }
}
