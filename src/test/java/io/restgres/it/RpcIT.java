package io.restgres.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /rpc/{function}} over HTTP on the functions of src/test/resources/fixtures/40-rpc.sql:
 * argument passing, overload choice, result shapes, volatility and PostgREST's error bodies.
 */
@ExtendWith({EmbeddedPg.class, ArquillianExtension.class})
@RunAsClient
class RpcIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.restgres();
  }

  @ArquillianResource URL deployed;
  private Http http;

  @BeforeEach
  void setUp() {
    http = new Http(deployed);
  }

  private Http.Response get(String path) {
    return http.get(path, "Accept-Profile", "test");
  }

  private Http.Response post(String path, String body) {
    return http.send("POST", path, body, "Content-Profile", "test", "Content-Type", "application/json");
  }

  private static void ok(Http.Response r, String body) {
    assertEquals(200, r.status(), r.body());
    assertEquals(body, r.body());
  }

  @Test
  void scalar_getAndPost_returnJsonScalar() {
    Http.Response r = get("/rpc/add_them?a=1&b=2");
    ok(r, "3");
    assertEquals("0-0/*", r.header("Content-Range"));
    assertEquals("application/json; charset=utf-8", r.header("Content-Type"));
    assertEquals("test", r.header("Content-Profile"));
    assertNull(r.header("Content-Location"));
    ok(post("/rpc/add_them", "{\"a\":4,\"b\":5}"), "9");
  }

  @Test
  void defaults_mayBeOmitted() {
    ok(get("/rpc/greet?name=Ann"), "\"Hello, Ann\"");
    ok(post("/rpc/greet", "{\"name\":\"Bo\",\"greeting\":\"Hi\"}"), "\"Hi, Bo\"");
  }

  @Test
  void openApi_listsFunctions_getOnlyWhenNotVolatile() {
    String doc = get("/").body();
    assertTrue(doc.contains("\"/rpc/add_them\":{\"get\":"), doc);
    assertTrue(doc.contains("\"tags\":[\"(rpc) add_them\"]"), doc);
    // keys are alphabetical, so a GET would come before the POST
    assertTrue(doc.contains("\"/rpc/add_item\":{\"post\":"), doc);
  }

  @Test
  void maxAffected_strictAppliesToFunctionResults() {
    Http.Response over = http.get("/rpc/all_items", "Accept-Profile", "test", "Prefer", "handling=strict, max-affected=1");
    assertEquals(400, over.status(), over.body());
    assertTrue(over.body().startsWith("{\"code\":\"PGRST124\""), over.body());
    Http.Response single = http.get("/rpc/add_them?a=1&b=2", "Accept-Profile", "test",
        "Prefer", "handling=strict, max-affected=1");
    assertEquals("{\"code\":\"PGRST128\",\"details\":null,\"hint\":null,\"message\":\"Function must return SETOF "
        + "or TABLE when max-affected preference is used with handling=strict\"}", single.body());
  }

  @Test
  void setofScalar_isArray() {
    ok(get("/rpc/up_to?n=3"), "[1, 2, 3]");
  }

  @Test
  void composite_isObject() {
    ok(get("/rpc/item_by_id?item_id=2"), "{\"id\":2,\"name\":\"two\",\"qty\":20}");
  }

  @Test
  void setofTable_readFeaturesApply() {
    Http.Response r = get("/rpc/all_items?select=id,name&qty=gt.10&order=id.desc&limit=1");
    ok(r, "[{\"id\":3,\"name\":\"three\"}]");
    assertEquals("0-0/*", r.header("Content-Range"));
    Http.Response counted = http.get("/rpc/all_items?select=id&id=lte.2", "Accept-Profile", "test",
        "Prefer", "count=exact");
    ok(counted, "[{\"id\":1}, \n {\"id\":2}]");
    assertEquals("0-1/2", counted.header("Content-Range"));
  }

  @Test
  void head_sameHeadersWithoutBody() {
    Http.Response r = http.send("HEAD", "/rpc/up_to?n=3", null, "Accept-Profile", "test");
    assertEquals(200, r.status());
    assertEquals("", r.body());
    assertEquals("0-2/*", r.header("Content-Range"));
  }

  @Test
  void postArray_callsOncePerObject() {
    ok(post("/rpc/up_to", "[{\"n\":1},{\"n\":2}]"), "[1, 1, 2]");
  }

  @Test
  void returnsTable_filtersOnOutColumns() {
    ok(get("/rpc/pairs_upto?n=3&k=gte.2&select=label"), "[{\"label\":\"n2\"}, \n {\"label\":\"n3\"}]");
  }

  @Test
  void void_is204WithoutBody() {
    Http.Response r = post("/rpc/do_nothing", "");
    assertEquals(204, r.status(), r.body());
    assertEquals("", r.body());
    assertNull(r.header("Content-Type"));
  }

  @Test
  void volatile_postWrites_getIsReadOnly() {
    ok(post("/rpc/add_item", "{\"id\":9,\"name\":\"nine\"}"), "{\"id\":9,\"name\":\"nine\",\"qty\":null}");
    Http.Response r = get("/rpc/add_item?id=8&name=eight");
    assertEquals(405, r.status());
    assertTrue(r.body().startsWith("{\"code\":\"25006\""), r.body());
  }

  @Test
  void wholeBody_goesToSingleUnnamedJsonParam() {
    ok(post("/rpc/echo_body", "{\"x\": [1, 2]}"), "{\"x\": [1, 2]}");
  }

  @Test
  void unknownFunction_is404Pgrst202() {
    Http.Response r = get("/rpc/add_them?a=1&b=2&smthelse=3");
    assertEquals(404, r.status());
    assertEquals("{\"code\":\"PGRST202\",\"details\":\"Searched for the function test.add_them with parameters a, b,"
        + " smthelse, but no matches were found in the schema cache.\",\"hint\":\"Perhaps you meant to call the"
        + " function test.add_them(a, b)\",\"message\":\"Could not find the function test.add_them(a, b, smthelse)"
        + " in the schema cache\"}", r.body());
    Http.Response p = post("/rpc/sayhello", "{\"nam\":\"x\"}");
    assertEquals(404, p.status());
    assertTrue(p.body().contains("\"details\":\"Searched for the function test.sayhello with parameter nam or with a"
        + " single unnamed json/jsonb parameter, but no matches were found in the schema cache.\""), p.body());
  }

  @Test
  void sameArgumentNames_is300Pgrst203() {
    Http.Response r = get("/rpc/overloaded?arg=1");
    assertEquals(300, r.status());
    assertEquals("{\"code\":\"PGRST203\",\"details\":null,\"hint\":\"Try renaming the parameters or the function"
        + " itself in the database so function overloading can be resolved\",\"message\":\"Could not choose the best"
        + " candidate function between: test.overloaded(arg => integer), test.overloaded(arg => text)\"}", r.body());
  }

  @Test
  void otherMethods_are405Pgrst101() {
    Http.Response r = http.send("DELETE", "/rpc/add_them", null, "Accept-Profile", "test");
    assertEquals(405, r.status());
    assertEquals("{\"code\":\"PGRST101\",\"details\":null,\"hint\":null,"
        + "\"message\":\"Cannot use the DELETE method on RPC\"}", r.body());
  }

  @Test
  void options_allowDependsOnVolatility() {
    assertEquals("OPTIONS,GET,HEAD,POST",
        http.send("OPTIONS", "/rpc/add_them", null, "Accept-Profile", "test").header("Allow"));
    assertEquals("OPTIONS,POST", http.send("OPTIONS", "/rpc/add_item", null, "Accept-Profile", "test").header("Allow"));
  }
}
