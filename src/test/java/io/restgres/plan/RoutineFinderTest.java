package io.restgres.plan;

import static io.restgres.plan.RpcFixtures.call;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restgres.error.ApiException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Choosing the function of an RPC call and how its arguments are passed (PostgREST's findProc, callPlan). */
class RoutineFinderTest {
  private static ApiException error(Executable call) {
    return assertThrows(ApiException.class, call);
  }

  private static void assertError(ApiException e, int status, String code, String message, String details,
      String hint) {
    assertEquals(status, e.status());
    assertEquals(code, e.code());
    assertEquals(message, e.getMessage());
    assertEquals(details, e.details());
    assertEquals(hint, e.hint());
  }

  @Test
  void find_byArgumentNames_getAndPost() {
    CallPlan get = call("GET", "rpc/add_them?a=1&b=2", "");
    assertEquals(new CallPlan.Values(List.of(new CallPlan.Arg("a", "integer", false, List.of("1")),
        new CallPlan.Arg("b", "integer", false, List.of("2")))), get.args());
    CallPlan post = call("POST", "rpc/add_them", "{\"b\":1,\"a\":2}");
    assertEquals(new CallPlan.JsonBody(List.of(new CallPlan.Arg("a", "integer", false, List.of()),
        new CallPlan.Arg("b", "integer", false, List.of())), "{\"b\":1,\"a\":2}"), post.args());
  }

  @Test
  void find_parameterWithDefault_mayBeOmitted() {
    assertEquals(1, ((CallPlan.Values) call("GET", "rpc/greet?name=x", "").args()).args().size());
    assertEquals(2, ((CallPlan.Values) call("GET", "rpc/greet?name=x&greeting=y", "").args()).args().size());
  }

  @Test
  void values_repeatedName_lastWins_variadicTakesAll() {
    assertEquals(List.of("y"), ((CallPlan.Values) call("GET", "rpc/greet?name=x&name=y", "").args()).args()
        .get(0).values());
    assertEquals(new CallPlan.Values(List.of(new CallPlan.Arg("sep", "text", false, List.of("-")),
        new CallPlan.Arg("w", "text[]", true, List.of("a", "b")))),
        call("GET", "rpc/words?w=a&sep=-&w=b", "").args());
    assertEquals(call("GET", "rpc/words?w=a&sep=-&w=b", "").args(),
        call("POST", "rpc/words", "application/x-www-form-urlencoded", "w=a&sep=-&w=b").args());
  }

  @Test
  void values_characterParameter_castToVaryingType() {
    assertEquals(new CallPlan.Values(List.of(new CallPlan.Arg("c", "character varying", false, List.of("abcdefg")))),
        call("GET", "rpc/pad?c=abcdefg", "").args());
  }

  @Test
  void find_filterValues_areNotArguments() {
    CallPlan c = call("GET", "rpc/films_of?year=2000&id=gt.3&order=id&select=id", "");
    assertEquals(List.of("year"), ((CallPlan.Values) c.args()).args().stream().map(CallPlan.Arg::name).toList());
    assertEquals(1, c.result().read().where().size());
  }

  @Test
  void find_unknownArgument_isPgrst202WithHint() {
    assertError(error(() -> call("GET", "rpc/add_them?a=1&b=2&c=3", "")), 404, "PGRST202",
        "Could not find the function api.add_them(a, b, c) in the schema cache",
        "Searched for the function api.add_them with parameters a, b, c, but no matches were found in the"
            + " schema cache.",
        "Perhaps you meant to call the function api.add_them(a, b)");
  }

  @Test
  void find_noArguments_saysWithoutParameters() {
    assertError(error(() -> call("GET", "rpc/nope", "")), 404, "PGRST202",
        "Could not find the function api.nope without parameters in the schema cache",
        "Searched for the function api.nope without parameters, but no matches were found in the schema cache.",
        null);
    assertError(error(() -> call("POST", "rpc/nope", "{}")), 404, "PGRST202",
        "Could not find the function api.nope without parameters in the schema cache",
        "Searched for the function api.nope without parameters or with a single unnamed json/jsonb parameter,"
            + " but no matches were found in the schema cache.", null);
  }

  @Test
  void find_unknownName_hintsACloseFunctionName() {
    assertEquals("Perhaps you meant to call the function api.add_them",
        error(() -> call("GET", "rpc/add_then?a=1", "")).hint());
    // a single unnamed argument of the wrong type: the function is not in the cache at all
    assertError(error(() -> call("POST", "rpc/polx", "{\"\": 1}")), 404, "PGRST202",
        "Could not find the function api.polx() in the schema cache",
        "Searched for the function api.polx with parameter  or with a single unnamed json/jsonb parameter, but"
            + " no matches were found in the schema cache.", "Perhaps you meant to call the function api.poly");
  }

  @Test
  void find_rawBody_errorsNameTheUnnamedParameterAndHaveNoHint() {
    assertError(error(() -> call("POST", "rpc/add_them", "text/plain", "x")), 404, "PGRST202",
        "Could not find the function api.add_them in the schema cache",
        "Searched for the function api.add_them with a single unnamed text parameter, but no matches were found"
            + " in the schema cache.", null);
    assertEquals("Searched for the function api.add_them with a single unnamed xml parameter, but no matches were"
        + " found in the schema cache.", error(() -> call("POST", "rpc/add_them", "text/xml", "<a/>")).details());
    assertEquals("Searched for the function api.add_them with a single unnamed bytea parameter, but no matches"
        + " were found in the schema cache.",
        error(() -> call("POST", "rpc/add_them", "application/octet-stream", "x")).details());
    assertEquals("Searched for the function api.add_them with parameters x, y, but no matches were found in the"
        + " schema cache.", error(() -> call("POST", "rpc/add_them", "text/csv", "x,y\n1,2")).details());
  }

  @Test
  void positional_jsonBodyGoesWhole() {
    assertEquals(new CallPlan.Positional("jsonb", "{\"x\":1}"), call("POST", "rpc/echo", "{\"x\":1}").args());
    // PostgREST truncates a JSON scalar to an empty array
    assertEquals(new CallPlan.Positional("jsonb", "[]"), call("POST", "rpc/echo", "\"s\"").args());
  }

  @Test
  void positional_emptyName_passesTheBodyAsItCame() {
    assertEquals(new CallPlan.Positional("text", "{\"\": \"test\"}"), call("POST", "rpc/poly", "{\"\": \"test\"}")
        .args());
    assertEquals(new CallPlan.Positional("text", "{\"\": \"x\"}"),
        call("POST", "rpc/unnamed_default", "{\"\": \"x\"}").args());
  }

  @Test
  void positional_rawBodies() {
    assertEquals(new CallPlan.Positional("text", "plain words"),
        call("POST", "rpc/poly", "text/plain", "plain words").args());
    CallPlan upload = call("POST", "rpc/upload", "application/octet-stream", "\u00e9");
    assertArrayEquals("\u00e9".getBytes(StandardCharsets.UTF_8),
        assertInstanceOf(CallPlan.PositionalBytes.class, upload.args()).value());
  }

  @Test
  void find_noArguments_prefersTheFunctionWithoutParameters() {
    assertEquals(List.of(), call("POST", "rpc/poly", "{}").routine().params());
    assertEquals(List.of(), call("GET", "rpc/poly", "").routine().params());
  }

  @Test
  void find_sameNamesOverloads_isPgrst203_inPostgrestOrder() {
    assertError(error(() -> call("GET", "rpc/over?arg=1", "")), 300, "PGRST203",
        "Could not choose the best candidate function between: api.over(arg => integer), api.over(arg => text)",
        null, "Try renaming the parameters or the function itself in the database so function overloading can be"
            + " resolved");
    assertEquals("Could not choose the best candidate function between: api.unnamed_default(),"
        + " api.unnamed_default( => text)", error(() -> call("POST", "rpc/unnamed_default", "{}")).getMessage());
    assertEquals("Could not choose the best candidate function between: api.both_json( => json),"
        + " api.both_json( => jsonb)", error(() -> call("POST", "rpc/both_json", "{\"a\":1}")).getMessage());
  }

  @Test
  void arrayBody_isReadAsItsFirstObject() {
    assertTrue(((CallPlan.JsonBody) call("POST", "rpc/add_them", "[{\"a\":1,\"b\":2}]").args()).isArray());
  }

  @Test
  void options_findsTheFunctionAsAHead() {
    assertEquals("greet", RpcFixtures.options("rpc/greet?name=x").name().name());
    assertError(error(() -> RpcFixtures.options("rpc/add_them")), 404, "PGRST202",
        "Could not find the function api.add_them without parameters in the schema cache",
        "Searched for the function api.add_them without parameters, but no matches were found in the schema"
            + " cache.", null);
  }

  @Test
  void readOnly_unlessPostToVolatile() {
    assertTrue(call("POST", "rpc/add_them", "{\"a\":1,\"b\":2}").readOnly());
    assertTrue(call("GET", "rpc/add_them?a=1&b=2", "").readOnly());
    assertEquals(false, call("POST", "rpc/upload", "application/octet-stream", "x").readOnly());
  }

  @Test
  void hint_isNullWithoutACloseName() {
    assertNull(error(() -> call("GET", "rpc/zzzzzzzz", "")).hint());
  }
}
