package io.restgres.schema.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** PostgreSQL's pg_node_tree text, as outfuncs.c writes it for a view's query. */
class NodeTreeTest {
  private static final String VIEW_QUERY =
      "{QUERY :commandType 1 :querySource 0 :canSetTag true :utilityStmt <> :resultRelation 0"
          + " :rtable ({RANGETBLENTRY :alias <> :eref {ALIAS :aliasname films :colnames (\"id\" \"title\")}"
          + " :rtekind 0 :relid 16390 :relkind r}) :targetList ({TARGETENTRY :expr {VAR :varno 1"
          + " :varattno 1 :vartype 23 :vartypmod -1 :location 7} :resno 1 :resname id :ressortgroupref 0"
          + " :resorigtbl 16390 :resorigcol 1 :resjunk false} {TARGETENTRY :expr {VAR :varno 1 :varattno 2}"
          + " :resno 2 :resname movie\\ title :resorigtbl 16390 :resorigcol 2 :resjunk false})"
          + " :constvalue 4 [ 1 0 0 0 0 0 0 0 ] :intlist (i 1 2)}";

  @Test
  void viewQuery_nodesListsAndAtoms() {
    NodeTree.Node query = (NodeTree.Node) NodeTree.parse(VIEW_QUERY);
    assertEquals("QUERY", query.type());
    assertEquals("1", query.atom("commandType"));
    assertNull(query.get("utilityStmt"));
    List<?> targets = (List<?>) query.get("targetList");
    assertEquals(2, targets.size());
    NodeTree.Node first = (NodeTree.Node) targets.get(0);
    assertEquals("TARGETENTRY", first.type());
    assertEquals("16390", first.atom("resorigtbl"));
    assertEquals("1", first.atom("resorigcol"));
    assertEquals("false", first.atom("resjunk"));
    NodeTree.Node var = (NodeTree.Node) first.get("expr");
    assertEquals("VAR", var.type());
    assertEquals("-1", var.atom("vartypmod"));
    assertNull(first.atom("expr"));
    NodeTree.Node rte = (NodeTree.Node) ((List<?>) query.get("rtable")).get(0);
    assertEquals(List.of("\"id\"", "\"title\""), ((NodeTree.Node) rte.get("eref")).get("colnames"));
    assertEquals(List.of("i", "1", "2"), query.get("intlist"));
  }

  @Test
  void backslashes_escapeTheNextCharacter() {
    NodeTree.Node query = (NodeTree.Node) NodeTree.parse(VIEW_QUERY);
    NodeTree.Node second = (NodeTree.Node) ((List<?>) query.get("targetList")).get(1);
    assertEquals("movie title", second.atom("resname"));
    assertEquals("a(b)\\c", ((NodeTree.Node) NodeTree.parse("{X :name a\\(b\\)\\\\c}")).atom("name"));
  }

  @Test
  void fieldWithoutValue_isNull_andNullIsNull() {
    NodeTree.Node n = (NodeTree.Node) NodeTree.parse("{A :empty :next 1 :none <>}");
    assertNull(n.get("empty"));
    assertEquals("1", n.atom("next"));
    assertNull(n.get("none"));
    assertEquals(Arrays.asList("1", null, List.of()), NodeTree.parse("(1 <> ())"));
  }

  @Test
  void nestedLists() {
    assertEquals(List.of(List.of("1", "2"), List.of("3")), NodeTree.parse("((1 2) (3))"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "{A :x (1 2", "{A )}", "( } )", "{A :x {B", ")"})
  void malformedOrCutText_endsWithoutHanging(String text) {
    assertTimeoutPreemptively(Duration.ofSeconds(2), () -> NodeTree.parse(text));
  }
}
