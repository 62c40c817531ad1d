package io.restgres.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restgres.plan.ActionPlan;
import io.restgres.plan.Films;
import io.restgres.plan.Planner;
import io.restgres.request.RawRequest;
import io.restgres.request.parse.ApiRequestParser;
import io.restgres.response.Responder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a request's main statement hands over its body, which decides how its transaction runs. */
class MainQueryTest {
  @Test
  void readByPrimaryKey_orOfAFewRows_isOneValue_anyOtherReadComesPerRow() {
    assertEquals(BodyRows.AGGREGATED, MainQuery.read(plan("GET", "films?id=eq.1", "", Map.of())).rows());
    assertEquals(BodyRows.AGGREGATED, MainQuery.read(plan("GET", "films?limit=10", "", Map.of())).rows());
    assertEquals(BodyRows.JSON_ARRAY, MainQuery.read(plan("GET", "films?title=eq.x", "", Map.of())).rows());
  }

  @Test
  void representationOfOneInsertedObject_isOneValue_ofAnArrayComesPerRow() {
    Map<String, String> representation = Map.of("prefer", "return=representation");
    assertEquals(BodyRows.AGGREGATED, MainQuery.write(plan("POST", "films", " {\"id\":1}", representation)).rows());
    assertEquals(BodyRows.JSON_ARRAY, MainQuery.write(plan("POST", "films", "[{\"id\":1}]", representation)).rows());
    assertEquals(BodyRows.AGGREGATED, MainQuery.write(plan("POST", "films", "[{\"id\":1}]", Map.of())).rows());
  }

  @Test
  void onlySingularMaxAffectedAndPut_checkAWrittenResult() {
    assertFalse(Responder.check(plan("POST", "films", "{\"id\":1}", Map.of())).isPresent());
    assertTrue(Responder.check(plan("PATCH", "films?id=eq.1", "{\"title\":\"x\"}",
        Map.of("prefer", "handling=strict, max-affected=1"))).isPresent());
    assertTrue(Responder.check(plan("PATCH", "films?id=eq.1", "{\"title\":\"x\"}",
        Map.of("accept", "application/vnd.pgrst.object+json"))).isPresent());
    assertTrue(Responder.check(plan("PUT", "films?id=eq.1", "{\"id\":1,\"title\":\"x\"}", Map.of())).isPresent());
  }

  private static ActionPlan plan(String method, String pathAndQuery, String body, Map<String, String> headers) {
    int q = pathAndQuery.indexOf('?');
    Map<String, List<String>> h = new java.util.HashMap<>();
    headers.forEach((k, v) -> h.put(k, List.of(v)));
    if (!body.isEmpty()) {
      h.put("content-type", List.of("application/json"));
    }
    RawRequest raw = new RawRequest(method, q < 0 ? pathAndQuery : pathAndQuery.substring(0, q),
        q < 0 ? "" : pathAndQuery.substring(q + 1), h, body.isEmpty() ? null : body.getBytes(StandardCharsets.UTF_8));
    return new Planner(Films.CACHE, Films.config()).plan(ApiRequestParser.parse(raw, List.of("api")));
  }
}
