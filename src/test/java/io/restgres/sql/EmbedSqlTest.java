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
    assertSql("SELECT \"films\".\"title\", row_to_json(\"pgrst_1_directors\".*)::jsonb AS \"directors\"" + FILMS
        + " LEFT JOIN LATERAL (SELECT \"pgrst_1\".\"name\" FROM \"api\".\"directors\" AS \"pgrst_1\""
        + " WHERE \"pgrst_1\".\"id\" = \"films\".\"director_id\") AS \"pgrst_1_directors\" ON TRUE"
        + " WHERE \"films\".\"id\" = ?",
        ReadSql.query(Films.read("films?select=title,directors(name)&id=eq.1")), untyped("1"));
  }

  @Test
  void innerManyToMany_aggregatesThroughTheJunctionAndDropsParentsWithoutRows() {
    assertSql("SELECT \"films\".\"title\", COALESCE(\"pgrst_1_actors\".\"pgrst_1_actors\", '[]') AS \"actors\"" + FILMS
        + " INNER JOIN LATERAL (SELECT json_agg(\"pgrst_1_actors\")::jsonb AS \"pgrst_1_actors\" FROM"
        + " (SELECT \"pgrst_1\".\"name\" FROM \"api\".\"actors\" AS \"pgrst_1\", \"api\".\"roles\" AS \"pgrst_1_junction\""
        + " WHERE \"pgrst_1\".\"name\" = ? AND \"pgrst_1_junction\".\"actor_id\" = \"pgrst_1\".\"id\""
        + " AND \"pgrst_1_junction\".\"film_id\" = \"films\".\"id\") AS \"pgrst_1_actors\") AS \"pgrst_1_actors\""
        + " ON \"pgrst_1_actors\" IS NOT NULL",
        ReadSql.query(Films.read("films?select=title,actors!inner(name)&actors.name=eq.A")), untyped("A"));
  }

  @Test
  void computedRelationship_callsTheFunctionOnTheParentRow() {
    assertSql("SELECT \"actors\".\"name\", row_to_json(\"pgrst_1_top_role\".*)::jsonb AS \"top_role\""
        + " FROM \"api\".\"actors\" AS \"actors\" LEFT JOIN LATERAL (SELECT \"pgrst_1\".\"character\""
        + " FROM \"api\".\"top_role\"(\"actors\"::\"api\".\"actors\") AS \"pgrst_1\") AS \"pgrst_1_top_role\" ON TRUE",
        ReadSql.query(Films.read("actors?select=name,top_role(character)")));
  }

  @Test
  void toManySpread_liftsEachColumnAsAnArray_inTheEmbedsOrder() {
    assertSql("SELECT \"films\".\"title\", \"pgrst_1_actors\".\"name\"" + FILMS
        + " LEFT JOIN LATERAL (SELECT json_agg(\"pgrst_1_actors\")::jsonb AS \"pgrst_1_actors\","
        + " COALESCE(json_agg(\"pgrst_1_actors\".\"name\"), '[]')::jsonb AS \"name\" FROM"
        + " (SELECT \"pgrst_1\".\"name\" FROM \"api\".\"actors\" AS \"pgrst_1\", \"api\".\"roles\" AS \"pgrst_1_junction\""
        + " WHERE \"pgrst_1_junction\".\"actor_id\" = \"pgrst_1\".\"id\" AND \"pgrst_1_junction\".\"film_id\" = \"films\".\"id\""
        + " ORDER BY \"pgrst_1\".\"name\" LIMIT ?) AS \"pgrst_1_actors\") AS \"pgrst_1_actors\" ON TRUE",
        ReadSql.query(Films.read("films?select=title,...actors(name)&actors.order=name&actors.limit=2")),
        new SqlParam(2L, Types.BIGINT));
  }

  @Test
  void aggregates_groupByTheOtherColumnsAndToOneEmbeds() {
    assertSql("SELECT \"films\".\"year\", max(\"films\".\"rating\") AS \"max\","
        + " row_to_json(\"pgrst_1_directors\".*)::jsonb AS \"directors\"" + FILMS
        + " LEFT JOIN LATERAL (SELECT \"pgrst_1\".\"name\" FROM \"api\".\"directors\" AS \"pgrst_1\""
        + " WHERE \"pgrst_1\".\"id\" = \"films\".\"director_id\") AS \"pgrst_1_directors\" ON TRUE"
        + " GROUP BY 1, 3",
        ReadSql.query(Films.read("films?select=year,rating.max(),directors(name)")));
  }

  @Test
  void aggregateInsideAnEmbed_withCastsBeforeAndAfter() {
    assertSql("SELECT \"directors\".\"name\", COALESCE(\"pgrst_1_films\".\"pgrst_1_films\", '[]') AS \"films\""
        + " FROM \"api\".\"directors\" AS \"directors\" LEFT JOIN LATERAL (SELECT json_agg(\"pgrst_1_films\")::jsonb"
        + " AS \"pgrst_1_films\" FROM (SELECT count(*) AS \"n\", CAST(avg(CAST(\"pgrst_1\".\"year\" AS numeric)) AS int)"
        + " AS \"avg\" FROM \"api\".\"films\" AS \"pgrst_1\" WHERE \"pgrst_1\".\"director_id\" = \"directors\".\"id\")"
        + " AS \"pgrst_1_films\") AS \"pgrst_1_films\" ON TRUE",
        ReadSql.query(Films.read("directors?select=name,films(n:count(),year::numeric.avg()::int)")));
  }

  @Test
  void count_turnsInnerEmbedsAndNullFiltersIntoExists() {
    assertSql("(SELECT pg_catalog.count(*) FROM (SELECT 1 FROM \"api\".\"films\" AS \"films\""
        + " WHERE NOT EXISTS (SELECT 1 FROM \"api\".\"specs\" AS \"pgrst_2\" WHERE \"pgrst_2\".\"film_id\" = \"films\".\"id\")"
        + " AND EXISTS (SELECT 1 FROM \"api\".\"directors\" AS \"pgrst_1\" WHERE \"pgrst_1\".\"name\" = ?"
        + " AND \"pgrst_1\".\"id\" = \"films\".\"director_id\")) pgrst_source_count)",
        ReadSql.countQuery(Films.read("films?select=title,directors!inner(name),specs()&specs=is.null&directors.name=eq.X"),
            Optional.empty()),
        untyped("X"));
  }

  @Test
  void pagedRead_takesItsPageBeforeJoiningTheEmbeds() {
    assertSql("SELECT \"films\".\"title\", row_to_json(\"pgrst_1_directors\".*)::jsonb AS \"directors\""
        + " FROM (SELECT \"films\".*" + FILMS + " ORDER BY \"films\".\"year\" DESC LIMIT ? OFFSET ?) AS \"films\""
        + " LEFT JOIN LATERAL (SELECT \"pgrst_1\".\"name\" FROM \"api\".\"directors\" AS \"pgrst_1\""
        + " WHERE \"pgrst_1\".\"id\" = \"films\".\"director_id\") AS \"pgrst_1_directors\" ON TRUE"
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
  }

  @Test
  void nullFilter_testsTheLateralInTheMainQuery() {
    Sql q = ReadSql.query(Films.read("films?select=title,specs(runtime)&specs=not.is.null"));
    assertEquals(true, q.text().endsWith(" WHERE \"pgrst_1_specs\" IS DISTINCT FROM NULL"), q.text());
  }

  @Test
  void writeRepresentation_embedsFromTheWrittenRows() {
    ActionPlan plan = Films.plan("PATCH", "films?select=title,directors(name)&id=eq.1", Films.config());
    Sql main = MutateSql.main(plan.mutate().orElseThrow(), plan.read(), MediaType.JSON, true);
    // the written rows carry what the representation reads: its columns, the embed's join column, the key
    assertEquals("WITH pgrst_source AS (SELECT \"films\".\"title\", \"films\".\"director_id\", \"films\".\"id\""
        + " FROM \"api\".\"films\" AS \"films\" WHERE false), pgrst_representation AS (SELECT \"films\".\"title\","
        + " row_to_json(\"pgrst_1_directors\".*)::jsonb AS \"directors\" FROM pgrst_source AS \"films\""
        + " LEFT JOIN LATERAL (SELECT \"pgrst_1\".\"name\" FROM \"api\".\"directors\" AS \"pgrst_1\""
        + " WHERE \"pgrst_1\".\"id\" = \"films\".\"director_id\") AS \"pgrst_1_directors\" ON TRUE)"
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
