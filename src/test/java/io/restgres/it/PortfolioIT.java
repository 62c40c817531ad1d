package io.restgres.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The portfolio API of the founding example, end to end: the built WAR on Payara Micro over the
 * demo database that {@code liquibase/} creates. Expected bodies are rendered by PostgreSQL itself
 * from the same views, so they are exactly what PostgREST would answer. What the demo shares with any
 * schema (query grammar, tokens, grants) is tested in ReadIT, WriteIT and AuthIT.
 */
class PortfolioIT extends DefaultDeployment {
  @Override
  List<String> writes() {
    return List.of("private.trades");
  }

  @Test
  void helloWorld_answersLikePostgrest() {
    Http.Response r = http.get("/hello_world");
    ok(r, "[{\"?column?\":\"hello world\"}]");
    assertEquals("application/json; charset=utf-8", r.header("Content-Type"));
    assertEquals("0-0/*", r.header("Content-Range"));
    assertEquals("/hello_world", r.header("Content-Location"));
  }

  @Test
  void keepAlive_aConnectionServesRequestsBeyondGrizzlysDefault250() throws IOException {
    try (Socket socket = new Socket("127.0.0.1", deployed.getPort())) {
      socket.setSoTimeout(30_000);
      InputStream in = new BufferedInputStream(socket.getInputStream());
      for (int i = 1; i <= 300; i++) {
        socket.getOutputStream().write("GET /hello_world HTTP/1.1\r\nHost: localhost\r\n\r\n"
            .getBytes(StandardCharsets.US_ASCII));
        assertTrue(line(in).startsWith("HTTP/1.1 200 "), "request " + i);
        int length = 0;
        for (String h; !(h = line(in)).isEmpty(); ) {
          assertFalse(h.equalsIgnoreCase("Connection: close"), "closed after request " + i);
          if (h.regionMatches(true, 0, "Content-Length:", 0, 15)) {
            length = Integer.parseInt(h.substring(15).trim());
          }
        }
        assertEquals(length, in.readNBytes(length).length);
      }
    }
  }

  private static String line(InputStream in) throws IOException {
    StringBuilder b = new StringBuilder();
    for (int c; (c = in.read()) != '\n'; ) {
      if (c < 0) {
        throw new IOException("connection closed after: " + b);
      }
      if (c != '\r') {
        b.append((char) c);
      }
    }
    return b.toString();
  }

  @Test
  void portfolioHistory_orderedByTimestamp() {
    Http.Response r = http.get("/portfolio_history?order=timestamp_s.asc");
    ok(r, Oracle.json("select * from api.portfolio_history order by timestamp_s asc"));
    assertTrue(r.body().startsWith("[{\"id\":"), r.body());
  }

  @Test
  void portfolioHistory_selectFilterOrderLimit() {
    Http.Response r = http.get(
        "/portfolio_history?select=ts:timestamp_s,interval,usd_total_value&interval=eq.week"
            + "&order=timestamp_s.desc&limit=3&offset=1",
        "Prefer", "count=exact");
    assertEquals(206, r.status());
    assertEquals("1-3/8", r.header("Content-Range"));
    assertEquals("count=exact", r.header("Preference-Applied"));
    assertEquals(Oracle.json("select timestamp_s as ts, interval, usd_total_value from api.portfolio_history"
        + " where interval = 'week' order by timestamp_s desc limit 3 offset 1"), r.body());
  }

  @Test
  void latestTrades_redactsAllButEthAndBtc() {
    Http.Response r = http.get("/latest_trades", "Prefer", "count=exact");
    assertEquals(200, r.status());
    assertEquals("0-99/100", r.header("Content-Range"));
    assertEquals(Oracle.json("select * from api.latest_trades"), r.body());
    assertEquals("[]", http.get("/latest_trades?redacted_base_asset=in.(SOL,ADA,DOT)").body());
    Http.Response hidden = http.get("/latest_trades?select=redacted_base_asset&redacted_base_asset=eq.???&limit=1");
    assertEquals("[{\"redacted_base_asset\":\"???\"}]", hidden.body());
  }

  @Test
  void portfolioSummary_answersTheView() {
    ok(http.get("/portfolio_summary"), Oracle.json("select * from api.portfolio_summary"));
  }

  @Test
  void producerInsert_isCreatedAndCountedInTheSummary() {
    long before = tradesIn30Days();
    Http.Response r = http.send("POST", "/all_trades", trade("it-producer-1"),
        "Authorization", Tokens.bearer(Tokens.role("api_data_producer")));
    answers(r, 201, "");
    assertEquals("*/*", r.header("Content-Range"));
    assertEquals(before + 1, tradesIn30Days());
    Http.Response summary = http.get("/portfolio_summary?select=trades_count_30d");
    assertEquals("[{\"trades_count_30d\":" + (before + 1) + "}]", summary.body());
  }

  // The reload runs the catalog queries as the authenticator, which has no USAGE on api: the identity
  // column's sequence must still be found (fixtures/70-deploy.sql).
  @Test
  void tableCreatedAfterStartUp_isServedAfterNotify() throws InterruptedException {
    Oracle.execute("create table api.deploy_late (id int generated by default as identity primary key, name text);"
        + " grant select, insert on api.deploy_late to api_anon;"
        + " grant usage on sequence api.deploy_late_id_seq to api_anon;"
        + " insert into api.deploy_late (name) values ('first')");
    try {
      assertEquals(404, http.get("/deploy_late").status());
      Oracle.execute("notify pgrst, 'reload schema'");
      Http.Response r = http.get("/deploy_late");
      for (int i = 0; i < 100 && r.status() != 200; i++) {
        Thread.sleep(100);
        r = http.get("/deploy_late");
      }
      ok(r, "[{\"id\":1,\"name\":\"first\"}]");
      Http.Response post = http.send("POST", "/deploy_late?columns=id,name", "{\"name\":\"second\"}",
          "Prefer", "missing=default,return=representation");
      answers(post, 201, "[{\"id\":2,\"name\":\"second\"}]");
    } finally {
      Oracle.execute("drop table api.deploy_late; notify pgrst, 'reload schema'");
    }
  }

  @Test
  void unknownTable_is404Pgrst205() {
    Http.Response r = http.get("/nope");
    answers(r, 404, "{\"code\":\"PGRST205\",\"details\":null,\"hint\":null,"
        + "\"message\":\"Could not find the table 'api.nope' in the schema cache\"}");
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
  void root_servesOpenApiListingTheViews() {
    Http.Response r = http.get("/");
    assertEquals(200, r.status());
    assertEquals("application/openapi+json; charset=utf-8", r.header("Content-Type"));
    assertEquals(String.valueOf(r.body().getBytes(StandardCharsets.UTF_8).length), r.header("Content-Length"));
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
  void admin_liveAndReady_onTheAdminPortOnly() {
    Http admin = Http.admin();
    answers(admin.get("/live"), 200, "");
    answers(admin.get("/ready"), 200, "");
    assertEquals(200, admin.send("HEAD", "/ready", null).status());
    answers(admin.get("/hello_world"), 404, "");
    // on the API port these are table names like any other
    for (String path : List.of("/live", "/ready", "/metrics", "/schema_cache", "/config")) {
      Http.Response r = http.get(path);
      assertEquals(404, r.status(), path);
      assertTrue(r.body().contains("\"code\":\"PGRST205\""), r.body());
    }
  }

  @Test
  void admin_metrics_postgrestNamesRequestsAndJvm() {
    http.get("/hello_world");
    Http.Response r = Http.admin().get("/metrics");
    assertEquals(200, r.status());
    assertEquals("text/plain; version=0.0.4; charset=utf-8", r.header("Content-Type"));
    for (String line : List.of(
        "# TYPE pgrst_schema_cache_query_time_seconds gauge",
        "# TYPE pgrst_schema_cache_loads_total counter",
        "pgrst_db_pool_max 10",
        "# TYPE pgrst_db_pool_available gauge",
        "# TYPE pgrst_db_pool_waiting gauge",
        "pgrst_db_pool_timeouts_total ",
        "pgrst_jwt_cache_requests_total ",
        "pgrst_jwt_cache_hits_total ",
        "pgrst_jwt_cache_evictions_total ",
        "# TYPE restgres_http_request_duration_seconds histogram",
        "restgres_http_request_duration_seconds_bucket{method=\"GET\",status=\"200\",le=\"+Inf\"} ",
        "jvm_memory_bytes_used{area=\"heap\"} ",
        "jvm_gc_collection_seconds_count{gc=")) {
      assertTrue(r.body().contains(line), line + " in\n" + r.body());
    }
    assertTrue(r.body().matches("(?s).*\npgrst_schema_cache_loads_total\\{status=\"SUCCESS\"\\} [1-9].*"), r.body());
    assertTrue(r.body().matches("(?s).*\nrestgres_http_requests_total\\{method=\"GET\",status=\"200\"\\} [1-9].*"));
  }

  @Test
  void admin_schemaCacheAndConfig_withoutSecrets() {
    Http admin = Http.admin();
    Http.Response cache = admin.get("/schema_cache");
    assertEquals(200, cache.status());
    assertEquals("application/json; charset=utf-8", cache.header("Content-Type"));
    assertTrue(cache.body().startsWith("{\"dbTables\":[{"), cache.body());
    assertTrue(cache.body().contains("\"portfolio_history\""));
    assertTrue(cache.body().contains("\"settings\":{\"statement_timeout\":\"7s\",\"work_mem\":\"3000kB\"}"),
        cache.body());
    Http.Response config = admin.get("/config");
    assertEquals(200, config.status());
    assertTrue(config.body().contains("db-schemas = \"api,test\"\n"), config.body());
    assertTrue(config.body().contains("db-hoisted-tx-settings = \"statement_timeout,plan_filter.statement_cost_limit,"
        + "default_transaction_isolation\"\n"), config.body());
    assertTrue(config.body().contains("jwt-secret = \"********\"\n"), config.body());
    assertTrue(config.body().contains("db-uri = \"postgres://Restgres_Authenticator:********@127.0.0.1:"),
        config.body());
    assertTrue(!config.body().contains("reallyreally") && !config.body().contains("p%3Aw"), config.body());
  }

  @Test
  void admin_openApi3_validYamlByDefault_jsonOnRequest_followsPrivileges() {
    Http admin = Http.admin();
    Http.Response yaml = admin.get("/openapi");
    assertEquals(200, yaml.status(), yaml.body());
    assertEquals("application/yaml; charset=utf-8", yaml.header("Content-Type"));
    OpenAPI doc = valid(yaml.body());
    keep("admin-openapi.yaml", yaml.body());
    assertEquals("3.0.3", doc.getOpenapi());
    assertEquals("Trading portfolio API", doc.getInfo().getTitle());
    PathItem history = doc.getPaths().get("/portfolio_history");
    assertEquals("Portfolio history", history.getGet().getSummary());
    // parameter references are resolved by the parser
    List<String> params = history.getGet().getParameters().stream().map(p -> p.getName()).toList();
    for (String p : List.of("timestamp_s", "interval", "select", "order", "limit", "offset", "Range", "Prefer")) {
      assertTrue(params.contains(p), p + " in " + params);
    }
    Schema<?> row = doc.getComponents().getSchemas().get("portfolio_history");
    assertTrue(row.getProperties().containsKey("timestamp_s"), row.toString());
    assertEquals("http", doc.getComponents().getSecuritySchemes().get("JWT").getType().toString());
    assertTrue(!doc.getPaths().containsKey("/all_trades"), "the anonymous role's view");

    Http.Response json = admin.get("/openapi?format=JSON", "Authorization", Tokens.bearer(Tokens.role("api_data_producer")));
    assertEquals("application/json; charset=utf-8", json.header("Content-Type"));
    assertTrue(json.body().startsWith("{"), json.body());
    OpenAPI producer = valid(json.body());
    assertTrue(producer.getPaths().get("/all_trades").getPost() != null, "the producer may insert");
    // the fixture schema: many tables, views and overloaded functions of every kind of result
    String fixtureDoc = admin.get("/openapi?format=JSON", "Accept-Profile", "test").body();
    keep("admin-openapi-test.json", fixtureDoc);
    OpenAPI fixtures = valid(fixtureDoc);
    assertTrue(fixtures.getPaths().size() > 50, fixtures.getPaths().keySet().toString());
    List<String> resultTypes = fixtures.getPaths().entrySet().stream().filter(e -> e.getKey().startsWith("/rpc/"))
        .map(e -> e.getValue().getPost().getResponses().get("200").getContent().get("application/json").getSchema())
        .map(schema -> String.valueOf(schema.getType())).distinct().sorted().toList();
    assertTrue(resultTypes.containsAll(List.of("array", "integer", "string")), resultTypes.toString());
    Http.Response accept = admin.get("/openapi", "Accept", "application/json");
    assertEquals("application/json; charset=utf-8", accept.header("Content-Type"));
    answers(admin.get("/openapi", "Authorization", "Bearer nope"), 401,
        http.get("/", "Authorization", "Bearer nope").body());
  }

  @Test
  void admin_swaggerUi_listsTheOperationsInHeadlessChromium() throws Exception {
    Http admin = Http.admin();
    Http.Response index = admin.get("/swagger-ui/");
    assertEquals(200, index.status());
    assertEquals("text/html; charset=utf-8", index.header("Content-Type"));
    assertEquals(200, admin.get("/swagger-ui/swagger-ui-bundle.js").status());
    assertEquals(404, admin.get("/swagger-ui/missing.js").status());
    assertEquals(404, http.get("/swagger-ui/").status(), "not on the API port");
    Path chromium = Path.of("/usr/bin/chromium");
    assumeTrue(Files.isExecutable(chromium), "Debian's chromium is not installed (.ci/run installs it)");
    String url = "http://127.0.0.1:" + System.getProperty("it.admin.port") + "/swagger-ui/";
    String dom = chromium(chromium, "--dump-dom", url);
    assertTrue(dom.contains("Trading portfolio API"), dom);
    assertTrue(dom.contains("data-path=\"/portfolio_history\""), dom);
    assertTrue(dom.contains("data-path=\"/hello_world\""), dom);
    chromium(chromium, "--screenshot=" + Path.of("target", "swagger-ui.png").toAbsolutePath(), url);
  }

  /** Runs headless Chromium on one page, giving its scripts time to render; its standard output. */
  private static String chromium(Path chromium, String action, String url) throws Exception {
    Path profile = Files.createTempDirectory(Path.of("target"), "chromium");
    Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,1600",
        "--virtual-time-budget=20000", action, url)
        .redirectError(Path.of("target", "chromium.log").toFile())
        .start();
    String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS), "chromium did not finish");
    assertEquals(0, p.exitValue(), "chromium failed, see target/chromium.log");
    return out;
  }

  /** Leaves a document in target/ for a look after the run. */
  private static void keep(String name, String text) {
    try {
      Files.writeString(Path.of("target", name), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The document, after swagger-parser found no error in it. */
  private static OpenAPI valid(String text) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options);
    assertEquals(List.of(), result.getMessages(), text);
    return result.getOpenAPI();
  }

  private static long tradesIn30Days() {
    return Long.parseLong(Oracle.scalar("select trades_count_30d from api.portfolio_summary"));
  }

  private static String trade(String id) {
    long now = System.currentTimeMillis();
    return "{\"id\":\"" + id + "\",\"timestamp\":" + now + ",\"market\":\"kraken\",\"symbol\":\"BTC/USD\","
        + "\"base_asset\":\"BTC\",\"quote_asset\":\"USD\",\"is_buy\":true,\"amount\":0.5,"
        + "\"price\":30000,\"usd_value\":15000}";
  }
}
