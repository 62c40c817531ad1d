package io.restgres.plan;

import static io.restgres.plan.RpcFixtures.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.restgres.error.ApiException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Choosing the function of an RPC call by name and argument names (PostgREST's findProc). */
class RoutineFinderTest {
  @Test
  void find_byArgumentNames_getAndPost() {
    assertEquals("add_them", call("GET", "rpc/add_them?a=1&b=2", "").routine().name().name());
    CallPlan post = call("POST", "rpc/add_them", "{\"b\":1,\"a\":2}");
    assertEquals(CallPlan.Passing.JSON_OBJECT, post.passing());
    assertEquals(List.of("a", "b"), post.args().stream().map(CallPlan.Arg::name).toList());
  }

  @Test
  void find_parameterWithDefault_mayBeOmitted() {
    assertEquals(1, call("GET", "rpc/greet?name=x", "").args().size());
    assertEquals(2, call("GET", "rpc/greet?name=x&greeting=y", "").args().size());
  }

  @Test
  void find_filterValues_areNotArguments() {
    CallPlan c = call("GET", "rpc/films_of?year=2000&id=gt.3&order=id&select=id", "");
    assertEquals(List.of("year"), c.args().stream().map(CallPlan.Arg::name).toList());
    assertEquals(1, c.result().read().where().size());
  }

  @Test
  void find_unknownArgument_isPgrst202WithHint() {
    ApiException e = assertThrows(ApiException.class, () -> call("GET", "rpc/add_them?a=1&b=2&c=3", ""));
    assertEquals("PGRST202", e.code());
    assertEquals("Could not find the function api.add_them(a, b, c) in the schema cache", e.getMessage());
    assertEquals("Searched for the function api.add_them with parameters a, b, c, but no matches were found in the"
        + " schema cache.", e.details());
    assertEquals("Perhaps you meant to call the function api.add_them(a, b)", e.hint());
  }

  @Test
  void find_noArguments_saysWithoutParameters() {
    ApiException e = assertThrows(ApiException.class, () -> call("GET", "rpc/nope", ""));
    assertEquals("Could not find the function api.nope without parameters in the schema cache", e.getMessage());
    assertNull(e.hint());
  }

  @Test
  void find_jsonBodyWithoutMatchingNames_goesWhole() {
    assertEquals(CallPlan.Passing.WHOLE_BODY, call("POST", "rpc/echo", "{\"x\":1}").passing());
  }

  @Test
  void find_sameNamesOverloads_isPgrst203() {
    ApiException e = assertThrows(ApiException.class, () -> call("GET", "rpc/over?arg=1", ""));
    assertEquals("PGRST203", e.code());
    assertEquals(300, e.status());
    assertEquals("Could not choose the best candidate function between: api.over(arg => integer),"
        + " api.over(arg => text)", e.getMessage());
  }

  @Test
  void readOnly_unlessPostToVolatile() {
    assertEquals(true, call("POST", "rpc/add_them", "{\"a\":1,\"b\":2}").readOnly());
    assertEquals(true, call("GET", "rpc/add_them?a=1&b=2", "").readOnly());
  }
}
