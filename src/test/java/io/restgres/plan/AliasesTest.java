package io.restgres.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restgres.plan.EmbedPlan.Join;
import io.restgres.plan.EmbedPlan.JoinCondition;
import io.restgres.schema.SchemaCache;
import io.restgres.schema.load.TestSchemas;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PostgREST's alias names, kept within PostgreSQL's 63-byte identifier limit without colliding. */
class AliasesTest {
  @Test
  void shortAliases_areThoseOfPostgrest() {
    assertEquals("users_1", Aliases.relation("users", 1));
    assertEquals("best_friends_users_1", Aliases.lateral("best_friends", "users", 1));
  }

  @Test
  void longAlias_isCutAndHashed() {
    String a = Aliases.lateral("t", "x".repeat(100), 1);
    String b = Aliases.lateral("t", "x".repeat(101), 1);
    assertEquals(63, a.getBytes(StandardCharsets.UTF_8).length);
    assertTrue(a.startsWith("t_xxx"));
    assertNotEquals(a, b);
  }

  @Test
  void multibyteName_isCutOnACharacterBoundary() {
    String a = Aliases.relation("é".repeat(40), 7);
    assertTrue(a.getBytes(StandardCharsets.UTF_8).length <= 63);
    assertTrue(a.matches("é+_[0-9a-f]{12}"), a);
  }

  @Test
  void deepNesting_numbersByDepth() {
    String select = "roles(films(roles(films(roles(films(roles(films(title))))))))";
    ReadPlan node = Films.read("actors?select=" + select);
    int depth = 0;
    while (!node.embeds().isEmpty()) {
      EmbedPlan e = node.embeds().get(0);
      depth++;
      String parent = depth == 1 ? "actors" : depth % 2 == 1 ? "films" : "roles";
      assertEquals(parent + (depth % 2 == 1 ? "_roles_" : "_films_") + depth, e.lateralAlias());
      node = e.plan();
    }
    assertEquals("films_8", node.alias());
  }

  @Test
  void childAliasEqualToItsParents_isChangedSoTheJoinStillSeesTheParent() {
    SchemaCache cache = new TestSchemas("api")
        .table("people", List.of("id"), "id:integer")
        .table("people_1", List.of("id"), "id:integer", "person_id:integer")
        .fk("people_1_person_id_fkey", "people_1", List.of("person_id"), "people", List.of("id"))
        .build();
    EmbedPlan e = new Planner(cache, Films.config()).plan(Films.request("GET", "people_1?select=people(id)"))
        .read().embeds().get(0);
    assertEquals("people_1_", e.plan().alias());
    assertEquals(new Join.Columns(List.of(new JoinCondition("people_1_", "id", "people_1", "person_id"))), e.join());
  }
}
