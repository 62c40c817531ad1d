package io.restgres.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restgres.error.ApiException;
import io.restgres.schema.QualifiedName;
import io.restgres.schema.Relationship;
import io.restgres.schema.Relationship.ForeignKeyRel;
import io.restgres.schema.Relationship.ManyToMany;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Which relationship an embed names (PostgREST findRel), and PGRST200/201 when none or several. */
class RelationshipFinderTest {
  private final RelationshipFinder finder = new RelationshipFinder(Films.CACHE, "api");

  @ParameterizedTest(name = "{0}: {1}!{2} -> {3}")
  @CsvSource({
      "films, directors, , films_director_id_fkey",
      "films, studios, production, production",
      "films, studios, distribution_id, distribution",
      "studios, films, production_id, production",
      "films, actors, , roles",
      "films, actors, roles, roles",
      "films, specs, , specs_film_id_fkey",
      "specs, films, , specs_film_id_fkey",
      "films_v, directors, , films_director_id_fkey",
      // deprecated targets: a constraint or a column of the origin names the relationship
      "films, production, , production",
      "films, distribution_id, , distribution",
      // self-reference: the table's name gives the children, the column the parent
      "actors, actors, , actors_mentor_id_fkey O2M",
      "actors, mentor_id, , actors_mentor_id_fkey M2O",
      "actors, actors, mentor_id, actors_mentor_id_fkey O2M",
      "actors, top_role, , top_role",
  })
  void find_picksTheOneRelationship(String origin, String target, String hint, String expected) {
    Relationship r = finder.find(new QualifiedName("api", origin), target, Optional.ofNullable(hint));
    assertEquals(expected, describe(r));
  }

  @Test
  void twoForeignKeysToOneTable_is300WithTheCandidatesAndHints() {
    ApiException e = Films.error("films?select=*,studios(*)");
    assertEquals(300, e.status());
    assertEquals("{\"code\":\"PGRST201\",\"details\":["
        + "{\"cardinality\":\"many-to-one\",\"embedding\":\"films with studios\","
        + "\"relationship\":\"distribution using films(distribution_id) and studios(id)\"},"
        + "{\"cardinality\":\"many-to-one\",\"embedding\":\"films with studios\","
        + "\"relationship\":\"production using films(production_id) and studios(id)\"}],"
        + "\"hint\":\"Try changing 'studios' to one of the following: 'studios!distribution', 'studios!production'."
        + " Find the desired relationship in the 'details' key.\","
        + "\"message\":\"Could not embed because more than one relationship was found for 'films' and 'studios'\"}",
        e.toJson());
  }

  @Test
  void noRelationship_is400WithASuggestion() {
    ApiException e = Films.error("films?select=*,director(*)");
    assertEquals(400, e.status());
    assertEquals("{\"code\":\"PGRST200\","
        + "\"details\":\"Searched for a foreign key relationship between 'films' and 'director' in the schema 'api',"
        + " but no matches were found.\","
        + "\"hint\":\"Perhaps you meant 'directors' instead of 'director'.\","
        + "\"message\":\"Could not find a relationship between 'films' and 'director' in the schema cache\"}",
        e.toJson());
  }

  @Test
  void unknownHint_is400NamingTheHint() {
    ApiException e = Films.error("films?select=*,directors!nope(*)");
    assertEquals("Searched for a foreign key relationship between 'films' and 'directors' using the hint 'nope'"
        + " in the schema 'api', but no matches were found.", e.details());
    // the child is related, only the hint failed: no "Perhaps you meant" (PostgREST's fuzzy set
    // matches the exact name first, and that match is not suggested)
    assertEquals(null, e.hint());
    assertEquals(null, Films.error("films?select=*,Directors!nope(*)").hint());
  }

  @Test
  void childFarFromEveryRelatedName_hasNoHint() {
    assertEquals(null, Films.error("films_v?select=*,xyz(*)").hint());
  }

  @Test
  void parentWithoutRelationships_suggestsARelatedParent() {
    ApiException e = RelationshipErrors.notFound(Films.CACHE, "api", "film", "directors", Optional.empty());
    assertEquals("Perhaps you meant 'films' instead of 'film'.", e.hint());
  }

  private static String describe(Relationship r) {
    if (r instanceof ForeignKeyRel f) {
      return f.constraint() + (f.isSelf() ? " " + (f.cardinality() == Relationship.Cardinality.ONE_TO_MANY ? "O2M" : "M2O") : "");
    }
    if (r instanceof ManyToMany m) {
      return m.junction().name();
    }
    return ((Relationship.Computed) r).function().name();
  }
}
