package io.restgres.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Resource embedding and aggregates over HTTP (PostgREST's EmbedDisambiguationSpec, QuerySpec and
 * AggregateFunctionsSpec, on the film fixture {@code fixtures/30-embed.sql} in schema {@code test}).
 * Bodies are compared byte for byte: top-level rows as PostgreSQL's json_agg writes them, embeds as
 * jsonb text.
 */
class EmbedIT extends DeployedApi {
  /** This deployment has aggregates on, whatever the environment says (config ordinal 500). */
  @Deployment(testable = false)
  static WebArchive deployment() {
    return war().addAsResource(new StringAsset("config_ordinal=500\npgrst.db-aggregates-enabled=true\n"),
        "META-INF/microprofile-config.properties");
  }

  @Override
  List<String> writes() {
    return List.of("test.reviews");
  }

  /** Rows as json_agg separates them; single quotes stand for double quotes. */
  private static String rows(String... rows) {
    return Arrays.stream(rows).map(r -> r.replace('\'', '"')).collect(Collectors.joining(", \n ", "[", "]"));
  }

  private void assertBody(String expected, String path) {
    ok(test.get(path), expected);
  }

  private void assertError(int status, String body, String path) {
    Http.Response r = test.get(path);
    assertEquals(status, r.status(), r.body());
    assertEquals(body.replace('\'', '"').replace('`', '\''), r.body());
  }

  @Test
  void manyToOne_isAnObject_nullWithoutParent() {
    assertBody(rows("{'title':'Vertigo','directors':{'last_name': 'Hitchcock'}}", "{'title':'Untitled','directors':null}"),
        "/films?select=title,directors(last_name)&id=in.(1,5)&order=id");
  }

  @Test
  void oneToMany_isAnArray_emptyWhenNoChild() {
    assertBody(rows("{'last_name':'Hitchcock','films':[{'title': 'Vertigo'}, {'title': 'Psycho'}]}",
        "{'last_name':'Varda','films':[{'title': 'Cléo from 5 to 7'}]}",
        "{'last_name':'Coppola','films':[{'title': 'Lost in Translation'}]}", "{'last_name':'Akerman','films':[]}"),
        "/directors?select=last_name,films(title)&order=id&films.order=id");
  }

  @Test
  void oneToOne_isAnObjectBothWays() {
    assertBody(rows("{'title':'Vertigo','technical_specs':{'runtime': 128}}",
        "{'title':'Cléo from 5 to 7','technical_specs':null}"),
        "/films?select=title,technical_specs(runtime)&id=in.(1,3)&order=id");
    assertBody(rows("{'runtime':128,'films':{'title': 'Vertigo'}}"),
        "/technical_specs?select=runtime,films(title)&film_id=eq.1");
  }

  @Test
  void manyToMany_goesThroughTheJunction_whichCanBeTheHint() {
    assertBody(rows("{'title':'Vertigo','actors':[{'first_name': 'James'}, {'first_name': 'Kim'}]}"),
        "/films?select=title,actors(first_name)&id=eq.1&actors.order=id");
    assertBody(rows("{'title':'Lost in Translation','actors':[{'last_name': 'Murray'}, {'last_name': 'Johansson'}]}"),
        "/films?select=title,actors!roles(last_name)&id=eq.4&actors.order=last_name.desc");
  }

  @Test
  void compositeForeignKey_bothWays() {
    assertBody(rows("{'country':'US','editions':{'label': 'Original'}}", "{'country':'FR','editions':{'label': 'Restored'}}",
        "{'country':'DE','editions':{'label': 'Restored'}}", "{'country':'US','editions':{'label': 'Original'}}"),
        "/releases?select=country,editions(label)&order=id");
    assertBody(rows("{'label':'Original','releases':[{'country': 'US'}]}",
        "{'label':'Restored','releases':[{'country': 'FR'}, {'country': 'DE'}]}"),
        "/editions?select=label,releases(country)&film_id=eq.1&order=edition&releases.order=id");
  }

  @Test
  void selfReference_columnIsTheParent_tableNameTheChildren() {
    assertBody(rows("{'first_name':'James','mentor_id':null,'actors':[{'first_name': 'Kim'}, {'first_name': 'Anthony'}]}",
        "{'first_name':'Kim','mentor_id':{'first_name': 'James'},'actors':[]}"),
        "/actors?select=first_name,mentor_id(first_name),actors(first_name)&id=in.(1,2)&order=id&actors.order=id");
  }

  @Test
  void twoForeignKeysToOneTable_isAmbiguous_untilAConstraintOrColumnHintPicksOne() {
    assertError(300, "{'code':'PGRST201','details':["
        + "{'cardinality':'many-to-one','embedding':'films with studios',"
        + "'relationship':'distribution using films(distribution_studio_id) and studios(id)'},"
        + "{'cardinality':'many-to-one','embedding':'films with studios',"
        + "'relationship':'production using films(production_studio_id) and studios(id)'}],"
        + "'hint':'Try changing `studios` to one of the following: `studios!distribution`, `studios!production`."
        + " Find the desired relationship in the `details` key.',"
        + "'message':'Could not embed because more than one relationship was found for `films` and `studios`'}",
        "/films?select=title,studios(name)");
    assertBody(rows("{'title':'Vertigo','production':{'name': 'Paramount'},'distribution':{'name': 'Universal'}}"),
        "/films?select=title,production:studios!production(name),distribution:studios!distribution_studio_id(name)&id=eq.1");
  }

  @Test
  void noRelationship_is400Pgrst200WithAHint() {
    assertError(400, "{'code':'PGRST200','details':'Searched for a foreign key relationship between `films` and"
        + " `directorz` in the schema `test`, but no matches were found.',"
        + "'hint':'Perhaps you meant `directors` instead of `directorz`.',"
        + "'message':'Could not find a relationship between `films` and `directorz` in the schema cache'}",
        "/films?select=title,directorz(last_name)");
    assertError(400, "{'code':'PGRST200','details':'Searched for a foreign key relationship between `films` and"
        + " `directors` using the hint `nope` in the schema `test`, but no matches were found.','hint':null,"
        + "'message':'Could not find a relationship between `films` and `directors` in the schema cache'}",
        "/films?select=title,directors!nope(last_name)");
  }

  @Test
  void views_andAChainOfViews_embedThroughTheirBaseForeignKeys() {
    assertBody(rows("{'name':'Cléo from 5 to 7','directors_v':{'surname': 'Varda'}}"),
        "/films_vv?select=name,directors_v(surname)&film_key=eq.3");
    assertBody(rows("{'surname':'Hitchcock','films_vv':[{'name': 'Vertigo'}, {'name': 'Psycho'}]}"),
        "/directors_v?select=surname,films_vv(name)&did=eq.1&films_vv.order=film_key");
  }

  @Test
  void materializedViewAndPartitionedTable_embedLikeTables() {
    assertBody(rows("{'title':'Lost in Translation','directors':{'last_name': 'Coppola'}}"),
        "/films_mv?select=title,directors(last_name)&id=eq.4");
    assertBody(rows("{'title':'Vertigo','screenings':[{'venue': 'Rialto'}, {'venue': 'Odeon'}]}"),
        "/films?select=title,screenings(venue)&id=eq.1&screenings.order=id");
    assertBody(rows("{'venue':'Rialto','films':{'title': 'Vertigo'}}", "{'venue':'Odeon','films':{'title': 'Vertigo'}}",
        "{'venue':'Rialto','films':{'title': 'Cléo from 5 to 7'}}"),
        "/screenings?select=venue,films(title)&order=id");
  }

  @Test
  void computedRelationships_toOneWithRows1_toManyOtherwise() {
    assertBody(rows("{'first_name':'James','first_role':{'character': 'Scottie'}}",
        "{'first_name':'Bill','first_role':{'character': 'Bob'}}"),
        "/actors?select=first_name,first_role(character)&id=in.(1,5)&order=id");
    assertBody(rows("{'last_name':'Hitchcock','classics':[{'title': 'Vertigo'}, {'title': 'Psycho'}]}",
        "{'last_name':'Varda','classics':[{'title': 'Cléo from 5 to 7'}]}", "{'last_name':'Coppola','classics':[]}",
        "{'last_name':'Akerman','classics':[]}"),
        "/directors?select=last_name,classics(title)&order=id&classics.order=id");
  }

  @Test
  void nestedEmbeds_threeLevelsDeep_withOrdersPerLevel() {
    assertBody(rows("{'last_name':'Hitchcock','films':[{'title': 'Vertigo', 'actors': [{'mentor_id': null,"
        + " 'first_name': 'James'}, {'mentor_id': {'first_name': 'James'}, 'first_name': 'Kim'}]}, {'title': 'Psycho',"
        + " 'actors': [{'mentor_id': {'first_name': 'James'}, 'first_name': 'Anthony'}]}]}"),
        "/directors?select=last_name,films(title,actors(first_name,mentor_id(first_name)))&id=eq.1"
            + "&films.order=id&films.actors.order=id");
  }

  @Test
  void aliases_nameTheEmbedAndItsColumns() {
    assertBody(rows("{'title':'Cléo from 5 to 7','director':{'name': 'Varda'}}"),
        "/films?select=title,director:directors(name:last_name)&id=eq.3");
    Http.Response legacy = test.get("/films?select=title,director:directors(last_name)&id=eq.3"
        + "&directors.last_name=eq.Varda");
    assertEquals(200, legacy.status(), legacy.body());
    assertEquals("299 Restgres \"Embedded resource was referenced by relation name even though it has an alias."
        + " This is deprecated and will stop working in a future release. Update `directors` to `director` in"
        + " query string filters, orders or limits.\"", legacy.header("Warning"), "PostgREST v16 warns");
    assertEquals(null, test.get("/films?select=title,director:directors(last_name)&director.last_name=eq.Varda")
        .header("Warning"));
  }

  @Test
  void spreads_liftToOneColumns_andTurnToManyColumnsIntoArrays() {
    assertBody(rows("{'title':'Vertigo','last_name':'Hitchcock','first_name':'Alfred'}"),
        "/films?select=title,...directors(last_name,first_name)&id=eq.1");
    assertBody(rows("{'title':'Lost in Translation','first_name':['Bill', 'Scarlett']}"),
        "/films?select=title,...actors(first_name)&id=eq.4&actors.order=first_name");
  }

  @Test
  void embeddedFiltersLogicOrderLimitOffset_shapeTheEmbedOnly() {
    assertBody(rows("{'title':'Vertigo','actors':[{'first_name': 'Kim'}]}",
        "{'title':'Lost in Translation','actors':[{'first_name': 'Bill'}]}"),
        "/films?select=title,actors(first_name)&id=in.(1,4)&order=id&actors.or=(first_name.eq.Kim,last_name.eq.Murray)");
    assertBody(rows("{'title':'Vertigo','actors':[{'first_name': 'James'}]}",
        "{'title':'Lost in Translation','actors':[{'first_name': 'Bill'}]}"),
        "/films?select=title,actors(first_name)&id=in.(1,4)&order=id&actors.order=first_name.desc"
            + "&actors.limit=1&actors.offset=1");
  }

  @Test
  void pagedReads_embedOnlyTheirPage() {
    assertBody(rows("{'title':'Untitled','directors':null,'actors':[]}",
        "{'title':'Psycho','directors':{'last_name': 'Hitchcock'},'actors':[{'first_name': 'Anthony'}]}"),
        "/films?select=title,directors(last_name),actors(first_name)&order=title.desc&limit=2&offset=1&actors.order=id");
    assertBody(rows("{'first_name':'Kim','first_role':{'character': 'Madeleine'}}",
        "{'first_name':'Anthony','first_role':{'character': 'Norman'}}"),
        "/actors?select=first_name,first_role(character)&order=id&limit=2&offset=1");
  }

  @Test
  void inner_filtersTheParents_andTheExactCountAgrees() {
    Http.Response r = test.get("/films?select=title,actors!inner(first_name)&actors.first_name=eq.Bill", "Prefer", "count=exact");
    assertEquals(rows("{'title':'Lost in Translation','actors':[{'first_name': 'Bill'}]}"), r.body());
    assertEquals("0-0/1", r.header("Content-Range"));
    assertBody(rows("{'title':'Cléo from 5 to 7'}"), "/films?select=title,directors!inner()&directors.last_name=eq.Varda");
  }

  @Test
  void nullFiltersOnEmbeds_areAntiAndSemiJoins_andTheExactCountAgrees() {
    Http.Response r = test.get("/films?select=title,technical_specs()&technical_specs=is.null&order=id", "Prefer", "count=exact");
    assertEquals(rows("{'title':'Cléo from 5 to 7'}", "{'title':'Lost in Translation'}", "{'title':'Untitled'}"), r.body());
    assertEquals("0-2/3", r.header("Content-Range"));
    assertBody(rows("{'title':'Vertigo','technical_specs':{'runtime': 128}}",
        "{'title':'Psycho','technical_specs':{'runtime': 109}}"),
        "/films?select=title,technical_specs(runtime)&technical_specs=not.is.null&order=id");
  }

  @Test
  void orderByAToOneEmbed() {
    assertBody(rows("{'title':'Cléo from 5 to 7','directors':{'last_name': 'Varda'}}",
        "{'title':'Vertigo','directors':{'last_name': 'Hitchcock'}}", "{'title':'Psycho','directors':{'last_name': 'Hitchcock'}}",
        "{'title':'Lost in Translation','directors':{'last_name': 'Coppola'}}"),
        "/films?select=title,directors(last_name)&order=directors(last_name).desc,id&director_id=not.is.null");
  }

  @Test
  void misusedEmbeds_areRequestErrors() {
    assertError(400, "{'code':'PGRST108','details':null,"
        + "'hint':'Verify that `actors` is included in the `select` query parameter.',"
        + "'message':'`actors` is not an embedded resource in this request'}",
        "/films?select=title&actors.first_name=eq.Kim");
    assertError(400, "{'code':'PGRST118',"
        + "'details':'`films` and `actors` do not form a many-to-one or one-to-one relationship','hint':null,"
        + "'message':'A related order on `actors` is not possible'}",
        "/films?select=title,actors(first_name)&order=actors(first_name)");
    assertError(400, "{'code':'PGRST120',"
        + "'details':'Only is null or not is null filters are allowed on embedded resources','hint':null,"
        + "'message':'Bad operator on the `actors` embedded resource'}",
        "/films?select=title,actors(first_name)&actors=eq.1");
  }

  @Test
  void aggregates_countSumAvgMinMax_withAliasesAndCasts() {
    assertBody(rows("{'count':5}"), "/films?select=count()");
    assertBody(rows("{'sum':32.3,'avg':8,'min':7.7,'max':8.5,'n':4}"),
        "/films?select=rating.sum(),rating.avg()::int,rating.min(),rating.max(),n:rating.count()");
    assertBody(rows("{'max':'2030'}"), "/films?select=year::text.max()");
  }

  @Test
  void aggregates_groupByTheOtherColumnsAndToOneEmbeds() {
    assertBody(rows("{'director_id':1,'count':2,'directors':{'last_name': 'Hitchcock'}}",
        "{'director_id':2,'count':1,'directors':{'last_name': 'Varda'}}",
        "{'director_id':3,'count':1,'directors':{'last_name': 'Coppola'}}", "{'director_id':null,'count':1,'directors':null}"),
        "/films?select=director_id,count(),directors(last_name)&order=director_id");
  }

  @Test
  void aggregates_groupByJsonPaths() {
    Http.Response r = test.get("/items?select=color:data->>color,count()&data->>color=eq.red");
    ok(r, "[{\"color\":\"red\",\"count\":2}]");
  }

  @Test
  void aggregates_groupByTheColumnsAToOneSpreadLifts() {
    Http.Response r = test.get("/films?select=count(),...directors(*)");
    assertEquals(200, r.status(), r.body());
    assertTrue(r.body().contains("\"count\":2") && r.body().contains("\"last_name\":\"Hitchcock\""), r.body());
  }

  private static final String FILMS_SPECS =
      " from test.films f left join test.technical_specs ts on ts.film_id = f.id";

  /** PostgREST hoists the aggregates of a to-one spread into the parent, grouped by its other values. */
  @Test
  void aggregatesInAToOneSpread_areComputedByTheParent() {
    assertBody(Oracle.json("select f.director_id, sum(ts.runtime) as sum" + FILMS_SPECS
        + " group by f.director_id order by f.director_id"),
        "/films?select=director_id,...technical_specs(runtime.sum())&order=director_id");
    assertBody(Oracle.json("select sum(ts.runtime) as total, count(ts.camera) as cameras" + FILMS_SPECS),
        "/films?select=...technical_specs(total:runtime.sum(),cameras:camera.count())");
    // count() counts the spread's rows: none where it matched nothing
    assertBody(Oracle.json("select f.director_id, count(ts.film_id) as count" + FILMS_SPECS
        + " group by f.director_id order by f.director_id"),
        "/films?select=director_id,...technical_specs(count())&order=director_id");
    // inside a nested to-one embed, which groups by the spread's other column
    assertBody(Oracle.json("select r.character, (select to_jsonb(x) from (select sum(f.rating) as sum,"
        + " sum(ts.runtime)::int as rt, ts.camera" + FILMS_SPECS + " where f.id = r.film_id group by ts.camera) x)"
        + " as films from test.roles r order by r.film_id, r.actor_id"),
        "/roles?select=character,films(rating.sum(),...technical_specs(rt:runtime.sum()::int,camera))"
            + "&order=film_id,actor_id");
  }

  @Test
  void aggregatesInNestedToOneSpreads_riseToTheFirstParentThatIsNoSpread() {
    String rolesFilms = " from test.roles r left join test.films f on f.id = r.film_id"
        + " left join test.technical_specs ts on ts.film_id = f.id";
    assertBody(Oracle.json("select sum(ts.runtime) as sum" + rolesFilms),
        "/roles?select=...films(...technical_specs(runtime.sum()))");
    assertBody(Oracle.json("select f.director_id, count(f.id) as n, sum(ts.runtime) as sum" + rolesFilms
        + " group by f.director_id order by f.director_id"),
        "/roles?select=...films(director_id,...technical_specs(runtime.sum()),n:id.count())"
            + "&order=films(director_id)");
    assertError(400, "{'code':'PGRST127','details':'Aggregates are not implemented for one-to-many or many-to-many"
        + " spreads.','hint':null,'message':'Feature not implemented'}", "/directors?select=...films(rating.sum())");
  }

  @Test
  void aggregatesInsideEmbeds_andTheLegacyCount() {
    assertBody(rows("{'last_name':'Hitchcock','films':[{'max': 8.5, 'count': 2}]}",
        "{'last_name':'Varda','films':[{'max': 7.8, 'count': 1}]}", "{'last_name':'Coppola','films':[{'max': 7.7, 'count': 1}]}",
        "{'last_name':'Akerman','films':[{'max': null, 'count': 0}]}"),
        "/directors?select=last_name,films(count(),rating.max())&order=id");
    assertBody(rows("{'last_name':'Hitchcock','films':[{'count': 2}]}", "{'last_name':'Varda','films':[{'count': 1}]}"),
        "/directors?select=last_name,films(count)&order=id&limit=2");
  }

  @Test
  void twoEmbedsUnderOneName_areRefusedByPostgresql_namingPostgrestsAliases() {
    String duplicate = "{'code':'42712','details':null,'hint':null,"
        + "'message':'table name \\'films_studios_1\\' specified more than once'}";
    assertError(400, duplicate, "/films?select=studios!production(name),studios!distribution(name)");
    assertError(400, duplicate, "/films?select=studios:studios!production(name),studios:studios!distribution(name)");
    assertBody(rows("{'title':'Vertigo','studios':{'name': 'Paramount'},'distribution':{'name': 'Universal'}}"),
        "/films?select=title,studios!production(name),distribution:studios!distribution(name)&id=eq.1");
  }

  @Test
  void missingColumnOfAnEmbed_isNamedByItsAlias() {
    assertError(400, "{'code':'42703','details':null,'hint':null,'message':'column films_1.sum does not exist'}",
        "/directors?select=last_name,films(sum)");
    assertError(400, "{'code':'42703','details':null,'hint':null,'message':'column actors.nope does not exist'}",
        "/films?select=title,actors(nope)");
  }

  @Test
  void viewShowingAForeignKeyColumnTwice_relatesThroughEitherName() {
    assertBody(rows("{'label':'north','parcels_v':[{'weight': 5}, {'weight': 7}]}", "{'label':'south','parcels_v':[{'weight': 3}]}"),
        "/crates_v?select=label,parcels_v!packed_in(weight)&order=id&parcels_v.order=id");
    assertBody(rows("{'weight':3,'crates_v':{'label': 'south'}}"), "/parcels_v?select=weight,crates_v!shipped_in(label)&id=eq.3");
    assertError(300, "{'code':'PGRST201','details':["
        + "{'cardinality':'one-to-many','embedding':'crates_v with parcels_v',"
        + "'relationship':'parcels_crate_id_fkey using crates_v(id) and parcels_v(packed_in)'},"
        + "{'cardinality':'one-to-many','embedding':'crates_v with parcels_v',"
        + "'relationship':'parcels_crate_id_fkey using crates_v(id) and parcels_v(shipped_in)'}],"
        + "'hint':'Try changing `parcels_v` to one of the following: `parcels_v!parcels_crate_id_fkey`,"
        + " `parcels_v!parcels_crate_id_fkey`. Find the desired relationship in the `details` key.',"
        + "'message':'Could not embed because more than one relationship was found for `crates_v` and `parcels_v`'}",
        "/crates_v?select=label,parcels_v(weight)");
  }

  @Test
  void viewShowingACompositeForeignKeyTwice_isAmbiguousInEveryCombination() {
    String candidate = "{'cardinality':'many-to-one','embedding':'markers_v with grid_cells_v',"
        + "'relationship':'markers_cell_fkey using markers_v(%s) and grid_cells_v(row_no, col_no)'}";
    assertError(300, "{'code':'PGRST201','details':[" + String.join(",", candidate.formatted("from_row, from_col"),
        candidate.formatted("from_row, to_col"), candidate.formatted("to_row, from_col"), candidate.formatted("to_row, to_col"))
        + "],'hint':'Try changing `grid_cells_v` to one of the following: `grid_cells_v!markers_cell_fkey`,"
        + " `grid_cells_v!markers_cell_fkey`, `grid_cells_v!markers_cell_fkey`, `grid_cells_v!markers_cell_fkey`."
        + " Find the desired relationship in the `details` key.',"
        + "'message':'Could not embed because more than one relationship was found for `markers_v` and `grid_cells_v`'}",
        "/markers_v?select=id,grid_cells_v(terrain)");
  }

  @Test
  void selfReferenceThroughAView_embedsByEitherColumnThatComesFromTheForeignKey() {
    assertBody(rows("{'name':'docs','parent_id':null,'grandparent_id':null}",
        "{'name':'drafts','parent_id':{'name': 'docs'},'grandparent_id':null}",
        "{'name':'old','parent_id':{'name': 'drafts'},'grandparent_id':{'name': 'docs'}}"),
        "/nested_folders?select=name,parent_id(name),grandparent_id(name)&order=id");
    assertBody(rows("{'name':'docs','children':[{'name': 'drafts'}],'grandchildren':[{'name': 'old'}]}"),
        "/nested_folders?select=name,children:nested_folders!parent_id(name),"
            + "grandchildren:nested_folders!grandparent_id(name)&id=eq.2");
  }

  @Test
  void computedToOneGivingSeveralRows_countsEachInThePage() {
    assertBody(rows("{'last_name':'Hitchcock','any_film':{'director_id': 1}}", "{'last_name':'Hitchcock','any_film':{'director_id': 1}}"),
        "/directors?select=last_name,any_film(director_id)&order=id&limit=2");
  }

  @Test
  void writes_returnTheirRowsWithEmbeds() {
    Http.Response created = test.send("POST", "/reviews?select=body,films(title,directors(last_name))",
        "{\"id\":100,\"film_id\":2,\"body\":\"tense\"}", "Prefer", "return=representation");
    answers(created, 201, rows("{'body':'tense','films':{'title': 'Psycho', 'directors': {'last_name': 'Hitchcock'}}}"));
    Http.Response patched = test.send("PATCH", "/reviews?id=eq.100&select=body,films(title)", "{\"body\":\"classic\"}",
        "Prefer", "return=representation");
    assertEquals(rows("{'body':'classic','films':{'title': 'Psycho'}}"), patched.body());
    Http.Response deleted = test.send("DELETE", "/reviews?id=eq.100&select=id,...films(title)", null,
        "Prefer", "return=representation");
    assertEquals(rows("{'id':100,'title':'Psycho'}"), deleted.body());
  }
}
