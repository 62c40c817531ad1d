package io.restgres.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.Test;

/**
 * The write API over HTTP: insert, upsert, PUT, PATCH, DELETE, preferences and errors, on the fixture
 * src/test/resources/fixtures/20-write.sql (schema {@code test}). Each test starts from
 * the fixture's rows: the tables it writes to are put back after it.
 */
class WriteIT extends DefaultDeployment {
  @Override
  List<String> writes() {
    return List.of("test.people", "test.kv", "test.pairs", "test.bulk", "test.log");
  }

  @Test
  void bulkInsert_representationPastAMebibyte_isEveryRowAsPostgresAggregatesThem() {
    StringBuilder body = new StringBuilder("[");
    for (int i = 0; i < 8000; i++) {
      body.append(i == 0 ? "" : ",").append("{\"id\":").append(100000 + i).append(",\"v\":\"")
          .append("v".repeat(150)).append(i).append("\"}");
    }
    Http.Response r = test.send("POST", "/bulk", body.append(']').toString(), "Prefer", "return=representation");
    answers(r, 201, Oracle.json("select id, v from test.bulk where id >= 100000 order by id"));
    assertEquals(String.valueOf(r.body().length()), r.header("Content-Length"));
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
}
