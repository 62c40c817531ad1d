package io.restgres.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The read API over HTTP: PostgREST's query grammar, counting, ranges, media types and profiles, on
 * the fixture schema {@code test} (src/test/resources/fixtures/10-read.sql). Expected bodies come
 * from PostgreSQL running the SQL the URL stands for.
 */
class ReadIT extends DefaultDeployment {
  /** The URL answers 200 with exactly the rows of the SQL. */
  private void same(String path, String sql) {
    ok(test.get(path), Oracle.json(sql));
  }

  private static final String ITEMS = "select id from test.items where ";

  @Test
  void comparisonOperators() {
    same("/items?select=id&id=eq.2", ITEMS + "id = 2");
    same("/items?select=id&id=neq.2&order=id", ITEMS + "id <> 2 order by id");
    same("/items?select=id&price=gt.1.5&order=id", ITEMS + "price > 1.5 order by id");
    same("/items?select=id&price=gte.1.5&order=id", ITEMS + "price >= 1.5 order by id");
    same("/items?select=id&price=lt.1.5&order=id", ITEMS + "price < 1.5 order by id");
    same("/items?select=id&price=lte.1.5&order=id", ITEMS + "price <= 1.5 order by id");
    same("/items?select=id&id=gt.1&id=lt.4&order=id", ITEMS + "id > 1 and id < 4 order by id");
    same("/items?select=id&created=gt.2024-02-15T00:00:00Z&order=id", ITEMS + "created > '2024-02-15' order by id");
  }

  @Test
  void patternOperators() {
    same("/items?select=id&name=like.*an*&order=id", ITEMS + "name like '%an%' order by id");
    same("/items?select=id&name=ilike.*AN*&order=id", ITEMS + "name ilike '%an%' order by id");
    same("/items?select=id&name=match.^[ab]&order=id", ITEMS + "name ~ '^[ab]' order by id");
    same("/items?select=id&name=imatch.^[AB]&order=id", ITEMS + "name ~* '^[ab]' order by id");
    same("/items?select=id&body=like.*%22quoted%22*", ITEMS + "body like '%\"quoted\"%'");
  }

  @Test
  void inAndIsOperators() {
    same("/items?select=id&id=in.(1,3,5)&order=id", ITEMS + "id in (1,3,5) order by id");
    same("/items?select=id&name=in.(%22date,%20dried%22,apple)&order=id", ITEMS + "name in ('date, dried','apple') order by id");
    same("/items?select=id&id=in.()", ITEMS + "false");
    same("/items?select=id&id=not.in.(1,2)&order=id", ITEMS + "id not in (1,2) order by id");
    same("/items?select=id&price=is.null", ITEMS + "price is null");
    same("/items?select=id&price=not.is.null&order=id", ITEMS + "price is not null order by id");
    same("/items?select=id&flag=is.true&order=id", ITEMS + "flag is true order by id");
    same("/items?select=id&flag=is.false", ITEMS + "flag is false");
    same("/items?select=id&flag=is.unknown", ITEMS + "flag is unknown");
    same("/items?select=id&flag=is.not_null&order=id", ITEMS + "flag is not null order by id");
    same("/items?select=id&flag=isdistinct.true&order=id", ITEMS + "flag is distinct from true order by id");
  }

  @Test
  void fullTextSearch() {
    same("/items?select=id&doc=fts.fox&order=id", ITEMS + "doc @@ to_tsquery('fox') order by id");
    same("/items?select=id&doc=fts(english).jumps", ITEMS + "doc @@ to_tsquery('english', 'jumps')");
    same("/items?select=id&doc=plfts.quick%20brown", ITEMS + "doc @@ plainto_tsquery('quick brown')");
    same("/items?select=id&doc=phfts(english).lazy%20dog", ITEMS + "doc @@ phraseto_tsquery('english', 'lazy dog')");
    same("/items?select=id&doc=wfts(english).fox%20-hound", ITEMS + "doc @@ websearch_to_tsquery('english', 'fox -hound')");
    same("/items?select=id&body=fts(english).fox&order=id",
        ITEMS + "to_tsvector('english', body) @@ to_tsquery('english', 'fox') order by id");
    same("/items?select=id&doc=not.fts.fox&order=id", ITEMS + "not doc @@ to_tsquery('fox') order by id");
  }

  @Test
  void fullTextSearch_configurationOnATsvectorDomainOrComputedField_appliesToTheQuery() {
    String memos = "select id from test.memos where ";
    same("/memos?select=id&words=fts(simple).of", memos + "words @@ to_tsquery('simple', 'of')");
    same("/memos?select=id&words=phfts(simple).the%20cats", memos + "words @@ phraseto_tsquery('simple', 'the cats')");
    same("/memos?select=id&words=wfts(simple).dog%20-cat", memos + "words @@ websearch_to_tsquery('simple', 'dog -cat')");
    same("/memos?select=id&body_words=plfts(simple).the%20garden",
        memos + "to_tsvector('simple', body) @@ plainto_tsquery('simple', 'the garden')");
    same("/memos?select=id,body_words&body_words=fts(simple).of", "select id, test.body_words(m) as body_words"
        + " from test.memos m where test.body_words(m) @@ to_tsquery('simple', 'of')");
  }

  @Test
  void arrayAndRangeOperators() {
    same("/items?select=id&tags=cs.{red}&order=id", ITEMS + "tags @> '{red}' order by id");
    same("/items?select=id&tags=cd.{fruit,red,small}&order=id", ITEMS + "tags <@ '{fruit,red,small}' order by id");
    same("/items?select=id&tags=ov.{yellow,other}&order=id", ITEMS + "tags && '{yellow,other}' order by id");
    same("/items?select=id&period=ov.[3,6)&order=id", ITEMS + "period && '[3,6)' order by id");
    same("/items?select=id&period=sl.[20,30)&order=id", ITEMS + "period << '[20,30)' order by id");
    same("/items?select=id&period=sr.[0,1)&order=id", ITEMS + "period >> '[0,1)' order by id");
    same("/items?select=id&period=nxr.[0,6)&order=id", ITEMS + "period &< '[0,6)' order by id");
    same("/items?select=id&period=nxl.[5,6)&order=id", ITEMS + "period &> '[5,6)' order by id");
    same("/items?select=id&period=adj.[5,10)&order=id", ITEMS + "period -|- '[5,10)' order by id");
  }

  @Test
  void quantifiers() {
    same("/items?select=id&name=like(any).{a*,b*}&order=id", ITEMS + "name like any('{a%,b%}') order by id");
    same("/items?select=id&id=gt(all).{1,2}&order=id", ITEMS + "id > all('{1,2}') order by id");
    same("/items?select=id&id=eq(any).{1,2}&order=id", ITEMS + "id = any('{1,2}') order by id");
    same("/items?select=id&name=not.ilike(all).{*a*,*e*}&order=id", ITEMS + "not name ilike all('{%a%,%e%}') order by id");
  }

  @Test
  void logicTrees() {
    same("/items?select=id&or=(id.eq.1,and(price.gt.2,flag.is.true))&order=id",
        ITEMS + "id = 1 or (price > 2 and flag is true) order by id");
    same("/items?select=id&not.or=(id.eq.1,id.eq.2)&order=id", ITEMS + "not (id = 1 or id = 2) order by id");
    same("/items?select=id&and=(id.gte.2,not.or(id.eq.3,id.eq.4))&order=id",
        ITEMS + "id >= 2 and not (id = 3 or id = 4) order by id");
    same("/items?select=id&or=(name.eq.%22date,%20dried%22,tags.cs.{yellow})&order=id",
        ITEMS + "name = 'date, dried' or tags @> '{yellow}' order by id");
    same("/items?select=id&or=(id.in.(1,2),price.is.null)&order=id", ITEMS + "id in (1,2) or price is null order by id");
    same("/items?select=id&or=(period.adj.%22[5,10)%22,data->>color.eq.blue)&order=id",
        ITEMS + "period -|- '[5,10)' or data->>'color' = 'blue' order by id");
  }

  @Test
  void jsonPaths() {
    same("/items?select=id,data->>color,data->size,data->tags->0,data->nested->>k&id=lt.4&order=id",
        "select id, data->>'color' as color, data->'size' as size, data->'tags'->0 as tags, "
            + "data->'nested'->>'k' as k from test.items where id < 4 order by id");
    same("/items?select=id&data->>color=eq.red&order=id", ITEMS + "data->>'color' = 'red' order by id");
    same("/items?select=id&data->size=gt.2&order=id", ITEMS + "data->'size' > '2' order by id");
    same("/items?select=id&data->nested->>k=eq.v2", ITEMS + "data->'nested'->>'k' = 'v2'");
    same("/items?select=id&info->>a=eq.2", ITEMS + "info->>'a' = '2'");
    same("/items?select=id,loc->>x&loc->>y=gt.3&order=id",
        "select id, to_jsonb(loc)->>'x' as x from test.items where to_jsonb(loc)->>'y' > '3' order by id");
    same("/items?select=id,first:nums->0&nums->0=eq.4",
        "select id, to_jsonb(nums)->0 as first from test.items where to_jsonb(nums)->0 = '4'");
    same("/items?select=id&data=not.is.null&order=data->size.desc",
        ITEMS + "data is not null order by data->'size' desc");
  }

  @Test
  void selectAliasesCastsAndNames() {
    same("/items?select=ident:id,price::text,name&order=id",
        "select id as ident, price::text as price, name from test.items order by id");
    same("/items?select=spaced%20name,%22%C3%BCn%C3%AF%22&id=eq.1",
        "select \"spaced name\", \"ünï\" from test.items where id = 1");
    same("/items?select=id&name=eq.%C3%89lan", ITEMS + "name = 'Élan'");
    same("/items?select=*&id=eq.5", "select * from test.items where id = 5");
    same("/items?select=id,created::date,mood&order=id", "select id, created::date as created, mood from test.items order by id");
  }

  @Test
  void ordering() {
    same("/items?select=id,price&order=price.desc.nullslast,id", "select id, price from test.items order by price desc nulls last, id");
    same("/items?select=id,price&order=price.asc.nullsfirst", "select id, price from test.items order by price asc nulls first");
    same("/items?select=id&order=data->>color,id.desc", "select id from test.items order by data->>'color', id desc");
    same("/items?select=id&order=mood.desc.nullslast,id", "select id from test.items order by mood desc nulls last, id");
  }

  @Test
  void pagination() {
    Http.Response r = test.get("/items?select=id&order=id&limit=2&offset=1");
    ok(r, "[{\"id\":2}, \n {\"id\":3}]");
    assertEquals("1-2/*", r.header("Content-Range"));
    Http.Response counted = test.get("/items?select=id&order=id&limit=2&offset=1", "Prefer", "count=exact");
    assertEquals(206, counted.status());
    assertEquals("1-2/5", counted.header("Content-Range"));
    Http.Response ranged = test.get("/items?select=id&order=id", "Range", "3-", "Prefer", "count=exact");
    assertEquals(206, ranged.status());
    assertEquals("3-4/5", ranged.header("Content-Range"));
    Http.Response both = test.get("/items?select=id&order=id&limit=3", "Range", "0-1");
    assertEquals("0-1/*", both.header("Content-Range"));
    Http.Response zero = test.get("/items?select=id&limit=0");
    assertEquals("[]", zero.body());
    assertEquals("*/*", zero.header("Content-Range"));
    Http.Response all = test.get("/items?select=id", "Prefer", "count=exact");
    assertEquals(200, all.status());
    assertEquals("0-4/5", all.header("Content-Range"));
  }

  @Test
  void rangeErrors() {
    Http.Response past = test.get("/items?offset=10", "Prefer", "count=exact");
    answers(past, 416, "{\"code\":\"PGRST103\",\"details\":\"An offset of 10 was requested, but there are only 5 rows.\","
        + "\"hint\":null,\"message\":\"Requested range not satisfiable\"}");
    assertEquals("*/5", past.header("Content-Range"));
    Http.Response badRange = test.get("/items", "Range", "3-1");
    answers(badRange, 416, "{\"code\":\"PGRST103\",\"details\":\"The lower boundary must be lower than or equal to the upper "
        + "boundary in the Range header.\",\"hint\":null,\"message\":\"Requested range not satisfiable\"}");
    Http.Response negative = test.get("/items?limit=-1");
    assertEquals(416, negative.status());
    assertTrue(negative.body().contains("Limit should be greater than or equal to zero."));
    assertEquals(200, test.get("/items?limit=abc").status());
  }

  @Test
  void counting() {
    Http.Response planned = test.get("/many?select=id&limit=10", "Prefer", "count=planned");
    assertEquals("count=planned", planned.header("Preference-Applied"));
    assertTrue(planned.header("Content-Range").matches("0-9/[0-9]+"), planned.header("Content-Range"));
    // without db-max-rows PostgREST reports the larger of the exact count and the estimate
    Http.Response estimated = test.get("/many?select=id&bucket=eq.3&limit=10", "Prefer", "count=estimated");
    long exact = Long.parseLong(Oracle.scalar("select count(*) from test.many where bucket = 3"));
    long total = Long.parseLong(estimated.header("Content-Range").substring("0-9/".length()));
    assertTrue(total >= exact, estimated.header("Content-Range"));
    assertEquals(206, estimated.status());
  }

  @Test
  void resultsPastAMebibyte_areSizedAndByteForByteWhatPostgresAggregates() {
    String rows = "select * from test.wide_rows order by id";
    Http.Response json = test.get("/wide_rows?order=id", "Prefer", "count=exact");
    ok(json, Oracle.json(rows));
    assertEquals(true, json.body().length() > 1 << 20, "the body is past the in-memory threshold");
    assertEquals(String.valueOf(json.body().length()), json.header("Content-Length"));
    assertEquals("0-5999/6000", json.header("Content-Range"));
    Http.Response stripped = test.get("/wide_rows?order=id", "Accept", "application/vnd.pgrst.array+json;nulls=stripped");
    ok(stripped, Oracle.scalar("select json_strip_nulls(json_agg(t))::text from (" + rows + ") t"));
    Http.Response csv = test.get("/wide_rows?order=id", "Accept", "text/csv");
    ok(csv, "id,pad,price\n" + Oracle.scalar("select string_agg(id || ',' || pad || ',' || coalesce(price::text, ''), chr(10)) from ("
        + rows + ") t"));
    Http.Response call = test.get("/rpc/wide_fn?n=5000&order=id.desc", "Prefer", "count=exact");
    ok(call, Oracle.json("select * from test.wide_rows where id <= 5000 order by id desc"));
    assertEquals("0-4999/5000", call.header("Content-Range"));
    Http.Response paged = test.get("/wide_rows?order=id&offset=10", "Prefer", "count=exact");
    answers(paged, 206, Oracle.json(rows + " offset 10"));
    assertEquals("10-5999/6000", paged.header("Content-Range"));
    Http.Response few = test.get("/wide_rows?order=id&offset=5&limit=1000"); // aggregated by PostgreSQL
    answers(few, 200, Oracle.json(rows + " offset 5 limit 1000"));
    assertEquals("5-1004/*", few.header("Content-Range"));
    assertEquals(String.valueOf(few.body().length()), few.header("Content-Length"), "sized, as PostgREST's are");
  }

  @Test
  void mediaTypes() {
    Http.Response csv = test.get("/items?select=id,name,price&id=lt.4&order=id", "Accept", "text/csv");
    assertEquals("text/csv; charset=utf-8", csv.header("Content-Type"));
    assertEquals("id,name,price\n1,apple,1.50\n2,banana,0.25\n3,cherry,", csv.body());
    Http.Response object = test.get("/items?select=id,name&id=eq.1", "Accept", "application/vnd.pgrst.object+json");
    assertEquals("{\"id\":1,\"name\":\"apple\"}", object.body());
    assertEquals("application/vnd.pgrst.object+json; charset=utf-8", object.header("Content-Type"));
    Http.Response many = test.get("/items?select=id", "Accept", "application/vnd.pgrst.object+json");
    answers(many, 406, "{\"code\":\"PGRST116\",\"details\":\"The result contains 5 rows\",\"hint\":null,"
        + "\"message\":\"Cannot coerce the result to a single JSON object\"}");
    Http.Response none = test.get("/items?id=eq.99", "Accept", "application/vnd.pgrst.object+json");
    assertEquals(406, none.status());
    Http.Response stripped = test.get("/items?select=id,price&id=eq.3", "Accept", "application/vnd.pgrst.array+json;nulls=stripped");
    assertEquals("[{\"id\":3}]", stripped.body());
    Http.Response any = test.get("/items?select=id&id=eq.1", "Accept", "*/*");
    assertEquals("application/json; charset=utf-8", any.header("Content-Type"));
    assertEquals("Accept, Prefer, Range", any.header("Vary"), "PostgREST v16 names what the answer depends on");
    Http.Response traced = test.get("/items?select=id&id=eq.1", "X-Request-Id", "req-42");
    assertEquals("req-42", traced.header("X-Request-Id"), "server-trace-header is X-Request-Id in the ITs");
    Http.Response tracedError = test.get("/no_such_table", "X-Request-Id", "req-43");
    assertEquals(404, tracedError.status());
    assertEquals("req-43", tracedError.header("X-Request-Id"));
    assertEquals(null, test.get("/items?select=id&id=eq.1").header("X-Request-Id"));
    Http.Response xml = test.get("/items", "Accept", "text/xml");
    answers(xml, 406, "{\"code\":\"PGRST107\",\"details\":null,\"hint\":null,"
        + "\"message\":\"None of these media types are available: text/xml\"}");
  }

  // Media type handlers of the database (fixtures/82-media-types.sql)
  @Test
  void mediaHandlers_aggregatesRenderRelations() {
    Http.Response bin = test.get("/mt_shapes", "Accept", "application/vnd.mt-bin");
    assertEquals("ABCDE", bin.body());
    assertEquals("application/vnd.mt-bin", bin.header("Content-Type"));
    ok(test.get("/mt_shapes?id=eq.2", "Accept", "text/plain, application/vnd.mt-bin"), "CDE");
    assertEquals(406, test.get("/mt_shapes?select=id,name,code", "Accept", "application/vnd.mt-bin").status());
    ok(test.get("/mt_shapes", "Accept", "text/tab-separated-values;q=0.5, text/html"), "id\tname\n1\tdisc\n2\tcube\n");
    Http.Response csv = test.get("/mt_shapes", "Accept", "text/csv");
    assertEquals("id;name\n1;disc\n2;cube\n", csv.body());
    assertEquals("text/csv; charset=utf-8", csv.header("Content-Type"));
    assertEquals("attachment; filename=\"shapes.csv\"", csv.header("Content-Disposition"));
    ok(test.get("/items?id=lt.4", "Accept", "application/vnd.mt-count+json"), "{\"rows\" : 3}");
    ok(test.get("/mt_shapes?select=id", "Accept", "application/vnd.mt-count+json"), "{\"rows\" : 2}");
    Http.Response any = test.get("/mt_numbers", "Accept", "number/three");
    assertEquals("123", any.body());
    assertEquals("number/three", any.header("Content-Type"));
    assertEquals("application/octet-stream", test.get("/mt_numbers?n=eq.1").header("Content-Type"));
    ok(test.get("/mt_numbers?n=eq.1", "Accept", "application/vnd.pgrst.object"), "{\"n\":1}");
  }

  @Test
  void headAndOptions() {
    Http.Response head = test.send("HEAD", "/items?limit=2", null, "Prefer", "count=exact");
    assertEquals(206, head.status());
    assertEquals("0-1/5", head.header("Content-Range"));
    assertEquals("", head.body());
    assertEquals("OPTIONS,GET,HEAD", options("/item_names"));
    assertEquals("OPTIONS,GET,HEAD", options("/cheap_items").substring(0, 16));
    assertEquals("OPTIONS,GET,HEAD,POST,PUT,PATCH,DELETE", options("/readings"));
    Http.Response bad = test.send("PROPFIND", "/items", null);
    assertEquals(405, bad.status());
    assertEquals("PostgREST; error=PGRST117", bad.header("Proxy-Status"));
    Http.Response trace = http.send("TRACE", "/items", null, "X-Secret", "s");
    answers(trace, 405, "{\"code\":\"PGRST117\",\"details\":null,\"hint\":null,"
        + "\"message\":\"Unsupported HTTP method: TRACE\"}");
  }

  private String options(String path) {
    return test.send("OPTIONS", path, null).header("Allow");
  }

  @Test
  void cors_preflightAndActualRequests() {
    Http.Response pre = http.send("OPTIONS", "/items", null, "Origin", "http://example.com",
        "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "Content-Type, Prefer");
    assertEquals(200, pre.status());
    assertEquals("*", pre.header("Access-Control-Allow-Origin"));
    assertEquals("GET, POST, PATCH, PUT, DELETE, OPTIONS, HEAD", pre.header("Access-Control-Allow-Methods"));
    assertEquals("Authorization, Content-Type, Prefer, Accept, Accept-Language, Content-Language",
        pre.header("Access-Control-Allow-Headers"));
    assertEquals("86400", pre.header("Access-Control-Max-Age"));
    Http.Response actual = test.get("/items?select=id&id=eq.1", "Origin", "http://example.com");
    assertEquals("*", actual.header("Access-Control-Allow-Origin"));
    assertTrue(actual.header("Access-Control-Expose-Headers").startsWith("Content-Encoding, Content-Location"));
    Http.Response error = test.get("/nope", "Origin", "http://example.com");
    assertEquals("*", error.header("Access-Control-Allow-Origin"));
    assertNull(test.get("/items?select=id&id=eq.1").header("Access-Control-Allow-Origin"));
  }

  @Test
  void viewsMaterializedViewsAndPartitions() {
    same("/cheap_items?order=id", "select * from test.cheap_items order by id");
    same("/item_names?name=like.*a*&order=id", "select * from test.item_names where name like '%a%' order by id");
    same("/readings?at=gte.2025-01-01&order=at", "select * from test.readings where at >= '2025-01-01' order by at");
    assertEquals(404, test.get("/readings_2024").status());
  }

  @Test
  void profiles() {
    Http.Response r = test.get("/items?select=id&id=eq.1");
    assertEquals("test", r.header("Content-Profile"));
    Http.Response defaultSchema = http.get("/hello_world");
    assertEquals("api", defaultSchema.header("Content-Profile"));
    Http.Response unknown = http.get("/items", "Accept-Profile", "nope");
    answers(unknown, 406, "{\"code\":\"PGRST106\",\"details\":null,\"hint\":\"Only the following schemas are exposed: api, test\","
        + "\"message\":\"Invalid schema: nope\"}");
    assertEquals(404, http.get("/items").status());
  }

  @Test
  void queryErrors() {
    Http.Response select = test.get("/items?select=id,");
    answers(select, 400, "{\"code\":\"PGRST100\",\"details\":\"unexpected end of input expecting \\\"...\\\", field name "
        + "(* or [a..z0..9_$]), \\\"*\\\" or \\\"count()\\\"\",\"hint\":null,"
        + "\"message\":\"\\\"failed to parse select parameter (id,)\\\" (line 1, column 4)\"}");
    Http.Response filter = test.get("/items?id=foo.1");
    assertEquals(400, filter.status());
    assertTrue(filter.body().contains("\"message\":\"\\\"failed to parse filter (foo.1)\\\" (line 1, column 1)\""));
    Http.Response column = test.get("/items?nope=eq.1");
    assertEquals(400, column.status());
    assertTrue(column.body().startsWith("{\"code\":\"42703\",\"details\":null,\"hint\":"), column.body());
    assertTrue(column.body().endsWith("\"message\":\"column items.nope does not exist\"}"), column.body());
    Http.Response cast = test.get("/items?select=id::text%20union%20select%201");
    assertEquals(400, cast.status());
    assertEquals("PGRST100", cast.header("Proxy-Status").substring("PostgREST; error=".length()));
    Http.Response value = test.get("/items?id=eq.notanumber");
    assertEquals(400, value.status());
    assertTrue(value.body().startsWith("{\"code\":\"22P02\""), value.body());
    assertNull(value.header("WWW-Authenticate"));
  }

  // fixtures/76-parity.sql
  @Test
  void semicolonInTableName_isPartOfTheName() {
    Http.Response r = test.get("/Semi;?order=id");
    ok(r, "[{\"id\":1}, \n {\"id\":2}]");
  }

  @Test
  void functionResult_compositeColumn_takesJsonPathsInFiltersAndOrder() {
    Http.Response r = test.get("/rpc/p_points?select=id,x:pt->x&pt->y=gt.0.55&order=pt->>x.desc");
    ok(r, "[{\"id\":3,\"x\":0.3}, \n {\"id\":2,\"x\":0.2}]");
  }

  @Test
  void emptyAnswerWithStatusFromResponseGuc_endsSoTheClientDoesNotWait() throws Exception {
    // a raw exchange: a 205 without Content-Length must end with the connection (HttpClient would
    // hide both the header and the wait)
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", deployed.getPort())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(("POST /rpc/p_reset HTTP/1.1\r\nHost: localhost\r\nContent-Profile: test\r\n"
          + "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
      assertTrue(answer.startsWith("HTTP/1.1 205"), answer);
    }
  }

  @Test
  void whatTheContainerAnswersItself_isPostgrestsErrorBody() {
    // the web container refuses /WEB-INF and /META-INF before the application runs
    for (String path : new String[] {"/WEB-INF/web.xml", "/META-INF/MANIFEST.MF"}) {
      Http.Response r = http.get(path);
      answers(r, 404, "{\"code\":\"PGRST125\",\"details\":null,\"hint\":null,"
          + "\"message\":\"Invalid path specified in request URL\"}");
      assertEquals("application/json; charset=utf-8", r.header("Content-Type"));
    }
    // a 20 kB header fits the listener's buffer and reaches the JWT check
    Http.Response big = http.get("/items", "Authorization", "Bearer " + "a".repeat(20_000));
    assertEquals(401, big.status(), big.body());
    assertTrue(big.body().startsWith("{\"code\":\"PGRST301\""), big.body());
  }
}
