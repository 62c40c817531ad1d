package io.restgres.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Generated aliases stay within PostgreSQL's 63-byte identifier limit, without colliding. */
class AliasesTest {
  @Test
  void shortAlias_isKept() {
    assertEquals("pgrst_12_actors", Aliases.lateral(12, "actors"));
  }

  @Test
  void longAlias_isCutAndHashed() {
    String a = Aliases.lateral(1, "x".repeat(100));
    String b = Aliases.lateral(1, "x".repeat(101));
    assertEquals(63, a.getBytes(StandardCharsets.UTF_8).length);
    assertTrue(a.startsWith("pgrst_1_xxx"));
    assertNotEquals(a, b);
  }

  @Test
  void multibyteName_isCutOnACharacterBoundary() {
    String a = Aliases.lateral(7, "é".repeat(40));
    assertTrue(a.getBytes(StandardCharsets.UTF_8).length <= 63);
    assertTrue(a.matches("pgrst_7_é+_[0-9a-f]{12}"), a);
  }

  @Test
  void deepNesting_keepsEveryAliasShort() {
    String select = "roles(films(roles(films(roles(films(roles(films(title))))))))";
    ReadPlan node = Films.read("actors?select=" + select);
    while (!node.embeds().isEmpty()) {
      EmbedPlan e = node.embeds().get(0);
      assertTrue(e.lateralAlias().length() <= 63);
      node = e.plan();
    }
    assertEquals("pgrst_8", node.alias());
  }
}
