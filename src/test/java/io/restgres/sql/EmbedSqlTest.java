package io.restgres.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restgres.plan.ActionPlan;
import io.restgres.plan.Films;
import io.restgres.request.MediaType;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The SQL of embeds: one lateral subquery per embed; PostgreSQL builds the nested JSON. */
class EmbedSqlTest {
  private static final String GUCS = "nullif(current_setting('response.headers', true), '') AS response_headers,"
      + " nullif(current_setting('response.status', true), '') AS response_status";
  private static final String FILMS = " FROM \"api\".\"films\" AS \"films\"";

  @Test
  void manyToOne_isARowOfALeftLateralJoin() {
    assertSql("SELECT \"films\".\"title\", row_to_json(\"films_directors_1\".*)::jsonb AS \"directors\"" + FILMS
        + " LEFT JOIN LATERAL (SELECT \"directors_1\".\"name\" FROM \"api\".\"directors\" AS \"directors_1\""
        + " WHERE \"directors_1\".\"id\" = \"films\".\"director_id\") AS \"films_directors_1\" ON TRUE"
        + " WHERE \"films\".\"id\" = ?",
        ReadSql.query(Films.read("films?select=title,directors(name)&id=eq.1")), untyped("1"));
  }

  @Test
  void innerManyToMany_aggregatesThroughTheJunctionAndDropsParentsWithoutRows() {
    assertSql("SELECT \"films\".\"title\", COALESCE(\"films_actors_1\".\"films_actors_1\", '[]') AS \"actors\"" + FILMS
        + " INNER JOIN LATERAL (SELECT json_agg(\"films_actors_1\")::jsonb AS \"films_actors_1\" FROM"
        + " (SELECT \"actors\".\"name\" FROM \"api\".\"actors\" AS \"actors\", \"api\".\"roles\" AS \"roles\""
        + " WHERE \"actors\".\"name\" = ? AND \"roles\".\"actor_id\" = \"actors\".\"id\""
        + " AND \"roles\".\"film_id\" = \"films\".\"id\") AS \"films_actors_1\") AS \"films_actors_1\""
        + " ON \"films_actors_1\" IS NOT NULL",
        ReadSql.query(Films.read("films?select=title,actors!inner(name)&actors.name=eq.A")), untyped("A"));
  }

  @Test
  void computedRelationship_callsTheFunctionOnTheParentRow() {
    assertSql("SELECT \"actors\".\"name\", row_to_json(\"actors_top_role_1\".*)::jsonb AS \"top_role\""
        + " FROM \"api\".\"actors\" AS \"actors\" LEFT JOIN LATERAL (SELECT \"roles_1\".\"character\""
        + " FROM \"api\".\"top_role\"(\"actors\"::\"api\".\"actors\") AS \"roles_1\") AS \"actors_top_role_1\" ON TRUE",
        ReadSql.query(Films.read("actors?select=name,top_role(character)")));
  }

  @Test
  void toManySpread_liftsEachColumnAsAnArray_inTheEmbedsOrder() {
    assertSql("SELECT \"films\".\"title\", \"films_actors_1\".\"name\"" + FILMS
        + " LEFT JOIN LATERAL (SELECT json_agg(\"films_actors_1\")::jsonb AS \"films_actors_1\","
        + " COALESCE(json_agg(\"films_actors_1\".\"name\"), '[]')::jsonb AS \"name\" FROM"
        + " (SELECT \"actors\".\"name\" FROM \"api\".\"actors\" AS \"actors\", \"api\".\"roles\" AS \"roles\""
        + " WHERE \"roles\".\"actor_id\" = \"actors\".\"id\" AND \"roles\".\"film_id\" = \"films\".\"id\""
        + " ORDER BY \"actors\".\"name\" LIMIT ?) AS \"films_actors_1\") AS \"films_actors_1\" ON TRUE",
        ReadSql.query(Films.read("films?select=title,...actors(name)&actors.order=name&actors.limit=2")),
        new SqlParam(2L, Types.BIGINT));
  }

  @Test
  void aggregates_groupByTheOtherColumnsAndToOneEmbeds() {
    assertSql("SELECT \"films\".\"year\", max(\"films\".\"rating\") AS \"max\","
        + " row_to_json(\"films_directors_1\".*)::jsonb AS \"directors\"" + FILMS
        + " LEFT JOIN LATERAL (SELECT \"directors_1\".\"name\" FROM \"api\".\"directors\" AS \"directors_1\""
        + " WHERE \"directors_1\".\"id\" = \"films\".\"director_id\") AS \"films_directors_1\" ON TRUE"
        + " GROUP BY 1, 3",
        ReadSql.query(Films.read("films?select=year,rating.max(),directors(name)")));
  }

  @Test
  void aggregateInsideAnEmbed_withCastsBeforeAndAfter() {
    assertSql("SELECT \"directors\".\"name\", COALESCE(\"directors_films_1\".\"directors_films_1\", '[]') AS \"films\""
        + " FROM \"api\".\"directors\" AS \"directors\" LEFT JOIN LATERAL (SELECT json_agg(\"directors_films_1\")::jsonb"
        + " AS \"directors_films_1\" FROM (SELECT count(*) AS \"n\", CAST(avg(CAST(\"films_1\".\"year\" AS numeric)) AS int)"
        + " AS \"avg\" FROM \"api\".\"films\" AS \"films_1\" WHERE \"films_1\".\"director_id\" = \"directors\".\"id\")"
        + " AS \"directors_films_1\") AS \"directors_films_1\" ON TRUE",
        ReadSql.query(Films.read("directors?select=name,films(n:count(),year::numeric.avg()::int)")));
  }

  @Test
  void count_turnsInnerEmbedsAndNullFiltersIntoExists() {
    assertSql("(SELECT pg_catalog.count(*) FROM (SELECT 1 FROM \"api\".\"films\" AS \"films\""
        + " WHERE NOT EXISTS (SELECT 1 FROM \"api\".\"specs\" AS \"specs_1\" WHERE \"specs_1\".\"film_id\" = \"films\".\"id\")"
        + " AND EXISTS (SELECT 1 FROM \"api\".\"directors\" AS \"directors_1\" WHERE \"directors_1\".\"name\" = ?"
        + " AND \"directors_1\".\"id\" = \"films\".\"director_id\")) pgrst_source_count)",
        ReadSql.countQuery(Films.read("films?select=title,directors!inner(name),specs()&specs=is.null&directors.name=eq.X"),
            Optional.empty()),
        untyped("X"));
  }

  @Test
  void pagedRead_takesItsPageBeforeJoiningTheEmbeds() {
    assertSql("SELECT \"films\".\"title\", row_to_json(\"films_directors_1\".*)::jsonb AS \"directors\""
        + " FROM (SELECT \"films\".*" + FILMS + " ORDER BY \"films\".\"year\" DESC LIMIT ? OFFSET ?) AS \"films\""
        + " LEFT JOIN LATERAL (SELECT \"directors_1\".\"name\" FROM \"api\".\"directors\" AS \"directors_1\""
        + " WHERE \"directors_1\".\"id\" = \"films\".\"director_id\") AS \"films_directors_1\" ON TRUE"
        + " ORDER BY \"films\".\"year\" DESC",
        ReadSql.query(Films.read("films?select=title,directors(name)&order=year.desc&limit=10&offset=20")),
        new SqlParam(10L, Types.BIGINT), new SqlParam(20L, Types.BIGINT));
  }

  @Test
  void pagedRead_joinsFirstWhenThePageDependsOnAnEmbedOrANonColumn() {
    for (String url : List.of("films?select=title,directors!inner(name)&limit=10",
        "films?select=title,directors(name)&order=directors(name)&limit=10",
        "films?select=title,specs()&specs=is.null&limit=10",
        "films?select=title,full_name,directors(name)&limit=10")) {
      String text = ReadSql.query(Films.read(url)).text();
      assertEquals(true, text.contains(FILMS + " LEFT JOIN LATERAL") || text.contains(FILMS + " INNER JOIN LATERAL"),
          url + ": " + text);
    }
    // a computed to-one relationship may give a row several rows: each counts in the page
    String computed = ReadSql.query(Films.read("actors?select=name,top_role(character)&limit=10")).text();
    assertEquals(true, computed.contains(" FROM \"api\".\"actors\" AS \"actors\" LEFT JOIN LATERAL"), computed);
  }

  @Test
  void nullFilter_testsTheLateralInTheMainQuery() {
    Sql q = ReadSql.query(Films.read("films?select=title,specs(runtime)&specs=not.is.null"));
    assertEquals(true, q.text().endsWith(" WHERE \"films_specs_1\" IS DISTINCT FROM NULL"), q.text());
  }

  @Test
  void writeRepresentation_embedsFromTheWrittenRows() {
    ActionPlan plan = Films.plan("PATCH", "films?select=title,directors(name)&id=eq.1", Films.config());
    Sql main = MutateSql.main(plan.mutate().orElseThrow(), plan.read(), MediaType.JSON, true, BodyRows.AGGREGATED);
    // the written rows carry what the representation reads: its columns, the embed's join column, the key
    assertEquals("WITH pgrst_source AS (SELECT \"films\".\"title\", \"films\".\"director_id\", \"films\".\"id\""
        + " FROM \"api\".\"films\" AS \"films\" WHERE false), pgrst_representation AS (SELECT \"films\".\"title\","
        + " row_to_json(\"films_directors_1\".*)::jsonb AS \"directors\" FROM pgrst_source AS \"films\""
        + " LEFT JOIN LATERAL (SELECT \"directors_1\".\"name\" FROM \"api\".\"directors\" AS \"directors_1\""
        + " WHERE \"directors_1\".\"id\" = \"films\".\"director_id\") AS \"films_directors_1\" ON TRUE)"
        + " SELECT NULL::bigint AS total_result_set, pg_catalog.count(_postgrest_t) AS page_total,"
        + " coalesce(json_agg(_postgrest_t), '[]')::text AS body, " + GUCS + ", NULL::text[] AS location,"
        + " nullif(current_setting('pgrst.inserted', true), '')::bigint AS inserted"
        + " FROM (SELECT * FROM pgrst_representation) _postgrest_t", main.text());
  }

  private static void assertSql(String text, Sql actual, Object... params) {
    List<SqlParam> expected = new ArrayList<>();
    for (Object p : params) {
      expected.add(p instanceof SqlParam sp ? sp : new SqlParam(p, Types.OTHER));
    }
    assertEquals(text, actual.text());
    assertEquals(expected, actual.params());
  }

  private static SqlParam untyped(String v) {
    return new SqlParam(v, Types.OTHER);
  }
}
