package io.restgres.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The portfolio API of the founding example, end to end: the built WAR on Payara Micro over the
 * demo database that {@code liquibase/} creates. Expected bodies are rendered by PostgreSQL itself
 * from the same views, so they are exactly what PostgREST would answer.
 */
@ExtendWith({EmbeddedPg.class, ArquillianExtension.class})
@RunAsClient
class PortfolioIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.restgres();
  }

  @ArquillianResource URL deployed;
  private Http http;
  private static Connection db;

  @BeforeEach
  void setUp() throws SQLException {
    http = new Http(deployed);
    if (db == null) {
      db = EmbeddedPg.database().superuser();
    }
  }

  private static String json(String query) throws SQLException {
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
        "select coalesce(json_agg(t), '[]')::text from (" + query + ") t")) {
      rs.next();
      return rs.getString(1);
    }
  }

  @Test
  void helloWorld_answersLikePostgrest() {
    Http.Response r = http.get("/hello_world");
    assertEquals(200, r.status());
    assertEquals("[{\"?column?\":\"hello world\"}]", r.body());
    assertEquals("application/json; charset=utf-8", r.header("Content-Type"));
    assertEquals("0-0/*", r.header("Content-Range"));
    assertEquals("/hello_world", r.header("Content-Location"));
  }

  @Test
  void portfolioHistory_orderedByTimestamp() throws SQLException {
    Http.Response r = http.get("/portfolio_history?order=timestamp_s.asc");
    assertEquals(200, r.status());
    assertEquals(json("select * from api.portfolio_history order by timestamp_s asc"), r.body());
    assertTrue(r.body().startsWith("[{\"id\":"), r.body());
  }

  @Test
  void portfolioHistory_selectFilterOrderLimit() throws SQLException {
    Http.Response r = http.get(
        "/portfolio_history?select=ts:timestamp_s,interval,usd_total_value&interval=eq.week"
            + "&order=timestamp_s.desc&limit=3&offset=1",
        "Prefer", "count=exact");
    assertEquals(206, r.status());
    assertEquals("1-3/8", r.header("Content-Range"));
    assertEquals("count=exact", r.header("Preference-Applied"));
    assertEquals(json("select timestamp_s as ts, interval, usd_total_value from api.portfolio_history"
        + " where interval = 'week' order by timestamp_s desc limit 3 offset 1"), r.body());
  }

  @Test
  void latestTrades_redactsAllButEthAndBtc() throws SQLException {
    Http.Response r = http.get("/latest_trades", "Prefer", "count=exact");
    assertEquals(200, r.status());
    assertEquals("0-99/100", r.header("Content-Range"));
    assertEquals(json("select * from api.latest_trades"), r.body());
    assertEquals("[]", http.get("/latest_trades?redacted_base_asset=in.(SOL,ADA,DOT)").body());
    Http.Response hidden = http.get("/latest_trades?select=redacted_base_asset&redacted_base_asset=eq.???&limit=1");
    assertEquals("[{\"redacted_base_asset\":\"???\"}]", hidden.body());
  }

  @Test
  void portfolioSummary_answersTheView() throws SQLException {
    Http.Response r = http.get("/portfolio_summary");
    assertEquals(200, r.status());
    assertEquals(json("select * from api.portfolio_summary"), r.body());
  }

  @Test
  void anonymousInsert_isRejectedWithPostgrestError() {
    Http.Response r = http.send("POST", "/all_trades", trade("anon-1"), "Content-Type", "application/json");
    assertEquals(401, r.status());
    assertEquals("{\"code\":\"42501\",\"details\":null,\"hint\":null,"
        + "\"message\":\"permission denied for view all_trades\"}", r.body());
    assertEquals("Bearer", r.header("WWW-Authenticate"));
    assertEquals("application/json; charset=utf-8", r.header("Content-Type"));
  }

  @Test
  void producerInsert_isCreatedAndCountedInTheSummary() throws SQLException {
    long before = tradesIn30Days();
    Http.Response r = http.send("POST", "/all_trades", trade("it-producer-1"),
        "Content-Type", "application/json",
        "Authorization", Tokens.bearer(Tokens.role("api_data_producer")));
    assertEquals(201, r.status(), r.body());
    assertEquals("", r.body());
    assertEquals("*/*", r.header("Content-Range"));
    assertEquals(before + 1, tradesIn30Days());
    Http.Response summary = http.get("/portfolio_summary?select=trades_count_30d");
    assertEquals("[{\"trades_count_30d\":" + (before + 1) + "}]", summary.body());
  }

  @Test
  void producerInsert_returnsRepresentation() {
    Http.Response r = http.send("POST", "/all_trades?select=id,market,is_buy", trade("it-producer-2"),
        "Content-Type", "application/json",
        "Prefer", "return=representation",
        "Authorization", Tokens.bearer(Tokens.role("api_data_producer")));
    assertEquals(201, r.status(), r.body());
    assertEquals("[{\"id\":\"it-producer-2\",\"market\":\"kraken\",\"is_buy\":true}]", r.body());
    assertEquals("return=representation", r.header("Preference-Applied"));
  }

  @Test
  void producerUpdate_patchesMatchingRows() {
    String producer = Tokens.bearer(Tokens.role("api_data_producer"));
    http.send("POST", "/all_trades", trade("it-patch-1"), "Content-Type", "application/json", "Authorization", producer);
    Http.Response r = http.send("PATCH", "/all_trades?id=eq.it-patch-1", "{\"price\": 42}",
        "Content-Type", "application/json", "Prefer", "return=representation", "Authorization", producer);
    assertEquals(200, r.status(), r.body());
    assertEquals("0-0/*", r.header("Content-Range"));
    assertTrue(r.body().contains("\"price\":42.000000000000000000"), r.body());
    Http.Response minimal = http.send("PATCH", "/all_trades?id=eq.it-patch-1", "{\"price\": 43}",
        "Content-Type", "application/json", "Authorization", producer);
    assertEquals(204, minimal.status());
  }

  @Test
  void producerDelete_isForbiddenByGrants() {
    Http.Response r = http.send("DELETE", "/all_trades?id=eq.nothing",
        null, "Authorization", Tokens.bearer(Tokens.role("api_data_producer")));
    assertEquals(403, r.status());
    assertEquals("42501", code(r));
    assertNull(r.header("WWW-Authenticate"));
  }

  @Test
  void expiredToken_is401() {
    Http.Response r = http.get("/hello_world", "Authorization", Tokens.bearer(Tokens.expired("api_anon")));
    assertEquals(401, r.status());
    assertEquals("PGRST303", code(r));
    assertTrue(r.header("WWW-Authenticate").startsWith("Bearer error=\"invalid_token\""), r.header("WWW-Authenticate"));
  }

  @Test
  void wronglySignedToken_is401() {
    Http.Response r = http.get("/hello_world",
        "Authorization", Tokens.bearer(Tokens.signedWith("some-other-secret-that-is-long-enough", "api_data_producer")));
    assertEquals(401, r.status());
    assertEquals("PGRST301", code(r));
    assertTrue(r.header("WWW-Authenticate").startsWith("Bearer error=\"invalid_token\""));
  }

  @Test
  void newView_isServedAfterNotify() throws Exception {
    try (Statement st = db.createStatement()) {
      st.execute("create view api.it_reloaded as select 1 as one");
      st.execute("grant select on api.it_reloaded to api_anon");
    }
    assertEquals(404, http.get("/it_reloaded").status());
    try (Statement st = db.createStatement()) {
      st.execute("notify pgrst, 'reload schema'");
    }
    Http.Response r = null;
    for (int i = 0; i < 100; i++) {
      r = http.get("/it_reloaded");
      if (r.status() == 200) {
        break;
      }
      Thread.sleep(100);
    }
    assertEquals(200, r.status());
    assertEquals("[{\"one\":1}]", r.body());
  }

  // The reload runs the catalog queries as the authenticator, which has no USAGE on api: the identity
  // column's sequence must still be found (fixtures/70-deploy.sql).
  @Test
  void tableCreatedAfterStartUp_isServedAfterNotify() throws Exception {
    try (Statement st = db.createStatement()) {
      st.execute("create table api.deploy_late (id int generated by default as identity primary key, name text)");
      st.execute("grant select, insert on api.deploy_late to api_anon");
      st.execute("grant usage on sequence api.deploy_late_id_seq to api_anon");
      st.execute("insert into api.deploy_late (name) values ('first')");
    }
    try {
      assertEquals(404, http.get("/deploy_late").status());
      try (Statement st = db.createStatement()) {
        st.execute("notify pgrst, 'reload schema'");
      }
      Http.Response r = http.get("/deploy_late");
      for (int i = 0; i < 100 && r.status() != 200; i++) {
        Thread.sleep(100);
        r = http.get("/deploy_late");
      }
      assertEquals(200, r.status(), r.body());
      assertEquals("[{\"id\":1,\"name\":\"first\"}]", r.body());
      Http.Response post = http.send("POST", "/deploy_late?columns=id,name", "{\"name\":\"second\"}",
          "Content-Type", "application/json", "Prefer", "missing=default,return=representation");
      assertEquals(201, post.status(), post.body());
      assertEquals("[{\"id\":2,\"name\":\"second\"}]", post.body());
    } finally {
      try (Statement st = db.createStatement()) {
        st.execute("drop table api.deploy_late");
        st.execute("notify pgrst, 'reload schema'");
      }
    }
  }

  @Test
  void unknownTable_is404Pgrst205() {
    Http.Response r = http.get("/nope");
    assertEquals(404, r.status());
    assertEquals("{\"code\":\"PGRST205\",\"details\":null,\"hint\":null,"
        + "\"message\":\"Could not find the table 'api.nope' in the schema cache\"}", r.body());
    assertEquals("PostgREST; error=PGRST205", r.header("Proxy-Status"));
  }

  @Test
  void unknownTable_suggestsTheClosestName() {
    Http.Response r = http.get("/hello_wrld");
    assertEquals("{\"code\":\"PGRST205\",\"details\":null,"
        + "\"hint\":\"Perhaps you meant the table 'api.hello_world'\","
        + "\"message\":\"Could not find the table 'api.hello_wrld' in the schema cache\"}", r.body());
  }

  @Test
  void head_hasReadHeadersWithoutBody() {
    Http.Response r = http.send("HEAD", "/latest_trades?limit=5", null);
    assertEquals(200, r.status());
    assertEquals("0-4/*", r.header("Content-Range"));
    assertEquals("", r.body());
  }

  @Test
  void options_listsWhatTheViewSupports() {
    Http.Response r = http.send("OPTIONS", "/all_trades", null);
    assertEquals(200, r.status());
    assertEquals("OPTIONS,GET,HEAD,POST,PUT,PATCH,DELETE", r.header("Allow"));
    assertEquals("OPTIONS,GET,HEAD", http.send("OPTIONS", "/latest_trades", null).header("Allow"));
  }

  @Test
  void root_servesOpenApiListingTheViews() {
    Http.Response r = http.get("/");
    assertEquals(200, r.status());
    assertEquals("application/openapi+json; charset=utf-8", r.header("Content-Type"));
    assertTrue(r.body().contains("\"swagger\":\"2.0\""), r.body());
    assertTrue(r.body().contains("\"/portfolio_history\""));
    assertTrue(r.body().contains("\"timestamp_s\""));
    assertTrue(r.body().contains("\"title\":\"Trading portfolio API\""), r.body());
    assertTrue(r.body().startsWith("{\"basePath\":\"/\",\"consumes\":"), r.body());
    // follow-privileges: the anonymous role does not see the producer's view
    assertTrue(!r.body().contains("\"/all_trades\""));
    Http.Response producer = http.get("/", "Authorization", Tokens.bearer(Tokens.role("api_data_producer")));
    assertTrue(producer.body().contains("\"/all_trades\""));
  }

  @Test
  void badQuery_is400Pgrst100() {
    Http.Response r = http.get("/portfolio_history?order=timestamp_s.sideways");
    assertEquals(400, r.status());
    assertEquals("PGRST100", code(r));
    Http.Response col = http.get("/portfolio_history?nope=eq.1");
    assertEquals(400, col.status());
    assertTrue(col.body().startsWith("{\"code\":\"42703\""), col.body());
    assertTrue(col.body().endsWith("\"message\":\"column portfolio_history.nope does not exist\"}"), col.body());
  }

  private long tradesIn30Days() throws SQLException {
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("select trades_count_30d from api.portfolio_summary")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String trade(String id) {
    long now = System.currentTimeMillis();
    return "{\"id\":\"" + id + "\",\"timestamp\":" + now + ",\"market\":\"kraken\",\"symbol\":\"BTC/USD\","
        + "\"base_asset\":\"BTC\",\"quote_asset\":\"USD\",\"is_buy\":true,\"amount\":0.5,"
        + "\"price\":30000,\"usd_value\":15000}";
  }

  private static String code(Http.Response r) {
    int i = r.body().indexOf("\"code\":\"");
    return i < 0 ? null : r.body().substring(i + 8, r.body().indexOf('"', i + 8));
  }
}
