package io.restgres.schema.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restgres.schema.QualifiedName;
import io.restgres.schema.Relationship;
import io.restgres.schema.Relationship.ForeignKeyRel;
import io.restgres.schema.Relationship.ManyToMany;
import io.restgres.schema.MediaHandlers;
import io.restgres.schema.SchemaCache;
import io.restgres.schema.load.KeyProjection.Col;
import io.restgres.schema.load.KeyProjection.Constraint;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Relationship detection from foreign keys, as PostgREST's schema cache derives it. */
class RelationshipsTest {
  private final TestSchemas films = new TestSchemas("api")
      .table("directors", List.of("id"), "id", "name")
      .table("films", List.of("id"), "id", "title", "director_id")
      .table("actors", List.of("id"), "id", "name")
      .table("roles", List.of("film_id", "actor_id"), "film_id", "actor_id", "character")
      .table("specs", List.of("film_id"), "film_id", "runtime")
      .fk("films_director_id_fkey", "films", List.of("director_id"), "directors", List.of("id"))
      .fk("roles_film_id_fkey", "roles", List.of("film_id"), "films", List.of("id"))
      .fk("roles_actor_id_fkey", "roles", List.of("actor_id"), "actors", List.of("id"))
      .uniqueFk("specs_film_id_fkey", "specs", List.of("film_id"), "films", List.of("id"));

  @Test
  void foreignKey_givesManyToOneAndItsInverse() {
    SchemaCache c = films.build();
    assertEquals(List.of("films->directors M2O films_director_id_fkey director_id=id"), rels(c, "films", "directors"));
    assertEquals(List.of("directors->films O2M films_director_id_fkey id=director_id"), rels(c, "directors", "films"));
  }

  @Test
  void foreignKeyThatIsAlsoAKey_isOneToOneBothWays() {
    SchemaCache c = films.build();
    assertEquals(List.of("specs->films O2O specs_film_id_fkey film_id=id"), rels(c, "specs", "films"));
    assertEquals(List.of("films->specs O2O specs_film_id_fkey id=film_id"), rels(c, "films", "specs"));
  }

  @Test
  void junctionWhoseForeignKeysAreInItsPrimaryKey_givesManyToMany() {
    SchemaCache c = films.build();
    assertEquals(List.of("films->actors M2M roles roles_film_id_fkey(film_id=id) roles_actor_id_fkey(actor_id=id)"),
        rels(c, "films", "actors"));
    assertEquals(List.of("actors->films M2M roles roles_actor_id_fkey(actor_id=id) roles_film_id_fkey(film_id=id)"),
        rels(c, "actors", "films"));
  }

  @Test
  void junctionWithoutTheForeignKeysInItsKey_givesNoManyToMany() {
    SchemaCache c = new TestSchemas("api")
        .table("a", List.of("id"), "id").table("b", List.of("id"), "id")
        .table("ab", List.of("id"), "id", "a_id", "b_id")
        .fk("ab_a", "ab", List.of("a_id"), "a", List.of("id"))
        .fk("ab_b", "ab", List.of("b_id"), "b", List.of("id"))
        .build();
    assertEquals(List.of(), rels(c, "a", "b"));
  }

  @Test
  void selfReference_givesOneToManyThenManyToOne() {
    SchemaCache c = new TestSchemas("api")
        .table("people", List.of("id"), "id", "parent_id")
        .fk("people_parent_id_fkey", "people", List.of("parent_id"), "people", List.of("id"))
        .build();
    assertEquals(List.of(
        "people->people O2M people_parent_id_fkey id=parent_id",
        "people->people M2O people_parent_id_fkey parent_id=id"), rels(c, "people", "people"));
  }

  @Test
  void compositeForeignKey_keepsItsColumnPairsInOrder() {
    SchemaCache c = new TestSchemas("api")
        .table("editions", List.of("film_id", "edition"), "film_id", "edition")
        .table("releases", List.of("id"), "id", "film_id", "edition")
        .fk("releases_fkey", "releases", List.of("film_id", "edition"), "editions", List.of("film_id", "edition"))
        .build();
    assertEquals(List.of("releases->editions M2O releases_fkey film_id=film_id,edition=edition"),
        rels(c, "releases", "editions"));
    assertEquals(List.of("editions->releases O2M releases_fkey film_id=film_id,edition=edition"),
        rels(c, "editions", "releases"));
  }

  @Test
  void computedRelationship_replacesTheDetectedOnesToTheRelationItIsNamedAfter() {
    SchemaCache c = films.computed("directors", "films", "directors", true)
        .computed("top_actor", "films", "actors", true).build();
    assertEquals(List.of("films->directors computed directors to-one"), rels(c, "films", "directors"));
    List<String> fromFilms = describeAll(c.relationshipsFrom(films.name("films"), "api"));
    // computed relationships sort after the detected ones, by the relation they return
    assertEquals(List.of("films->actors computed top_actor to-one", "films->directors computed directors to-one"),
        fromFilms.subList(fromFilms.size() - 2, fromFilms.size()));
  }

  @Test
  void foreignKeysProjectedThroughAViewChain_relateTheViews() {
    QualifiedName directors = new QualifiedName("private", "directors");
    QualifiedName filmsTable = new QualifiedName("private", "films");
    QualifiedName filmsV = new QualifiedName("api", "films_v");
    QualifiedName filmsVv = new QualifiedName("api", "films_vv");
    QualifiedName directorsV = new QualifiedName("api", "directors_v");
    Map<QualifiedName, Map<String, Col>> origins = Map.of(
        filmsV, Map.of("id", new Col(filmsTable, "id"), "dir", new Col(filmsTable, "director_id")),
        filmsVv, Map.of("key", new Col(filmsV, "id"), "d", new Col(filmsV, "dir")),
        directorsV, Map.of("did", new Col(directors, "id")));
    KeyProjection keys = new KeyProjection(origins, Set.of(filmsV, filmsVv, directorsV));
    List<Constraint> constraints = List.of(new Constraint(
        false, "films_director_id_fkey", filmsTable, List.of("director_id"), directors, List.of("id"), false));
    TestSchemas views = new TestSchemas("api")
        .view("films_v", List.of(), "id", "dir").view("films_vv", List.of(), "key", "d")
        .view("directors_v", List.of(), "did");
    SchemaCache base = views.build();
    SchemaCache c = new SchemaCache(base.tables(), keys.foreignKeys(constraints),
        Relationships.derive(base.tables(), keys.foreignKeys(constraints), List.of()), List.of(),
        MediaHandlers.NONE);
    assertEquals(List.of("films_vv->directors_v M2O films_director_id_fkey d=did"), rels(c, "films_vv", "directors_v"));
    assertEquals(List.of("directors_v->films_v O2M films_director_id_fkey did=dir"), rels(c, "directors_v", "films_v"));
  }

  @Test
  void viewNamingBaseKeyColumnsTwice_relatesThroughEveryCombination_andKeepsTheFirstAsItsKey() {
    QualifiedName cells = new QualifiedName("private", "cells");
    QualifiedName marks = new QualifiedName("private", "marks");
    QualifiedName cellsV = new QualifiedName("api", "cells_v");
    QualifiedName marksV = new QualifiedName("api", "marks_v");
    Map<String, Col> marksCols = new LinkedHashMap<>();
    marksCols.put("x1", new Col(marks, "x"));
    marksCols.put("y1", new Col(marks, "y"));
    marksCols.put("x2", new Col(marks, "x"));
    marksCols.put("y2", new Col(marks, "y"));
    Map<String, Col> cellsCols = new LinkedHashMap<>();
    cellsCols.put("b", new Col(cells, "b"));
    cellsCols.put("a", new Col(cells, "a"));
    cellsCols.put("a_again", new Col(cells, "a"));
    KeyProjection keys = new KeyProjection(Map.of(marksV, marksCols, cellsV, cellsCols), Set.of(cellsV, marksV));
    List<Constraint> constraints = List.of(
        new Constraint(true, "cells_pkey", cells, List.of("a", "b"), null, List.of(), false),
        new Constraint(false, "marks_fkey", marks, List.of("x", "y"), cells, List.of("a", "b"), false));
    assertEquals(Map.of(cellsV, List.of("a", "b")), keys.primaryKeys(constraints));
    SchemaCache base = new TestSchemas("api").view("cells_v", List.of(), "b", "a", "a_again")
        .view("marks_v", List.of(), "x1", "y1", "x2", "y2").build();
    SchemaCache c = new SchemaCache(base.tables(), keys.foreignKeys(constraints),
        Relationships.derive(base.tables(), keys.foreignKeys(constraints), List.of()), List.of(),
        MediaHandlers.NONE);
    assertEquals(List.of(
        "marks_v->cells_v M2O marks_fkey x1=a,y1=b", "marks_v->cells_v M2O marks_fkey x1=a,y2=b",
        "marks_v->cells_v M2O marks_fkey x1=a_again,y1=b", "marks_v->cells_v M2O marks_fkey x1=a_again,y2=b",
        "marks_v->cells_v M2O marks_fkey x2=a,y1=b", "marks_v->cells_v M2O marks_fkey x2=a,y2=b",
        "marks_v->cells_v M2O marks_fkey x2=a_again,y1=b", "marks_v->cells_v M2O marks_fkey x2=a_again,y2=b"),
        rels(c, "marks_v", "cells_v"));
  }

  @Test
  void viewOfASelfReferenceNamingTheReferencingColumnTwice_hasOneSelfRelationshipPerName() {
    QualifiedName folders = new QualifiedName("private", "folders");
    Map<String, Col> cols = new LinkedHashMap<>();
    cols.put("grandparent", new Col(folders, "parent"));
    cols.put("parent", new Col(folders, "parent"));
    cols.put("id", new Col(folders, "id"));
    QualifiedName view = new QualifiedName("api", "folders_v");
    KeyProjection keys = new KeyProjection(Map.of(view, cols), Set.of(view));
    List<Constraint> constraints = List.of(
        new Constraint(false, "folders_parent_fkey", folders, List.of("parent"), folders, List.of("id"), false));
    SchemaCache base = new TestSchemas("api").view("folders_v", List.of(), "grandparent", "parent", "id").build();
    SchemaCache c = new SchemaCache(base.tables(), keys.foreignKeys(constraints),
        Relationships.derive(base.tables(), keys.foreignKeys(constraints), List.of()), List.of(),
        MediaHandlers.NONE);
    assertEquals(List.of(
        "folders_v->folders_v O2M folders_parent_fkey id=grandparent", "folders_v->folders_v O2M folders_parent_fkey id=parent",
        "folders_v->folders_v M2O folders_parent_fkey grandparent=id", "folders_v->folders_v M2O folders_parent_fkey parent=id"),
        rels(c, "folders_v", "folders_v"));
  }

  private static List<String> rels(SchemaCache c, String from, String to) {
    return describeAll(c.relationshipsFrom(new QualifiedName("api", from), "api")).stream()
        .filter(s -> s.startsWith(from + "->" + to + " ")).toList();
  }

  static List<String> describeAll(List<Relationship> rels) {
    return rels.stream().map(RelationshipsTest::describe).toList();
  }

  static String describe(Relationship r) {
    String head = r.table().name() + "->" + r.foreignTable().name() + " ";
    if (r instanceof ForeignKeyRel f) {
      String kind = switch (f.cardinality()) {
        case ONE_TO_MANY -> "O2M";
        case MANY_TO_ONE -> "M2O";
        case ONE_TO_ONE -> "O2O";
      };
      return head + kind + " " + f.constraint() + " " + pairs(f.columns());
    }
    if (r instanceof ManyToMany m) {
      return head + "M2M " + m.junction().name() + " " + m.constraint1() + "(" + pairs(m.sourceColumns()) + ") "
          + m.constraint2() + "(" + pairs(m.targetColumns()) + ")";
    }
    Relationship.Computed c = (Relationship.Computed) r;
    return head + "computed " + c.function().name() + (c.isToOne() ? " to-one" : " to-many");
  }

  private static String pairs(List<Relationship.ColumnPair> pairs) {
    return pairs.stream().map(p -> p.column() + "=" + p.foreignColumn()).collect(Collectors.joining(","));
  }
}
