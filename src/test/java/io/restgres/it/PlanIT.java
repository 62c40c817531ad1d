package io.restgres.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Media types beyond JSON and CSV over HTTP: execution plans ({@code Accept:
 * application/vnd.pgrst.plan}) on a deployment with {@code db-plan-enabled} (RpcIT checks the
 * default 406), GeoJSON, media-type handlers, and the reason phrases of raised errors. The deployment also has {@code
 * server-timing-enabled}, as PostgREST's ServerTimingSpec runs with plans enabled, and its {@code
 * db-hoisted-tx-settings} is {@code work_mem} alone, where RpcIT has PostgREST's default.
 */
class PlanIT extends DeployedApi {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return war().addAsResource(new StringAsset("config_ordinal=500\npgrst.db-plan-enabled=true\n"
        + "pgrst.server-timing-enabled=true\npgrst.db-hoisted-tx-settings=work_mem\n"),
        "META-INF/microprofile-config.properties");
  }

  private static final String PLAN_JSON = "application/vnd.pgrst.plan+json; for=\"application/json\"; charset=utf-8";

  @Test
  void plan_explainsTheAggregatedStatement() {
    Http.Response json = test.get("/items?id=in.(1,2,3)", "Accept", "application/vnd.pgrst.plan+json");
    assertEquals(200, json.status(), json.body());
    assertEquals(PLAN_JSON, json.header("Content-Type"));
    assertEquals("test", json.header("Content-Profile"));
    assertTrue(json.body().startsWith("[\n  {\n    \"Plan\": {\n      \"Node Type\": \"Aggregate\""), json.body());
    assertTrue(json.body().endsWith("]\n"), json.body());
    // text by default, as postgrest-js asks for it: empty options, a trailing semicolon
    for (String accept : new String[] {"application/vnd.pgrst.plan",
        "application/vnd.pgrst.plan+text; for=\"application/json\"; options=;"}) {
      Http.Response text = test.get("/items?select=name&order=id", "Accept", accept);
      assertEquals(200, text.status(), text.body());
      assertEquals("application/vnd.pgrst.plan+text; for=\"application/json\"; charset=utf-8", text.header("Content-Type"));
      assertTrue(text.body().startsWith("Aggregate  (cost="), text.body());
    }
  }

  @Test
  void plan_optionsAndTargetsAreWrittenBackAsPostgrestWritesThem() {
    Http.Response verbose = test.get("/items", "Accept",
        "application/vnd.pgrst.plan+json; for=\"application/vnd.pgrst.object\"; options=buffers|verbose");
    assertEquals(200, verbose.status(), verbose.body());
    assertEquals("application/vnd.pgrst.plan+json; for=\"application/vnd.pgrst.object+json\"; options=verbose|buffers;"
        + " charset=utf-8", verbose.header("Content-Type"));
    assertTrue(verbose.body().contains("\"Output\": ["), verbose.body());
    assertTrue(verbose.body().contains("\"Shared Hit Blocks\""), verbose.body());
    assertTrue(verbose.body().contains("json_agg("), verbose.body());
    Http.Response csv = test.get("/items", "Accept", "application/vnd.pgrst.plan; for=\"text/csv\"; options=analyze");
    assertEquals("application/vnd.pgrst.plan+text; for=\"text/csv\"; options=analyze; charset=utf-8",
        csv.header("Content-Type"));
    assertTrue(csv.body().contains("(actual time="), csv.body());
    // a plan for a type the relation does not offer is no plan at all, as in PostgREST
    answers(test.get("/items", "Accept", "application/vnd.pgrst.plan+json; for=\"text/xml\""), 406,
        "{\"code\":\"PGRST107\",\"details\":null,\"hint\":null,\"message\":\"None of these media types are"
            + " available: application/vnd.pgrst.plan+json; for=\\\"text/xml\\\"\"}");
  }

  @Test
  void plan_ofWritesAndCalls_analyzedWritesAreRolledBack() {
    String before = Oracle.json("select * from test.plan_notes order by id");
    Http.Response insert = test.send("POST", "/plan_notes", "{\"id\":3,\"note\":\"third\"}",
        "Content-Type", "application/json", "Accept", "application/vnd.pgrst.plan+json; options=analyze");
    assertEquals(200, insert.status(), insert.body());
    assertEquals("application/vnd.pgrst.plan+json; for=\"application/json\"; options=analyze; charset=utf-8",
        insert.header("Content-Type"));
    assertTrue(insert.body().contains("\"Actual Rows\""), insert.body());
    Http.Response update = test.send("PATCH", "/plan_notes?id=eq.1", "{\"note\":\"changed\"}",
        "Content-Type", "application/json", "Prefer", "return=representation",
        "Accept", "application/vnd.pgrst.plan; options=analyze");
    assertEquals(200, update.status(), update.body());
    assertTrue(update.body().startsWith("Aggregate  (cost="), update.body());
    Http.Response delete = test.send("DELETE", "/plan_notes?id=eq.2", null, "Accept", "application/vnd.pgrst.plan");
    assertEquals(200, delete.status(), delete.body());
    assertEquals(before, Oracle.json("select * from test.plan_notes order by id"));
    Http.Response call = test.get("/rpc/plan_notes_after?n=1", "Accept", "application/vnd.pgrst.plan+json");
    assertEquals(PLAN_JSON, call.header("Content-Type"));
    assertTrue(call.body().contains("\"Node Type\": \"Aggregate\""), call.body());
  }

  /** PostgreSQL inlines a LANGUAGE sql STABLE function that is the FROM item: filters reach its table's index. */
  @Test
  void plan_ofAnInlinableFunction_usesTheTablesIndex() {
    Http.Response r = test.get("/rpc/readings_above?min_value=100&sensor=eq.7&order=id&limit=3",
        "Accept", "application/vnd.pgrst.plan");
    assertEquals(200, r.status(), r.body());
    // the filter, the order and the limit reach the table: its primary key gives the rows in order
    assertTrue(r.body().contains("Limit  (cost="), r.body());
    assertTrue(r.body().contains("Index Scan using rpc_readings_pkey on rpc_readings"), r.body());
    assertTrue(r.body().contains("(sensor = 7)"), r.body());
    assertTrue(!r.body().contains("Function Scan"), r.body());
    Http.Response posted = test.send("POST", "/rpc/readings_above?id=eq.1234", "{\"min_value\":1}",
        "Content-Type", "application/json", "Accept", "application/vnd.pgrst.plan");
    assertTrue(posted.body().contains("Index Cond: (id = 1234)"), posted.body());
    assertTrue(!posted.body().contains("Function Scan on readings_above"), posted.body());
  }

  @Test
  void hoistedTxSettings_areTheConfiguredOnes() {
    ok(test.get("/rpc/hoisted_items?select=id,tx_settings&id=eq.1"), "[{\"id\":1,\"tx_settings\":\"0,3000kB\"}]");
  }

  @Test
  void geoJson_needsAPostgisColumn() {
    answers(test.get("/items", "Accept", "application/geo+json"), 406, "{\"code\":\"PGRST107\",\"details\":null,"
        + "\"hint\":null,\"message\":\"None of these media types are available: application/geo+json\"}");
    Http.Response fallback = test.get("/items?select=id&id=eq.1", "Accept", "application/geo+json, application/json");
    ok(fallback, "[{\"id\":1}]");
  }

  private static final String TIMING = "jwt;dur=\\d+\\.\\d, parse;dur=\\d+\\.\\d, plan;dur=\\d+\\.\\d, "
      + "transaction;dur=\\d+\\.\\d, response;dur=\\d+\\.\\d";

  // PostgREST's ServerTimingSpec: every stage on reads, writes, calls, the root and OPTIONS; errors
  // are answered without it
  @Test
  void serverTiming_everyStageOnSuccessfulAnswers() {
    List<Http.Response> answers = List.of(test.get("/items?id=eq.1"),
        test.send("PATCH", "/plan_notes?id=eq.-1", "{\"note\":\"none\"}", "Content-Type", "application/json"),
        test.get("/rpc/add_them?a=1&b=2"), http.send("HEAD", "/", null), test.send("OPTIONS", "/items", null),
        http.send("OPTIONS", "/", null));
    for (Http.Response r : answers) {
      assertTrue(r.status() < 300, r.status() + " " + r.body());
      String timing = r.header("Server-Timing");
      assertTrue(timing != null && timing.matches(TIMING), String.valueOf(timing));
    }
    Http.Response missing = test.get("/itemsx");
    assertEquals(404, missing.status());
    assertNull(missing.header("Server-Timing"));
  }

  // A function returning a domain named like a media type answers in it (fixtures/82-media-types.sql).
  @Test
  void mediaHandlers_functionAnswersInItsOwnType() {
    Http.Response plain = test.get("/rpc/mt_hello", "Accept", "text/plain");
    ok(plain, "Hello, media");
    assertEquals("text/plain; charset=utf-8", plain.header("Content-Type"));
    ok(test.get("/rpc/mt_hello"), "\"Hello, media\"");
    Http.Response html = test.get("/rpc/mt_page", "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
    ok(html, "<p>hi</p>");
    assertEquals("text/html", html.header("Content-Type"));
    Http.Response xml = test.get("/rpc/mt_doc", "Accept", "text/xml");
    ok(xml, "<doc a=\"1\"/>");
    assertEquals("text/xml; charset=utf-8", xml.header("Content-Type"));
    Http.Response bin = test.send("POST", "/rpc/mt_blob", "{\"shape\":2}", "Accept", "application/vnd.mt-bin");
    ok(bin, "CDE");
    assertEquals("application/vnd.mt-bin", bin.header("Content-Type"));
    Http.Response none = test.get("/rpc/mt_blob?shape=9", "Accept", "application/vnd.mt-bin");
    ok(none, "");
    assertEquals("application/vnd.mt-bin", none.header("Content-Type"));
    error(test.get("/rpc/mt_plain_text", "Accept", "text/xml"), 406, "PGRST107",
        "None of these media types are available: text/xml", null, null);
    error(test.get("/rpc/mt_hello_twice", "Accept", "text/plain"), 406, "PGRST107",
        "None of these media types are available: text/plain", null, null);
  }

  @Test
  void mediaHandlers_catchAllAndRelationAggregates() {
    for (String accept : new String[] {"*/*", "app/bingo", "image/boingo"}) {
      Http.Response any = test.get("/rpc/mt_anything", "Accept", accept);
      ok(any, "any");
      assertEquals("application/octet-stream", any.header("Content-Type"));
    }
    Http.Response rows = test.get("/rpc/mt_all_shapes", "Accept", "application/vnd.mt-bin");
    ok(rows, "ABCDE");
    assertEquals("application/vnd.mt-bin", rows.header("Content-Type"));
    ok(test.get("/rpc/mt_all_shapes", "Accept", "application/vnd.mt-count+json"), "{\"rows\" : 2}");
    ok(test.get("/rpc/mt_plain_text", "Accept", "application/vnd.mt-count+json"), "{\"rows\" : 1}");
    error(test.get("/rpc/mt_all_shapes", "Accept", "application/octet-stream"), 406, "PGRST107",
        "None of these media types are available: application/octet-stream", null, null);
  }
  // The status line's reason phrase of raised errors, read as a client sees it (HttpClient hides it).
  @Test
  void raisedErrors_carryTheirReasonPhrase() throws IOException {
    assertEquals("402 Payment Required Now", statusLine("/rpc/mt_raise_pt402"));
    assertEquals("418 Short And Stout", statusLine("/rpc/mt_raise_teapot?phrase=true"));
    assertEquals("404 Not Found", statusLine("/rpc/mt_raise_teapot?phrase=false"));
    assertEquals("200 OK", statusLine("/rpc/mt_hello"));
    error(test.get("/rpc/mt_raise_pt402"), 402, "PT402", "Payment Required Now", "Quota used", "Top up");
  }

  private String statusLine(String path) throws IOException {
    HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + deployed.getPort() + path).toURL()
        .openConnection();
    c.setRequestProperty("Accept-Profile", "test");
    try {
      return c.getResponseCode() + " " + c.getResponseMessage();
    } finally {
      c.disconnect();
    }
  }
}
