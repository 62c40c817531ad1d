package io.restgres.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which reads the warm-up sends, from the OpenAPI document. */
class WarmUpTargetsTest {
  private static final String PK = "{\"description\":\"Note:\\nThis is a Primary Key.<pk/>\",\"type\":\"integer\"}";

  private final List<String> asked = new ArrayList<>();

  private Optional<String> keys(String target) {
    asked.add(target);
    return Optional.of("[{\"id\":1},{\"id\":-2.5e3},{\"id\":\"a b\"},{\"id\":null}]");
  }

  @Test
  void theFirstRelationWithAKey_readByUpToSixteenOfItsValues() {
    String doc = "{\"paths\":{\"/\":{},\"/rpc/f\":{},\"/big\":{},\"/with key\":{}},\"definitions\":{"
        + "\"big\":{\"properties\":{\"h\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"n\":{}}},"
        + "\"with key\":{\"description\":\"{\\\"not\\\": [json]}\",\"properties\":{\"v\":{},\"id\":" + PK + "}}}}";
    assertEquals(List.of("/with%20key?limit=0", "/with%20key?id=not.is.null&limit=0",
        "/with%20key?select=id&order=id.desc&limit=0", "/with%20key?id=eq.1", "/with%20key?id=eq.-2.5e3",
        "/with%20key?id=eq.a%20b"), WarmUpTargets.choose(doc, this::keys));
    assertEquals(List.of("/with%20key?select=id&limit=16"), asked);
  }

  @Test
  void withoutAKey_theFirstRelationAndItsFirstColumn_withNoRows() {
    String doc = "{\"paths\":{\"/rpc/f\":{},\"/a\\\"b\":{},\"/c\":{}},\"definitions\":{"
        + "\"c\":{\"properties\":{\"z\":{}}},\"a\\\"b\":{\"properties\":{\"x y\":{},\"w\":{}}}}}";
    assertEquals(List.of("/a%22b?limit=0", "/a%22b?x%20y=not.is.null&limit=0",
        "/a%22b?select=x%20y&order=x%20y.desc&limit=0"), WarmUpTargets.choose(doc, this::keys));
    assertEquals(List.of(), asked);
  }

  @Test
  void withoutARelation_theRoot() {
    assertEquals(List.of("/"), WarmUpTargets.choose("{\"paths\":{\"/\":{},\"/rpc/f\":{}}}", this::keys));
    assertEquals(List.of("/"), WarmUpTargets.choose("", this::keys));
    assertEquals(List.of("/"), WarmUpTargets.choose("{\"message\":\"no\"", this::keys));
  }

  @Test
  void objectMembers_keepTheirValuesAsWritten() {
    assertEquals(Map.of("a", "[1, {\"b\": \"}\"}]", "c\\\"d", "\"e,f\"", "g", "null"),
        WarmUpTargets.object(" { \"a\" : [1, {\"b\": \"}\"}] , \"c\\\"d\":\"e,f\",\"g\":null } "));
    assertEquals(Map.of(), WarmUpTargets.object("[1]"));
  }
}
