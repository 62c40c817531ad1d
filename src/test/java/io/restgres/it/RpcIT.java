package io.restgres.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code /rpc/{function}} over HTTP on the functions of src/test/resources/fixtures/40-rpc.sql and
 * 72-rpc.sql: argument passing, overload choice, result shapes, volatility and PostgREST's error bodies.
 */
class RpcIT extends DefaultDeployment {
  @Override
  List<String> writes() {
    return List.of("test.rpc_items");
  }

  private Http.Response post(String path, String body) {
    return test.send("POST", path, body);
  }

  private Http.Response post(String path, String contentType, String body) {
    return test.send("POST", path, body, "Content-Type", contentType);
  }

  private static final String TRY_RENAMING =
      "Try renaming the parameters or the function itself in the database so function overloading can be resolved";

  @Test
  void scalar_getAndPost_returnJsonScalar() {
    Http.Response r = test.get("/rpc/add_them?a=1&b=2");
    ok(r, "3");
    assertEquals("0-0/*", r.header("Content-Range"));
    assertEquals("application/json; charset=utf-8", r.header("Content-Type"));
    assertEquals("test", r.header("Content-Profile"));
    assertNull(r.header("Content-Location"));
    ok(post("/rpc/add_them", "{\"a\":4,\"b\":5}"), "9");
  }

  @Test
  void defaults_mayBeOmitted() {
    ok(test.get("/rpc/greet?name=Ann"), "\"Hello, Ann\"");
    ok(post("/rpc/greet", "{\"name\":\"Bo\",\"greeting\":\"Hi\"}"), "\"Hi, Bo\"");
  }

  @Test
  void openApi_listsFunctions_getOnlyWhenNotVolatile() {
    String doc = test.get("/").body();
    assertTrue(doc.contains("\"/rpc/add_them\":{\"get\":"), doc);
    assertTrue(doc.contains("\"tags\":[\"(rpc) add_them\"]"), doc);
    // keys are alphabetical, so a GET would come before the POST
    assertTrue(doc.contains("\"/rpc/add_item\":{\"post\":"), doc);
  }

  @Test
  void maxAffected_strictAppliesToFunctionResults() {
    Http.Response over = test.get("/rpc/all_items", "Prefer", "handling=strict, max-affected=1");
    assertEquals(400, over.status(), over.body());
    assertTrue(over.body().startsWith("{\"code\":\"PGRST124\""), over.body());
    Http.Response single = test.get("/rpc/add_them?a=1&b=2", "Prefer", "handling=strict, max-affected=1");
    assertEquals("{\"code\":\"PGRST128\",\"details\":null,\"hint\":null,\"message\":\"Function must return SETOF "
        + "or TABLE when max-affected preference is used with handling=strict\"}", single.body());
  }

  @Test
  void setofScalar_isArray() {
    ok(test.get("/rpc/up_to?n=3"), "[1, 2, 3]");
  }

  @Test
  void composite_isObject() {
    ok(test.get("/rpc/item_by_id?item_id=2"), "{\"id\":2,\"name\":\"two\",\"qty\":20}");
  }

  @Test
  void setofTable_readFeaturesApply() {
    Http.Response r = test.get("/rpc/all_items?select=id,name&qty=gt.10&order=id.desc&limit=1");
    ok(r, "[{\"id\":3,\"name\":\"three\"}]");
    assertEquals("0-0/*", r.header("Content-Range"));
    Http.Response counted = test.get("/rpc/all_items?select=id&id=lte.2", "Prefer", "count=exact");
    ok(counted, "[{\"id\":1}, \n {\"id\":2}]");
    assertEquals("0-1/2", counted.header("Content-Range"));
  }

  @Test
  void head_sameHeadersWithoutBody() {
    Http.Response r = test.send("HEAD", "/rpc/up_to?n=3", null);
    ok(r, "");
    assertEquals("0-2/*", r.header("Content-Range"));
  }

  @Test
  void postArray_usesOnlyTheFirstObject() {
    ok(post("/rpc/up_to", "[{\"n\":1},{\"n\":2}]"), "[1]");
    ok(post("/rpc/add_them", "[{\"a\":1,\"b\":2},{\"a\":4,\"b\":6}]"), "3");
  }

  @Test
  void returnsTable_filtersOnOutColumns() {
    ok(test.get("/rpc/pairs_upto?n=3&k=gte.2&select=label"), "[{\"label\":\"n2\"}, \n {\"label\":\"n3\"}]");
  }

  @Test
  void void_is204WithoutBody() {
    Http.Response r = post("/rpc/do_nothing", "");
    answers(r, 204, "");
    assertNull(r.header("Content-Type"));
  }

  @Test
  void volatile_postWrites_getIsReadOnly() {
    ok(post("/rpc/add_item", "{\"id\":9,\"name\":\"nine\"}"), "{\"id\":9,\"name\":\"nine\",\"qty\":null}");
    Http.Response r = test.get("/rpc/add_item?id=8&name=eight");
    assertEquals(405, r.status());
    assertTrue(r.body().startsWith("{\"code\":\"25006\""), r.body());
  }

  @Test
  void wholeBody_goesToSingleUnnamedJsonParam() {
    ok(post("/rpc/echo_body", "{\"x\": [1, 2]}"), "{\"x\": [1, 2]}");
  }

  @Test
  void unknownFunction_is404Pgrst202() {
    Http.Response r = test.get("/rpc/add_them?a=1&b=2&smthelse=3");
    answers(r, 404, "{\"code\":\"PGRST202\",\"details\":\"Searched for the function test.add_them with parameters a, b,"
        + " smthelse, but no matches were found in the schema cache.\",\"hint\":\"Perhaps you meant to call the"
        + " function test.add_them(a, b)\",\"message\":\"Could not find the function test.add_them(a, b, smthelse)"
        + " in the schema cache\"}");
    Http.Response p = post("/rpc/sayhello", "{\"nam\":\"x\"}");
    assertEquals(404, p.status());
    assertTrue(p.body().contains("\"details\":\"Searched for the function test.sayhello with parameter nam or with a"
        + " single unnamed json/jsonb parameter, but no matches were found in the schema cache.\""), p.body());
  }

  @Test
  void sameArgumentNames_is300Pgrst203() {
    Http.Response r = test.get("/rpc/overloaded?arg=1");
    answers(r, 300, "{\"code\":\"PGRST203\",\"details\":null,\"hint\":\"Try renaming the parameters or the function"
        + " itself in the database so function overloading can be resolved\",\"message\":\"Could not choose the best"
        + " candidate function between: test.overloaded(arg => integer), test.overloaded(arg => text)\"}");
  }

  @Test
  void otherMethods_are405Pgrst101() {
    Http.Response r = test.send("DELETE", "/rpc/add_them", null);
    answers(r, 405, "{\"code\":\"PGRST101\",\"details\":null,\"hint\":null,"
        + "\"message\":\"Cannot use the DELETE method on RPC\"}");
  }

  @Test
  void options_allowDependsOnVolatility() {
    assertEquals("OPTIONS,GET,HEAD,POST",
        test.send("OPTIONS", "/rpc/add_them?a=1&b=2", null).header("Allow"));
    assertEquals("OPTIONS,POST",
        test.send("OPTIONS", "/rpc/add_item?id=1&name=x", null).header("Allow"));
    assertEquals("OPTIONS,GET,HEAD,POST",
        test.send("OPTIONS", "/rpc/all_items", null).header("Allow"));
  }

  @Test
  void options_requiredParameters_is404Pgrst202() {
    Http.Response r = test.send("OPTIONS", "/rpc/add_them", null);
    answers(r, 404, "{\"code\":\"PGRST202\",\"details\":\"Searched for the function test.add_them without parameters,"
        + " but no matches were found in the schema cache.\",\"hint\":null,\"message\":\"Could not find the function"
        + " test.add_them without parameters in the schema cache\"}");
  }

  @Test
  void overloads_sameNamesDifferentTypes_are300InPostgrestOrder() {
    String message = "Could not choose the best candidate function between: test.twin_arg(a => integer),"
        + " test.twin_arg(a => text)";
    error(post("/rpc/twin_arg", "{\"a\":\"x\"}"), 300, "PGRST203", message, null, TRY_RENAMING);
    error(post("/rpc/twin_arg", "{\"a\":1}"), 300, "PGRST203", message, null, TRY_RENAMING);
    assertEquals(204, post("/rpc/twin_arg", "{}").status());
  }

  @Test
  void overloads_chosenByArgumentNames() {
    ok(post("/rpc/picky", "{\"a\":\"four\"}"), "4");
    ok(post("/rpc/picky", "{\"b\":1}"), "\"b=1\"");
    ok(post("/rpc/picky", "{\"item_id\":2}"), "[{\"id\":2,\"name\":\"two\",\"qty\":20}]");
    ok(test.get("/rpc/picky?item_id=2&min_qty=25"), "[]");
    assertEquals(204, post("/rpc/picky", "{}").status());
  }

  @Test
  void unnamedParameter_takesTheWholeBodyByPosition() {
    // only the text overload is callable; {"": v} is the body as it came, not v
    ok(post("/rpc/unnamed_mix", "{\"\": \"test\"}"), "\"got {\\\"\\\": \\\"test\\\"}\"");
    ok(post("/rpc/unnamed_mix", "{\"\": true}"), "\"got {\\\"\\\": true}\"");
    ok(post("/rpc/unnamed_json", "{\"\": {\"test\": \"value\"}}"), "{\"\": {\"test\": \"value\"}}");
    ok(post("/rpc/unnamed_or_none", "{}"), "1");
    ok(post("/rpc/unnamed_or_none", "{\"\": \"\"}"), "\"got {\\\"\\\": \\\"\\\"}\"");
    ok(post("/rpc/unnamed_dflt", "{\"\": \"custom\"}"), "\"got {\\\"\\\": \\\"custom\\\"}\"");
    ok(post("/rpc/echo_body", "\"scalar\""), "[]");
  }

  @Test
  void unnamedParameter_ambiguities() {
    String dflt = "Could not choose the best candidate function between: test.unnamed_dflt(), test.unnamed_dflt( => text)";
    error(post("/rpc/unnamed_dflt", "{}"), 300, "PGRST203", dflt, null, TRY_RENAMING);
    error(test.get("/rpc/unnamed_dflt"), 300, "PGRST203", dflt, null, TRY_RENAMING);
    error(post("/rpc/json_or_jsonb", "{\"A\":1}"), 300, "PGRST203", "Could not choose the best candidate function"
        + " between: test.json_or_jsonb( => json), test.json_or_jsonb( => jsonb)", null, TRY_RENAMING);
  }

  @Test
  void notCallable_isNotInTheSchemaCache() {
    error(post("/rpc/unnamed_int", "{\"\": 1}"), 404, "PGRST202",
        "Could not find the function test.unnamed_int() in the schema cache",
        "Searched for the function test.unnamed_int with parameter  or with a single unnamed json/jsonb parameter,"
            + " but no matches were found in the schema cache.", "Perhaps you meant to call the function test.unnamed_txt");
    error(post("/rpc/item_label", "{}"), 404, "PGRST202",
        "Could not find the function test.item_label without parameters in the schema cache",
        "Searched for the function test.item_label without parameters or with a single unnamed json/jsonb parameter,"
            + " but no matches were found in the schema cache.", null);
    error(post("/rpc/item_label", "{\"\": {\"id\": 1}}"), 404, "PGRST202",
        "Could not find the function test.item_label() in the schema cache",
        "Searched for the function test.item_label with parameter  or with a single unnamed json/jsonb parameter,"
            + " but no matches were found in the schema cache.", null);
    error(post("/rpc/named_json", "{\"A\":1,\"B\":2}"), 404, "PGRST202",
        "Could not find the function test.named_json(A, B) in the schema cache",
        "Searched for the function test.named_json with parameters A, B or with a single unnamed json/jsonb"
            + " parameter, but no matches were found in the schema cache.", null);
    assertEquals(404, post("/rpc/rpc_items_trigger", "{}").status());
    // the computed field still works in select
    ok(test.get("/rpc/all_items?select=name,item_label&id=eq.1"), "[{\"name\":\"one\",\"item_label\":\"ONE#1\"}]");
  }

  @Test
  void rawBodies_reachTheUnnamedParameterOfTheirType() {
    ok(post("/rpc/unnamed_txt", "text/plain", "plain words"), "\"plain words\"");
    ok(post("/rpc/unnamed_xml", "text/xml", "<a>b</a>"), "\"<a>b</a>\"");
    ok(post("/rpc/unnamed_bytes", "application/octet-stream", "abc"), "3");
    error(post("/rpc/add_them", "text/plain", "x"), 404, "PGRST202",
        "Could not find the function test.add_them in the schema cache", "Searched for the function test.add_them"
            + " with a single unnamed text parameter, but no matches were found in the schema cache.", null);
  }

  @Test
  void outParameters_makeAnObject() {
    ok(test.get("/rpc/plus_one?num=5"), "{\"num_plus_one\":6}");
    ok(test.get("/rpc/bump?num=2"), "{\"num\":3}");
    ok(test.get("/rpc/triple"), "{\"label\":\"three\",\"n\":3,\"doc\":{\"k\": [1, 2]}}");
    ok(test.get("/rpc/one_col_table"), "[{\"letter\":\"A\"}, \n {\"letter\":\"B\"}]");
  }

  @Test
  void recordsAndDomains() {
    ok(post("/rpc/any_record", ""), "{\"id\":1,\"name\":\"one\"}");
    ok(test.get("/rpc/any_records?min_id=2"), "[{\"id\":2,\"name\":\"two\"}, \n {\"id\":3,\"name\":\"three\"}]");
    ok(test.get("/rpc/point_d"), "{\"x\":10,\"y\":5}");
    ok(test.get("/rpc/items_d?select=id,name&id=gt.1"), "[{\"id\":2,\"name\":\"two\"}, \n {\"id\":3,\"name\":\"three\"}]");
  }

  @Test
  void variadic_fromJsonArrayOrRepeatedValues() {
    ok(test.get("/rpc/join_words?sep=-&words=a&words=b"), "\"a-b\"");
    ok(post("/rpc/join_words", "{\"sep\":\"+\",\"words\":[\"x\",\"y\"]}"), "\"x+y\"");
    ok(post("/rpc/join_words", "application/x-www-form-urlencoded", "sep=-&words=a&words=b+c"), "\"a-b c\"");
  }

  @Test
  void charAndBitParameters_keepTheirLength() {
    ok(test.get("/rpc/char_echo?c=abcdefg&cs={abc,abcdefg}"), "[{\"c\":\"abcdefg\",\"cs\":[\"abc\",\"abcdefg\"]}]");
    ok(post("/rpc/char_echo", "{\"c\":\"abcdefg\",\"cs\":[\"abc\",\"abcdefg\"]}"),
        "[{\"c\":\"abcdefg\",\"cs\":[\"abc\",\"abcdefg\"]}]");
    ok(test.get("/rpc/bit_echo?b=101010&bs={101,101010}"), "[{\"b\":\"101010\",\"bs\":[\"101\",\"101010\"]}]");
  }

  @Test
  void formsAndRepeatedKeys_asPostgrest() {
    ok(post("/rpc/add_them", "application/x-www-form-urlencoded", "a=1&b=2"), "3");
    ok(post("/rpc/greet", "application/x-www-form-urlencoded", "name=Ann+Lee&greeting=Hi%21"), "\"Hi!, Ann Lee\"");
    ok(test.get("/rpc/variadic_echo"), "[]");
    ok(test.get("/rpc/variadic_echo?v=hi"), "[\"hi\"]");
    ok(test.get("/rpc/variadic_echo?v=hi&v=there"), "[\"hi\",\"there\"]");
    ok(post("/rpc/variadic_echo", "application/x-www-form-urlencoded", ""), "[]");
    ok(post("/rpc/variadic_echo", "application/x-www-form-urlencoded", "v=hi&v=there"), "[\"hi\",\"there\"]");
    ok(post("/rpc/variadic_echo", "{\"v\":[\"a\",\"b\"]}"), "[\"a\",\"b\"]");
    // any other parameter keeps its last value, arrays included
    ok(test.get("/rpc/hello_variadic?name=ignored&name=world&v=1"), "\"Hello, world\"");
    ok(test.get("/rpc/array_echo?arr={1,2}&arr={3,4}"), "[3,4]");
  }

  @Test
  void rawBodies_keepTheirBytesAndAreCheckedByTheirType() {
    ok(post("/rpc/bytes_hex", "application/octet-stream", "\u00e9\u0000"), "\"c3a900\"");
    ok(post("/rpc/unnamed_txt", "text/plain; charset=utf-8", "caf\u00e9"), "\"caf\u00e9\"");
    Http.Response bad = post("/rpc/unnamed_xml", "text/xml", "<a>b</c>");
    assertEquals(400, bad.status(), bad.body());
    assertTrue(bad.body().startsWith("{\"code\":\"2200N\""), bad.body());
  }

  @Test
  void rowTypeArgument_fromJsonObjectOrRecordLiteral() {
    ok(post("/rpc/item_summary", "{\"item\":{\"id\":5,\"name\":\"bolt\",\"qty\":7}}"), "\"bolt x7\"");
    ok(test.get("/rpc/item_summary?item=(5,nut,3)"), "\"nut x3\"");
  }

  @Test
  void embedding_onTheRowsAFunctionReturns() {
    String expected = "[{\"id\":1,\"rpc_item_notes\":[{\"note\": \"first\"}, {\"note\": \"again\"}]}, \n"
        + " {\"id\":2,\"rpc_item_notes\":[{\"note\": \"second\"}]}]";
    ok(test.get("/rpc/items_over?min_qty=0&select=id,rpc_item_notes(note)&id=lt.3&order=id"
        + "&rpc_item_notes.order=id"), expected);
    ok(post("/rpc/items_over?select=id,rpc_item_notes(note)&id=lt.3&order=id&rpc_item_notes.order=id",
        "{\"min_qty\":0}"), expected);
    ok(test.get("/rpc/items_over?min_qty=15&select=name,rpc_item_notes!inner(id)"),
        "[{\"name\":\"two\",\"rpc_item_notes\":[{\"id\": 3}]}]");
  }

  @Test
  void hoistedSettings_applyToTheWholeStatement() {
    // statement_timeout is hoisted by default, work_mem is not
    ok(test.get("/rpc/hoisted_items?select=id,tx_settings&id=eq.1"), "[{\"id\":1,\"tx_settings\":\"7s,4MB\"}]");
    ok(test.get("/rpc/all_items?select=tx_settings&id=eq.1"), "[{\"tx_settings\":\"0,4MB\"}]");
    Http.Response timedOut = test.get("/rpc/hoisted_sleep");
    assertEquals(500, timedOut.status(), timedOut.body());
    assertTrue(timedOut.body().startsWith("{\"code\":\"57014\""), timedOut.body());
  }

  @Test
  void isolationLevel_ofTheFunctionElseOfTheRole() {
    ok(test.get("/rpc/iso_level"), "\"read committed\"");
    ok(test.get("/rpc/iso_serializable"), "\"serializable\"");
    ok(post("/rpc/iso_serializable", "{}"), "\"serializable\"");
    String auth = Tokens.bearer(Tokens.role("rpc_iso_user"));
    ok(test.get("/rpc/iso_level", "Authorization", auth), "\"repeatable read\"");
    ok(test.get("/rpc/iso_serializable", "Authorization", auth), "\"serializable\"");
    ok(test.get("/rpc/iso_read_committed", "Authorization", auth), "\"read committed\"");
  }

  /** Without {@code db-plan-enabled} (the default) a plan is not offered, for calls as for relations. */
  @Test
  void plan_isUnavailableByDefault() {
    String refused = "{\"code\":\"PGRST107\",\"details\":null,\"hint\":null,\"message\":\"None of these media"
        + " types are available: application/vnd.pgrst.plan+text; for=\\\"application/json\\\"\"}";
    answers(test.get("/rpc/add_them?a=1&b=2", "Accept", "application/vnd.pgrst.plan"), 406, refused);
    answers(test.get("/items", "Accept", "application/vnd.pgrst.plan"), 406, refused);
    answers(test.send("DELETE", "/items?id=eq.99", null, "Accept", "application/vnd.pgrst.plan"), 406, refused);
  }
}
