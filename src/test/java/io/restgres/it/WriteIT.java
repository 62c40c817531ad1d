package io.restgres.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The write API over HTTP: insert, upsert, PUT, PATCH, DELETE, preferences and errors, on the fixture
 * src/test/resources/fixtures/20-write.sql (schema {@code test}). Each test starts from
 * the fixture's rows: the tables it writes to are put back after it.
 */
class WriteIT extends DefaultDeployment {
  @Override
  List<String> writes() {
    return List.of("test.people", "test.kv", "test.pairs", "test.bulk", "test.log", "test.deploy_tickets",
        "test.w_addresses", "test.w_items", "test.w_no_pk", "test.w_guestbook", "test.w_tally", "test.w_accounts",
        "test.p_left", "test.p_right", "test.p_ranks");
  }

  @Test
  void post_singleObject_is201WithoutBody() {
    Http.Response r = test.send("POST", "/people", "{\"name\":\"ann\",\"age\":30}");
    answers(r, 201, "");
    assertEquals("*/*", r.header("Content-Range"));
    assertEquals("[{\"name\":\"ann\",\"age\":30,\"email\":\"none@example.com\"}]",
        Oracle.json("select name, age, email from test.people where name = 'ann'"));
  }

  @Test
  void post_bodyAboveMaxBodySize_is413AndInsertsNothing() throws Exception {
    // a valid JSON array of rows just above the default server-max-body-size (16 MiB)
    StringBuilder rows = new StringBuilder("[");
    for (int i = 0; rows.length() <= 16 * 1024 * 1024; i++) {
      rows.append(i == 0 ? "" : ",").append("{\"id\":").append(1_000_000 + i).append(",\"v\":\"")
          .append("x".repeat(200)).append("\"}");
    }
    String body = rows.append("]").toString();
    String error = "{\"code\":\"PGRSTX01\",\"details\":\"The request body is larger than the server's limit of "
        + "16777216 bytes.\",\"hint\":\"Send fewer rows per request, or raise server-max-body-size.\","
        + "\"message\":\"Request body too large\"}";
    // Content-Length above the limit: the answer comes before a byte of the body is sent
    try (Socket socket = new Socket("127.0.0.1", deployed.getPort())) {
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write(("POST /bulk HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
          + "Content-Profile: test\r\nContent-Length: " + (16 * 1024 * 1024 + 1) + "\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      String status = in.readLine();
      assertTrue(status.startsWith("HTTP/1.1 413 "), status);
      int length = 0;
      for (String line; !(line = in.readLine()).isEmpty(); ) {
        if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
          length = Integer.parseInt(line.substring(15).trim());
        }
      }
      char[] json = new char[length];
      assertEquals(length, in.read(json, 0, length));
      assertEquals(error, new String(json));
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    // chunked: no Content-Length, so the server counts while reading
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + deployed.getPort() + "/bulk"))
        .header("Content-Type", "application/json").header("Content-Profile", "test").timeout(Duration.ofSeconds(30))
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).build();
    HttpResponse<String> chunked = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertEquals(413, chunked.statusCode(), chunked.body());
    assertEquals(error, chunked.body());
    assertEquals("[]", Oracle.json("select id from test.bulk where id >= 1000000"));
  }


  @Test
  void post_array_insertsEveryRow() {
    Http.Response r = test.send("POST", "/people?select=name,age&order=name", "[{\"name\":\"b1\",\"age\":1},"
        + "{\"name\":\"b2\",\"age\":2},{\"name\":\"b3\",\"age\":null}]",
        "Prefer", "return=representation,count=exact");
    assertEquals(201, r.status(), r.body());
    assertEquals("*/3", r.header("Content-Range"));
    assertEquals("return=representation, count=exact", r.header("Preference-Applied"));
    assertEquals(Oracle.json("select name, age from test.people where name like 'b_' order by name"), r.body());
  }

  @Test
  void post_badBodies_are400Pgrst102AndChangeNothing() {
    Http.Response keys = test.send("POST", "/people", "[{\"name\":\"k1\"},{\"age\":2}]");
    assertEquals(400, keys.status());
    assertEquals("{\"code\":\"PGRST102\",\"details\":null,\"hint\":null,\"message\":\"All object keys must match\"}",
        keys.body());
    Http.Response json = test.send("POST", "/people", "{\"name\":");
    assertEquals("{\"code\":\"PGRST102\",\"details\":null,\"hint\":null,\"message\":\"Empty or invalid json\"}",
        json.body());
    assertEquals(400, test.send("POST", "/people", "").status());
    Http.Response type = test.send("POST", "/people", "name=x", "Content-Type", "text/plain");
    assertEquals("{\"code\":\"PGRST102\",\"details\":null,\"hint\":null,"
        + "\"message\":\"Content-Type not acceptable: text/plain\"}", type.body());
    Http.Response column = test.send("POST", "/people", "{\"name\":\"k2\",\"nope\":1}");
    answers(column, 400, "{\"code\":\"PGRST204\",\"details\":null,\"hint\":null,"
        + "\"message\":\"Could not find the 'nope' column of 'people' in the schema cache\"}");
    Http.Response value = test.send("POST", "/people", "{\"name\":\"k3\",\"age\":\"old\"}");
    assertEquals(400, value.status());
    assertTrue(value.body().startsWith("{\"code\":\"22P02\""), value.body());
    assertEquals("[]", Oracle.json("select * from test.people where name like 'k_'"));
  }

  @Test
  void post_columnsParameter_picksKeys() {
    Http.Response r = test.send("POST", "/people?columns=name,age", "[{\"name\":\"c1\",\"age\":5,\"ignored\":true},"
        + "{\"name\":\"c2\"}]");
    assertEquals(201, r.status(), r.body());
    assertEquals("[{\"name\":\"c1\",\"age\":5}, \n {\"name\":\"c2\",\"age\":null}]",
        Oracle.json("select name, age from test.people where name like 'c_' order by name"));
    Http.Response unknown = test.send("POST", "/people?columns=name,nope", "{\"name\":\"c3\"}");
    assertEquals(400, unknown.status());
    assertTrue(unknown.body().contains("PGRST204"));
  }

  @Test
  void post_missingDefault_usesColumnDefaults() {
    Http.Response r = test.send("POST", "/people?columns=name,email", "[{\"name\":\"d1\"},{\"name\":\"d2\",\"email\":\"d2@x\"}]",
        "Prefer", "missing=default");
    assertEquals(201, r.status(), r.body());
    assertEquals("missing=default", r.header("Preference-Applied"));
    assertEquals("[{\"name\":\"d1\",\"email\":\"none@example.com\"}, \n {\"name\":\"d2\",\"email\":\"d2@x\"}]",
        Oracle.json("select name, email from test.people where name like 'd_' order by name"));
  }

  @Test
  void patch_missingDefault_resetsListedColumnsTheBodyLacks() {
    test.send("POST", "/people", "{\"name\":\"e1\",\"email\":\"e1@x\",\"age\":3}");
    Http.Response r = test.send("PATCH", "/people?name=eq.e1&columns=age,email", "{\"age\":4}",
        "Prefer", "missing=default");
    assertEquals(204, r.status(), r.body());
    assertEquals("missing=default", r.header("Preference-Applied"));
    assertEquals("[{\"age\":4,\"email\":\"none@example.com\"}]",
        Oracle.json("select age, email from test.people where name = 'e1'"));
  }

  @Test
  void post_csvAndFormBodies() {
    Http.Response csv = test.send("POST", "/people", "name,age\ncsv1,7\n\"csv, 2\",NULL\n", "Content-Type", "text/csv");
    assertEquals(201, csv.status(), csv.body());
    assertEquals("[{\"name\":\"csv, 2\",\"age\":null}, \n {\"name\":\"csv1\",\"age\":7}]",
        Oracle.json("select name, age from test.people where name like 'csv%' order by name"));
    Http.Response form = test.send("POST", "/people", "name=form1&age=9", "Content-Type", "application/x-www-form-urlencoded");
    assertEquals(201, form.status(), form.body());
    assertEquals("[{\"age\":9}]", Oracle.json("select age from test.people where name = 'form1'"));
  }

  @Test
  void post_headersOnly_givesLocation() {
    Http.Response r = test.send("POST", "/pairs", "{\"a\":1,\"b\":2,\"label\":\"x y\"}", "Prefer", "return=headers-only");
    assertEquals(201, r.status(), r.body());
    assertEquals("/pairs?a=eq.1&b=eq.2", r.header("Location"));
    assertEquals("return=headers-only", r.header("Preference-Applied"));
  }

  @Test
  void post_upserts() {
    test.send("POST", "/kv", "[{\"k\":\"u1\",\"v\":1},{\"k\":\"u2\",\"v\":2}]");
    Http.Response merged = test.send("POST", "/kv?on_conflict=k", "[{\"k\":\"u1\",\"v\":10},{\"k\":\"u2\",\"v\":20}]",
        "Prefer", "resolution=merge-duplicates");
    assertEquals(200, merged.status(), merged.body());
    assertEquals("resolution=merge-duplicates", merged.header("Preference-Applied"));
    Http.Response mixed = test.send("POST", "/kv?on_conflict=k", "[{\"k\":\"u1\",\"v\":100},{\"k\":\"u3\",\"v\":3}]",
        "Prefer", "resolution=merge-duplicates");
    assertEquals(201, mixed.status(), mixed.body());
    Http.Response ignored = test.send("POST", "/kv?on_conflict=k", "[{\"k\":\"u2\",\"v\":0}]",
        "Prefer", "resolution=ignore-duplicates");
    assertEquals(201, ignored.status(), ignored.body());
    assertEquals("[{\"k\":\"u1\",\"v\":100}, \n {\"k\":\"u2\",\"v\":20}, \n {\"k\":\"u3\",\"v\":3}]",
        Oracle.json("select k, v from test.kv where k like 'u_' order by k"));
    Http.Response byPk = test.send("POST", "/pairs", "{\"a\":7,\"b\":7,\"label\":\"one\"}");
    assertEquals(201, byPk.status());
    Http.Response again = test.send("POST", "/pairs?select=label", "{\"a\":7,\"b\":7,\"label\":\"two\"}",
        "Prefer", "resolution=merge-duplicates,return=representation");
    ok(again, "[{\"label\":\"two\"}]");
  }

  @Test
  void put_upsertsOneRowByItsKey() {
    Http.Response created = test.send("PUT", "/pairs?a=eq.5&b=eq.6", "{\"a\":5,\"b\":6,\"label\":\"new\"}",
        "Prefer", "return=representation");
    answers(created, 201, "[{\"a\":5,\"b\":6,\"label\":\"new\"}]");
    assertEquals(null, created.header("Content-Range"));
    Http.Response replaced = test.send("PUT", "/pairs?b=eq.6&a=eq.5", "{\"a\":5,\"b\":6,\"label\":\"replaced\"}",
        "Prefer", "return=representation");
    assertEquals(200, replaced.status(), replaced.body());
    Http.Response minimal = test.send("PUT", "/pairs?a=eq.5&b=eq.6", "{\"a\":5,\"b\":6,\"label\":\"quiet\"}");
    assertEquals(204, minimal.status());
    assertEquals("[{\"label\":\"quiet\"}]", Oracle.json("select label from test.pairs where a = 5 and b = 6"));
    Http.Response mismatch = test.send("PUT", "/pairs?a=eq.5&b=eq.6", "{\"a\":5,\"b\":7,\"label\":\"x\"}");
    answers(mismatch, 400, "{\"code\":\"PGRST115\",\"details\":null,\"hint\":null,"
        + "\"message\":\"Payload values do not match URL in primary key column(s)\"}");
    Http.Response partial = test.send("PUT", "/pairs?a=eq.5", "{\"a\":5,\"b\":6,\"label\":\"x\"}");
    assertEquals(405, partial.status());
    assertTrue(partial.body().contains("PGRST105"));
    Http.Response limited = test.send("PUT", "/pairs?a=eq.5&b=eq.6&limit=1", "{\"a\":5,\"b\":6,\"label\":\"x\"}");
    assertEquals(400, limited.status());
    assertTrue(limited.body().contains("PGRST114"));
  }

  @Test
  void patch_updatesMatchingRows() {
    test.send("POST", "/people", "[{\"name\":\"p1\",\"age\":1},{\"name\":\"p2\",\"age\":2},{\"name\":\"p3\",\"age\":3}]");
    Http.Response minimal = test.send("PATCH", "/people?name=in.(p1,p2)", "{\"age\":40}");
    assertEquals(204, minimal.status(), minimal.body());
    assertEquals("0-1/*", minimal.header("Content-Range"));
    Http.Response repr = test.send("PATCH", "/people?name=eq.p3&select=name,age", "{\"age\":41}",
        "Prefer", "return=representation");
    ok(repr, "[{\"name\":\"p3\",\"age\":41}]");
    Http.Response none = test.send("PATCH", "/people?name=eq.nobody", "{\"age\":1}");
    assertEquals("*/*", none.header("Content-Range"));
    Http.Response empty = test.send("PATCH", "/people?name=eq.p3", "{}");
    assertEquals(204, empty.status(), empty.body());
    assertEquals("[{\"name\":\"p1\",\"age\":40}, \n {\"name\":\"p2\",\"age\":40}, \n {\"name\":\"p3\",\"age\":41}]",
        Oracle.json("select name, age from test.people where name like 'p_' order by name"));
  }

  @Test
  void delete_removesMatchingRows() {
    test.send("POST", "/people", "[{\"name\":\"x1\"},{\"name\":\"x2\"},{\"name\":\"x3\"}]");
    Http.Response counted = test.send("DELETE", "/people?name=in.(x1,x2)", null, "Prefer", "count=exact");
    assertEquals(204, counted.status());
    assertEquals("*/2", counted.header("Content-Range"));
    Http.Response repr = test.send("DELETE", "/people?name=eq.x3&select=name", null, "Prefer", "return=representation");
    ok(repr, "[{\"name\":\"x3\"}]");
    assertEquals("[]", Oracle.json("select * from test.people where name like 'x_'"));
  }

  @Test
  void maxAffected_strictRollsBack() {
    test.send("POST", "/people", "[{\"name\":\"m1\",\"age\":1},{\"name\":\"m2\",\"age\":1},{\"name\":\"m3\",\"age\":1}]");
    Http.Response r = test.send("PATCH", "/people?name=like.m*", "{\"age\":2}", "Prefer", "handling=strict, max-affected=2");
    answers(r, 400, "{\"code\":\"PGRST124\",\"details\":\"The query affects 3 rows\",\"hint\":null,"
        + "\"message\":\"Query result exceeds max-affected preference constraint\"}");
    assertEquals("[{\"age\":1}, \n {\"age\":1}, \n {\"age\":1}]", Oracle.json("select age from test.people where name like 'm_'"));
    Http.Response lenient = test.send("PATCH", "/people?name=like.m*", "{\"age\":3}", "Prefer", "max-affected=2");
    assertEquals(204, lenient.status());
    Http.Response ok = test.send("DELETE", "/people?name=eq.m1", null, "Prefer", "handling=strict, max-affected=1");
    assertEquals(204, ok.status());
    assertEquals("handling=strict, max-affected=1", ok.header("Preference-Applied"));
  }

  @Test
  void strictHandling_rejectsUnknownPreferences() {
    Http.Response r = test.send("POST", "/people", "{\"name\":\"s1\"}", "Prefer", "handling=strict, shiny=yes");
    answers(r, 400, "{\"code\":\"PGRST122\",\"details\":\"Invalid preferences: shiny=yes\",\"hint\":null,"
        + "\"message\":\"Invalid preferences given with handling=strict\"}");
    assertEquals(201, test.send("POST", "/people", "{\"name\":\"s2\"}", "Prefer", "shiny=yes").status());
  }

  @Test
  void constraintViolations_mapToPostgrestStatuses() {
    test.send("POST", "/people", "{\"name\":\"v1\"}");
    assertEquals(409, test.send("POST", "/people", "{\"name\":\"v1\"}").status());
    Http.Response fk = test.send("POST", "/people", "{\"name\":\"v2\",\"team_id\":99}");
    assertEquals(409, fk.status());
    assertTrue(fk.body().startsWith("{\"code\":\"23503\""), fk.body());
    assertEquals(400, test.send("POST", "/people", "{\"age\":1}").status());
    Http.Response check = test.send("POST", "/people", "{\"name\":\"v3\",\"age\":-1}");
    assertEquals(400, check.status());
    assertTrue(check.body().startsWith("{\"code\":\"23514\""), check.body());
  }

  @Test
  void views_autoUpdatableAndInsteadOfTriggers() {
    Http.Response adult = test.send("POST", "/adults?select=name,age", "{\"name\":\"w1\",\"age\":33}", "Prefer", "return=representation");
    answers(adult, 201, "[{\"name\":\"w1\",\"age\":33}]");
    Http.Response message = test.send("POST", "/messages?select=text", "{\"text\":\"hello\"}", "Prefer", "return=representation");
    answers(message, 201, "[{\"text\":\"HELLO\"}]");
  }

  @Test
  void bulkInsert_isOneStatementAndAtomic() {
    StringBuilder ok = new StringBuilder("[");
    for (int i = 1; i <= 10_000; i++) {
      ok.append(i == 1 ? "" : ",").append("{\"id\":").append(i).append(",\"v\":\"row ").append(i).append("\"}");
    }
    Http.Response r = test.send("POST", "/bulk", ok.append("]").toString(), "Prefer", "count=exact");
    assertEquals(201, r.status(), r.body());
    assertEquals("*/10000", r.header("Content-Range"));
    StringBuilder bad = new StringBuilder("[");
    for (int i = 20_001; i <= 21_000; i++) {
      int id = i == 20_500 ? 20_001 : i;
      bad.append(i == 20_001 ? "" : ",").append("{\"id\":").append(id).append(",\"v\":\"x\"}");
    }
    Http.Response failed = test.send("POST", "/bulk", bad.append("]").toString());
    assertEquals(409, failed.status(), failed.body());
    assertEquals("10000", Oracle.scalar("select count(*) from test.bulk"));
  }

  // Identity (BY DEFAULT, ALWAYS) and serial columns, under the role model (fixtures/70-deploy.sql).
  @Test
  void post_identityAndSerial_missingDefault_takesEachColumnsDefault() {
    Http.Response r = test.send("POST", "/deploy_tickets?columns=id,title,status,priority",
        "[{\"title\":\"dt-a\"},{\"id\":900001,\"title\":\"dt-b\",\"status\":\"closed\",\"priority\":1}]",
        "Prefer", "missing=default,return=representation");
    answers(r, 201, Oracle.json("select * from test.deploy_tickets where title in ('dt-a', 'dt-b') order by title"));
    assertEquals("[{\"title\":\"dt-a\",\"given\":false,\"generated\":true,\"status\":\"open\",\"priority\":3}, \n "
        + "{\"title\":\"dt-b\",\"given\":true,\"generated\":true,\"status\":\"closed\",\"priority\":1}]",
        Oracle.json("select title, id = 900001 as given, id is not null and revision is not null and serial_no is not null"
            + " as generated, status, priority from test.deploy_tickets where title in ('dt-a', 'dt-b') order by title"));
  }

  @Test
  void post_identityAndSerial_withoutMissingDefault() {
    Http.Response plain = test.send("POST", "/deploy_tickets", "{\"title\":\"dt-c\"}");
    assertEquals(201, plain.status(), plain.body());
    assertEquals("[{\"status\":\"open\",\"generated\":true}]", Oracle.json("select status, id is not null and revision"
        + " is not null and serial_no is not null as generated from test.deploy_tickets where title = 'dt-c'"));
    // a listed column the body lacks is NULL without missing=default, as in PostgREST
    Http.Response nullId = test.send("POST", "/deploy_tickets?columns=id,title", "{\"title\":\"dt-d\"}");
    assertEquals(400, nullId.status(), nullId.body());
    assertTrue(nullId.body().startsWith("{\"code\":\"23502\""), nullId.body());
    Http.Response always = test.send("POST", "/deploy_tickets", "{\"title\":\"dt-e\",\"revision\":7}");
    assertEquals(400, always.status(), always.body());
    assertTrue(always.body().startsWith("{\"code\":\"428C9\""), always.body());
    assertEquals("[]", Oracle.json("select * from test.deploy_tickets where title in ('dt-d', 'dt-e')"));
  }

  @Test
  void openApi_identityAndSerialColumns_haveNoDefaultButConstantsDo() {
    Http.Response r = test.get("/");
    assertEquals(200, r.status(), r.body());
    Map<?, ?> definitions = (Map<?, ?>) ((Map<?, ?>) PlainJson.parse(r.body())).get("definitions");
    Map<?, ?> definition = (Map<?, ?>) definitions.get("deploy_tickets");
    Map<?, ?> properties = (Map<?, ?>) definition.get("properties");
    assertEquals("open", ((Map<?, ?>) properties.get("status")).get("default"));
    assertEquals(3L, ((Number) ((Map<?, ?>) properties.get("priority")).get("default")).longValue());
    for (String generated : List.of("id", "revision", "serial_no")) {
      Map<?, ?> column = (Map<?, ?>) properties.get(generated);
      assertEquals("integer", column.get("type"), generated);
      assertFalse(column.containsKey("default"), generated + ": " + column);
    }
    assertEquals(List.of("id", "revision", "serial_no", "title", "status"), definition.get("required"));
  }

  private static final String OBJECT = "application/vnd.pgrst.object+json";

  private static String singularError(int rows) {
    return "{\"code\":\"PGRST116\",\"details\":\"The result contains " + rows + " rows\",\"hint\":null,"
        + "\"message\":\"Cannot coerce the result to a single JSON object\"}";
  }

  @Test
  void singular_writesOfManyOrNoRows_are406AndRolledBack() {
    String before = Oracle.json("select * from test.w_addresses order by id");
    for (String ret : new String[] {"return=minimal", "return=representation"}) {
      Http.Response many = test.send("PATCH", "/w_addresses", "{\"address\":\"zzz\"}", "Accept", OBJECT, "Prefer", ret);
      answers(many, 406, singularError(4));
      assertEquals("application/json; charset=utf-8", many.header("Content-Type"));
      assertEquals(singularError(0),
          test.send("PATCH", "/w_addresses?id=gt.100", "{\"address\":\"x\"}", "Accept", OBJECT, "Prefer", ret).body());
      Http.Response two = test.send("POST", "/w_addresses", "[{\"id\":200,\"address\":\"x\"},{\"id\":201,\"address\":\"y\"}]",
          "Accept", OBJECT, "Prefer", ret);
      answers(two, 406, singularError(2));
      assertEquals(singularError(0), test.send("POST", "/w_addresses", "[]", "Accept", OBJECT, "Prefer", ret).body());
      Http.Response deleted = test.send("DELETE", "/w_addresses?id=lt.3", null, "Accept", OBJECT, "Prefer", ret);
      answers(deleted, 406, singularError(2));
      assertEquals(singularError(0), test.send("DELETE", "/w_addresses?id=lt.0", null, "Accept", OBJECT).body());
    }
    assertEquals(before, Oracle.json("select * from test.w_addresses order by id"));
  }

  @Test
  void singular_writesOfOneRow_succeed() {
    Http.Response created = test.send("POST", "/w_addresses", "[{\"id\":300,\"address\":\"xxx\"}]",
        "Accept", OBJECT, "Prefer", "return=minimal");
    answers(created, 201, "");
    assertEquals(null, created.header("Content-Type"));
    assertEquals("*/*", created.header("Content-Range"));
    Http.Response patched = test.send("PATCH", "/w_addresses?id=eq.300", "{\"address\":\"B Street\"}",
        "Accept", OBJECT, "Prefer", "return=representation");
    ok(patched, "{\"id\":300,\"address\":\"B Street\"}");
    assertEquals("application/vnd.pgrst.object+json; charset=utf-8", patched.header("Content-Type"));
    Http.Response minimal = test.send("PATCH", "/w_addresses?id=eq.300", "{\"address\":\"C Street\"}",
        "Accept", OBJECT, "Prefer", "return=minimal");
    assertEquals(204, minimal.status(), minimal.body());
    assertEquals(null, minimal.header("Content-Type"));
    assertEquals("return=minimal", minimal.header("Preference-Applied"));
    Http.Response deleted = test.send("DELETE", "/w_addresses?id=eq.300", null, "Accept", OBJECT, "Prefer",
        "return=representation");
    ok(deleted, "{\"id\":300,\"address\":\"C Street\"}");
    assertEquals("[]", Oracle.json("select * from test.w_addresses where id = 300"));
  }

  @Test
  void insertOnlyTable_returnMinimal_needsNoSelectPrivilege() {
    Http.Response minimal = test.send("POST", "/w_guestbook", "{\"v\":\"signed\"}", "Prefer", "return=minimal");
    answers(minimal, 201, "");
    assertEquals("return=minimal", minimal.header("Preference-Applied"));
    assertEquals(201, test.send("POST", "/w_guestbook", "[{\"v\":\"signed\"}]").status());
    assertEquals("2", Oracle.scalar("select count(*) from test.w_guestbook where v = 'signed'"));
    Http.Response shown = test.send("POST", "/w_guestbook", "{\"v\":\"shown\"}", "Prefer", "return=representation");
    answers(shown, 401, "{\"code\":\"42501\",\"details\":null,\"hint\":null,"
        + "\"message\":\"permission denied for table w_guestbook\"}");
  }

  @Test
  void writesWithoutSelectPrivilege_needItOnlyToFilter() {
    assertEquals(201, test.send("POST", "/w_tally", "[{\"n\":1},{\"n\":2}]").status());
    Http.Response patched = test.send("PATCH", "/w_tally", "{\"n\":3}", "Prefer", "return=minimal");
    assertEquals(204, patched.status(), patched.body());
    assertEquals("0-1/*", patched.header("Content-Range"));
    Http.Response filtered = test.send("PATCH", "/w_tally?n=eq.3", "{\"n\":4}");
    answers(filtered, 401, "{\"code\":\"42501\",\"details\":null,\"hint\":null,"
        + "\"message\":\"permission denied for table w_tally\"}");
    Http.Response deleted = test.send("DELETE", "/w_tally", null, "Prefer", "count=exact");
    assertEquals(204, deleted.status(), deleted.body());
    assertEquals("*/2", deleted.header("Content-Range"));
    assertEquals("0", Oracle.scalar("select count(*) from test.w_tally"));
  }

  @Test
  void columnPrivileges_writesReturnOnlyWhatTheyShow() {
    Http.Response selected = test.send("POST", "/w_accounts?select=id,email", "{\"id\":10,\"email\":\"ten@x\"}",
        "Prefer", "return=representation");
    answers(selected, 201, "[{\"id\":10,\"email\":\"ten@x\"}]");
    Http.Response all = test.send("POST", "/w_accounts", "{\"id\":11,\"email\":\"eleven@x\"}", "Prefer", "return=representation");
    answers(all, 401, "{\"code\":\"42501\",\"details\":null,\"hint\":null,"
        + "\"message\":\"permission denied for table w_accounts\"}");
    Http.Response patched = test.send("PATCH", "/w_accounts?id=eq.10", "{\"password\":\"secret\"}", "Prefer", "return=minimal");
    assertEquals(204, patched.status(), patched.body());
    assertEquals("[{\"password\":\"secret\"}]", Oracle.json("select password from test.w_accounts where id = 10"));
    Http.Response deleted = test.send("DELETE", "/w_accounts?id=eq.10&select=id,email", "{\"password\":\"ignored\"}",
        "Prefer", "return=representation");
    ok(deleted, "[{\"id\":10,\"email\":\"ten@x\"}]");
    assertEquals("*/*", deleted.header("Content-Range"));
    assertEquals("[]", Oracle.json("select * from test.w_accounts where id in (10, 11)"));
  }

  @Test
  void delete_withBody_ignoresTheBody() {
    test.send("POST", "/w_items", "{\"id\":20,\"label\":\"gone\"}");
    Http.Response r = test.send("DELETE", "/w_items?id=eq.20", "{\"id\":21}");
    answers(r, 204, "");
    assertEquals("*/*", r.header("Content-Range"));
    Http.Response text = test.send("DELETE", "/w_items?id=eq.20", "not json at all", "Content-Type", "text/plain");
    assertEquals(204, text.status(), text.body());
    assertEquals(204, http11Delete("/w_items?id=eq.20", "{\"id\":21}"));
    assertEquals("[]", Oracle.json("select * from test.w_items where id = 20"));
  }

  // As curl sends it: HTTP/1.1 with no Content-Type (Java's default client offers HTTP/2 and got through).
  private int http11Delete(String path, String body) {
    java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
        .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
    java.net.http.HttpRequest request = java.net.http.HttpRequest
        .newBuilder(java.net.URI.create("http://127.0.0.1:" + deployed.getPort() + path))
        .header("Content-Profile", "test")
        .method("DELETE", java.net.http.HttpRequest.BodyPublishers.ofString(body)).build();
    try {
      return client.send(request, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (java.io.IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void post_csvRepresentation_honoursSelect() {
    Http.Response r = test.send("POST", "/w_items?select=label,team", "{\"id\":30,\"label\":\"a\",\"team\":\"t\"}",
        "Accept", "text/csv", "Prefer", "return=representation");
    answers(r, 201, "label,team\na,t");
    assertEquals("text/csv; charset=utf-8", r.header("Content-Type"));
    Http.Response csv = test.send("POST", "/w_items?select=id", "id,label\n31,b\n32,c", "Content-Type", "text/csv",
        "Accept", "text/csv", "Prefer", "return=representation");
    assertEquals("id\n31\n32", csv.body());
  }

  @Test
  void preferences_lenientHandlingAndMissingNull_areApplied() {
    Http.Response r = test.send("POST", "/w_items?columns=id,label", "{\"id\":40}",
        "Prefer", "missing=null, handling=lenient, return=minimal");
    assertEquals(201, r.status(), r.body());
    assertEquals("missing=null, return=minimal, handling=lenient", r.header("Preference-Applied"));
    Http.Response strict = test.send("PATCH", "/w_items?id=eq.40", "{\"label\":\"s\"}", "Prefer", "handling=strict, missing=null");
    assertEquals(204, strict.status(), strict.body());
    assertEquals("missing=null, handling=strict", strict.header("Preference-Applied"));
    Http.Response read = test.send("GET", "/w_items?id=eq.40", null, "Prefer", "handling=lenient");
    assertEquals("handling=lenient", read.header("Preference-Applied"));
  }

  @Test
  void nullsStripped_contentTypeWrittenAsPostgrest() {
    Http.Response array = test.send("POST", "/w_items", "{\"id\":50,\"label\":\"n\"}", "Prefer", "return=representation",
        "Accept", "application/vnd.pgrst.array+json;nulls=stripped");
    answers(array, 201, "[{\"id\":50,\"label\":\"n\"}]");
    assertEquals("application/vnd.pgrst.array+json;nulls=stripped; charset=utf-8", array.header("Content-Type"));
    Http.Response object = test.send("PATCH", "/w_items?id=eq.50", "{\"label\":\"m\"}", "Prefer", "return=representation",
        "Accept", "application/vnd.pgrst.object+json;nulls=stripped");
    assertEquals("{\"id\":50,\"label\":\"m\"}", object.body());
    assertEquals("application/vnd.pgrst.object+json;nulls=stripped; charset=utf-8", object.header("Content-Type"));
  }

  @Test
  void post_emptyAndKeylessBodies_insertOneRowPerObject() {
    String count = "select count(*) from test.w_no_pk where a is null and b is null";
    String before = Oracle.scalar(count);
    Http.Response none = test.send("POST", "/w_no_pk", "[]", "Prefer", "return=representation");
    answers(none, 201, "[]");
    assertEquals("*/*", none.header("Content-Range"));
    assertEquals(before, Oracle.scalar(count));
    assertEquals(201, test.send("POST", "/w_no_pk", "[{}, {}]").status());
    assertEquals(String.valueOf(Long.parseLong(before) + 2), Oracle.scalar(count));
  }

  @Test
  void patch_arrayBody_updatesFromItsObjects() {
    test.send("POST", "/w_items", "{\"id\":60,\"label\":\"before\"}");
    for (String empty : new String[] {"[]", "[{}]"}) {
      Http.Response r = test.send("PATCH", "/w_items?id=eq.60", empty);
      assertEquals(204, r.status(), r.body());
      assertEquals("*/*", r.header("Content-Range"));
    }
    Http.Response r = test.send("PATCH", "/w_items?id=eq.60", "[{\"label\":\"after\"}]");
    assertEquals(204, r.status(), r.body());
    assertEquals("0-0/*", r.header("Content-Range"));
    assertEquals("[{\"label\":\"after\"}]", Oracle.json("select label from test.w_items where id = 60"));
  }

  @Test
  void patchAndDelete_representation_honoursOrder() {
    test.send("POST", "/w_no_pk", "[{\"a\":\"o2\",\"b\":\"ord\"},{\"a\":\"o3\",\"b\":\"ord\"},{\"a\":\"o1\",\"b\":\"ord\"}]");
    Http.Response patched = test.send("PATCH", "/w_no_pk?b=eq.ord&order=a.desc", "{\"b\":\"ord2\"}",
        "Prefer", "return=representation");
    assertEquals(200, patched.status(), patched.body());
    assertEquals("[{\"a\":\"o3\",\"b\":\"ord2\"}, \n {\"a\":\"o2\",\"b\":\"ord2\"}, \n {\"a\":\"o1\",\"b\":\"ord2\"}]",
        patched.body());
    Http.Response deleted = test.send("DELETE", "/w_no_pk?b=eq.ord2&select=b&order=a.desc", null,
        "Prefer", "return=representation");
    ok(deleted, "[{\"b\":\"ord2\"}, \n {\"b\":\"ord2\"}, \n {\"b\":\"ord2\"}]");
    Http.Response sorted = test.send("DELETE", "/w_no_pk?b=eq.none&order=a.desc", null, "Prefer", "return=representation");
    assertEquals("[]", sorted.body());
  }

  @Test
  void computedFields_inWriteRepresentations() {
    Http.Response created = test.send("POST", "/w_items?select=id,w_shout", "{\"id\":70,\"label\":\"abc\"}",
        "Prefer", "return=representation");
    answers(created, 201, "[{\"id\":70,\"w_shout\":\"ABC\"}]");
    Http.Response patched = test.send("PATCH", "/w_items?id=eq.70&select=id,shout:w_shout", "{\"label\":\"def\"}",
        "Prefer", "return=representation");
    ok(patched, "[{\"id\":70,\"shout\":\"DEF\"}]");
    Http.Response empty = test.send("PATCH", "/w_items?id=eq.70&select=id,w_shout", "{}", "Prefer", "return=representation");
    ok(empty, "[]");
    Http.Response deleted = test.send("DELETE", "/w_items?id=eq.70&select=w_shout", null, "Prefer", "return=representation");
    assertEquals("[{\"w_shout\":\"DEF\"}]", deleted.body());
  }

  // fixtures/76-parity.sql
  @Test
  void insertIntoViewOverTwoKeyedTables_locationNamesBothKeys() {
    Http.Response r = test.send("POST", "/p_pairs", "{\"l\":1,\"r\":2}", "Prefer", "return=headers-only");
    assertEquals(201, r.status(), r.body());
    assertEquals("/p_pairs?l=eq.1&r=eq.2", r.header("Location"));
  }

  @Test
  void put_arrayBody_putsItsFirstObject() {
    Http.Response r = test.send("PUT", "/p_ranks?name=eq.java", "[{\"name\":\"java\",\"rank\":19},{\"name\":\"go\",\"rank\":12}]",
        "Prefer", "return=representation", "Accept", "application/vnd.pgrst.object+json");
    ok(r, "{\"name\":\"java\",\"rank\":19}");
    assertEquals("[{\"name\":\"java\",\"rank\":19}]", Oracle.json("select * from test.p_ranks"));
  }

  @Test
  void upsert_emptyArray_is200() {
    Http.Response r = test.send("POST", "/p_ranks", "[]", "Prefer", "return=representation,resolution=merge-duplicates");
    ok(r, "[]");
  }
}
