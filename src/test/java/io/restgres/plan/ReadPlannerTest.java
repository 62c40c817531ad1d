package io.restgres.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restgres.plan.EmbedPlan.Join;
import io.restgres.plan.EmbedPlan.JoinCondition;
import io.restgres.plan.EmbedPlan.Output;
import io.restgres.request.RangeSpec;
import io.restgres.schema.QualifiedName;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The read-plan tree: one node per embed, joins, and each embed-scoped parameter on its node. */
class ReadPlannerTest {
  @Test
  void embeds_areAliasedByRelationAndDepth_asPostgrestAliasesThem() {
    ReadPlan root = Films.read("directors?select=name,films(title,roles(character)),f:films(id)");
    assertEquals("directors", root.alias());
    EmbedPlan films = root.embeds().get(0);
    EmbedPlan roles = films.plan().embeds().get(0);
    EmbedPlan aliased = root.embeds().get(1);
    assertEquals(List.of("films_1", "directors_films_1"), List.of(films.plan().alias(), films.lateralAlias()));
    assertEquals(List.of("roles_2", "films_roles_2"), List.of(roles.plan().alias(), roles.lateralAlias()));
    assertEquals(List.of("films_1", "directors_f_1", "f"), List.of(aliased.plan().alias(), aliased.lateralAlias(), aliased.name()));
    assertEquals(new QualifiedName("api", "roles"), roles.plan().from());
  }

  @Test
  void manyToOne_tiesTheReferencedKeyToTheParentsColumn() {
    EmbedPlan e = Films.read("films?select=title,directors(name)").embeds().get(0);
    assertTrue(e.toOne());
    assertEquals(Output.NESTED, e.output());
    assertEquals(new Join.Columns(List.of(new JoinCondition("directors_1", "id", "films", "director_id"))), e.join());
  }

  @Test
  void oneToMany_isAnArrayTiedTheOtherWayRound() {
    EmbedPlan e = Films.read("directors?select=films(title)").embeds().get(0);
    assertEquals(false, e.toOne());
    assertEquals(new Join.Columns(List.of(new JoinCondition("films_1", "director_id", "directors", "id"))), e.join());
  }

  @Test
  void manyToMany_joinsThroughTheJunction() {
    EmbedPlan e = Films.read("films?select=actors(name)").embeds().get(0);
    assertEquals("actors", e.plan().alias());
    assertEquals(new Join.Junction(new QualifiedName("api", "roles"), "roles", List.of(
        new JoinCondition("roles", "actor_id", "actors", "id"),
        new JoinCondition("roles", "film_id", "films", "id"))), e.join());
  }

  @Test
  void computedRelationship_callsTheFunctionWithTheParentRow() {
    EmbedPlan e = Films.read("actors?select=top_role(character)").embeds().get(0);
    assertTrue(e.toOne());
    assertEquals(new Join.Function(new QualifiedName("api", "top_role"), "actors", new QualifiedName("api", "actors")),
        e.join());
  }

  @Test
  void emptyEmbedsAreHidden_spreadsSpread_innerIsKept() {
    ReadPlan root = Films.read("films?select=title,actors!inner(),...directors(name),specs(films())");
    assertEquals(List.of(Output.HIDDEN, Output.SPREAD, Output.HIDDEN),
        root.embeds().stream().map(EmbedPlan::output).toList());
    assertEquals(List.of(true, false, false), root.embeds().stream().map(EmbedPlan::inner).toList());
    assertEquals(List.of("title", "name"), root.outputNames());
  }

  @Test
  void embeddedFiltersAndLogicTrees_goToTheirNode() {
    ReadPlan root = Films.read("films?select=title,actors(name)&actors.name=eq.A&actors.or=(name.eq.B,id.gt.3)&id=eq.1");
    assertEquals(1, root.where().size());
    List<Predicate> child = root.embeds().get(0).plan().where();
    assertEquals(2, child.size());
    assertEquals("name", ((Predicate.Compare) child.get(0)).field().column());
    assertTrue(((Predicate.Bool) child.get(1)).isOr());
  }

  @Test
  void nullFilterOnAnEmbed_isASemiOrAntiJoin() {
    assertEquals(List.of(new Predicate.NullEmbed(true, "films_actors_1")),
        Films.read("films?select=title,actors()&actors=is.null").where());
    assertEquals(List.of(new Predicate.NullEmbed(false, "films_a_1")),
        Films.read("films?select=title,a:actors(name)&a=not.is.null").where());
  }

  @Test
  void otherOperatorOnAnEmbed_is400Pgrst120() {
    assertEquals("{\"code\":\"PGRST120\","
        + "\"details\":\"Only is null or not is null filters are allowed on embedded resources\",\"hint\":null,"
        + "\"message\":\"Bad operator on the 'actors' embedded resource\"}",
        Films.error("films?select=title,actors(name)&actors=eq.1").toJson());
  }

  @Test
  void parameterOnAnUnselectedEmbed_is400Pgrst108_beforeRelationshipsAreLookedUp() {
    assertEquals("{\"code\":\"PGRST108\",\"details\":null,"
        + "\"hint\":\"Verify that 'actors' is included in the 'select' query parameter.\","
        + "\"message\":\"'actors' is not an embedded resource in this request\"}",
        Films.error("films?select=title,nope(*)&actors.limit=1").toJson());
    assertEquals("PGRST108", Films.error("films?select=title,actors(name)&actors.roles.order=character").code());
  }

  @Test
  void embedPath_namesAnEmbedByRelationOrAlias() {
    ReadPlan byAlias = Films.read("films?select=title,a:actors(name)&a.limit=1");
    ReadPlan byName = Films.read("films?select=title,a:actors(name)&actors.limit=1");
    assertEquals(byAlias.embeds().get(0).plan().range(), byName.embeds().get(0).plan().range());
  }

  @Test
  void orderByAToOneEmbed_ordersByItsLateralColumn() {
    Ordering o = Films.read("films?select=title,directors(name)&order=directors(name).desc").order().get(0);
    assertEquals(Optional.of("films_directors_1"), o.relation());
    assertEquals("name", o.field().column());
    assertEquals("{\"code\":\"PGRST118\","
        + "\"details\":\"'films' and 'actors' do not form a many-to-one or one-to-one relationship\",\"hint\":null,"
        + "\"message\":\"A related order on 'actors' is not possible\"}",
        Films.error("films?select=title,actors(name)&order=actors(name)").toJson());
    assertEquals("PGRST108", Films.error("films?select=title&order=directors(name)").code());
  }

  @Test
  void limitAndOffset_applyPerEmbed_andMaxRowsCapsEveryNode() {
    ReadPlan root = Films.read("films?select=title,actors(name)&actors.limit=2&actors.offset=1");
    assertEquals(new RangeSpec(1, Optional.of(2L)), root.embeds().get(0).plan().range());
    assertEquals(RangeSpec.ALL, root.range());
    ReadPlan capped = Films.plan("GET", "films?select=title,actors(name)", Films.config("PGRST_DB_MAX_ROWS", "5")).read();
    assertEquals(new RangeSpec(0, Optional.of(5L)), capped.embeds().get(0).plan().range());
  }

  @Test
  void aggregates_needTheSetting_anywhereInTheTree() {
    assertEquals("PGRST123", Films.error("directors?select=films(rating.sum())", Films.config()).code());
    assertEquals("Aggregates are not implemented for one-to-many or many-to-many spreads.",
        Films.error("films?select=title,...actors(count())").details());
  }

  @Test
  void starNextToAnAggregate_isExpandedIntoTheGroupingColumns() {
    ReadPlan root = Films.read("directors?select=*,count()");
    assertEquals(List.of("id", "name", "count"), root.select().stream().map(Projection::key).toList());
    Projection.Aggregate count = (Projection.Aggregate) root.select().get(2);
    assertEquals(Projection.Function.COUNT, count.function());
    assertEquals(Optional.empty(), count.field());
  }

  @Test
  void toManySpread_namesItsColumns() {
    ReadPlan root = Films.read("films?select=title,...actors(*)");
    assertEquals(List.of("title", "id", "name", "mentor_id", "data"), root.outputNames());
    ReadPlan nested = Films.read("films?select=title,...roles(character,...actors(*))");
    assertEquals(List.of("title", "character", "id", "name", "mentor_id", "data"), nested.outputNames());
  }

  @Test
  void pinsKey_onlyWhenEveryKeyColumnIsFixedByAPlainTopLevelEq() {
    assertTrue(Films.read("films?id=eq.3").pinsKey(List.of("id")));
    assertTrue(Films.read("films?and=(id.eq.3,title.eq.x)").pinsKey(List.of("id")));
    assertEquals(false, Films.read("films?id=eq.3").pinsKey(List.of("id", "title")));
    assertEquals(false, Films.read("films?id=eq.3").pinsKey(List.of()));
    assertEquals(false, Films.read("films?id=not.eq.3").pinsKey(List.of("id")));
    assertEquals(false, Films.read("films?id=gte.3").pinsKey(List.of("id")));
    assertEquals(false, Films.read("films?id=eq(any).{3,4}").pinsKey(List.of("id")));
    assertEquals(false, Films.read("films?or=(id.eq.3,id.eq.4)").pinsKey(List.of("id")));
    assertEquals(false, Films.read("films?not.and=(id.eq.3,title.eq.x)").pinsKey(List.of("id")));
    assertEquals(false, Films.read("films?select=directors(name)&directors.id=eq.3").pinsKey(List.of("id")));
  }
}
