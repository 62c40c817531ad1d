package io.restgres.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
/**
 * Writes as PostgREST's own specs pin them, over HTTP: identity and serial columns under the role
 * model, the singular media type, writes needing only their own privilege, odd bodies, ordering and
 * computed fields in representations, keys of views (fixtures 70-deploy.sql, 71-writes.sql,
 * 76-parity.sql; schema {@code test}). The tables a test writes to are put back after it.
 */
class WriteParityIT extends DefaultDeployment {
  @Override
  List<String> writes() {
    return List.of("test.deploy_tickets", "test.w_addresses", "test.w_items", "test.w_no_pk", "test.w_guestbook",
        "test.w_tally", "test.w_accounts", "test.p_left", "test.p_right", "test.p_ranks", "test.dr_swatches");
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
  // Domain representations: casts of a domain to json, from text and from json (fixtures/83-domains.sql).
  @Test
  void domainRepresentations_presentFilterAndRead() {
    ok(test.get("/dr_swatches?order=id"), "[{\"id\":1,\"name\":\"black\",\"shade\":\"#000000\",\"seen_at\":1577836800}, \n "
        + "{\"id\":2,\"name\":\"navy\",\"shade\":\"#000080\",\"seen_at\":1577923200}, \n "
        + "{\"id\":3,\"name\":\"jade\",\"shade\":\"#01E240\",\"seen_at\":null}]");
    ok(test.get("/dr_swatches?select=id,tone:shade,shade::text&id=eq.3"),
        "[{\"id\":3,\"tone\":\"#01E240\",\"shade\":\"\\\"#01E240\\\"\"}]");
    Map<?, ?> palette = (Map<?, ?>) ((List<?>) PlainJson.parse(
        test.get("/dr_palettes?select=id,dr_swatches(*)&id=eq.10").body())).get(0);
    assertEquals("#000080", ((Map<?, ?>) palette.get("dr_swatches")).get("shade"));
    ok(test.get("/dr_swatches?select=id&shade=eq.000080"), "[{\"id\":2}]");
    ok(test.get("/dr_swatches?select=id&shade=in.(%23000000,01E240)&order=id"), "[{\"id\":1}, \n {\"id\":3}]");
    ok(test.get("/dr_swatches?select=id&shade=not.in.(000000,01E240)"), "[{\"id\":2}]");
    ok(test.get("/dr_swatches?select=id&seen_at=eq.2020-01-01T00:00:00Z"), "[{\"id\":1}]");
    ok(test.get("/dr_palettes?select=id,dr_swatches!inner(id)&dr_swatches.shade=eq.%2301E240"),
        "[{\"id\":11,\"dr_swatches\":{\"id\": 3}}]");
  }

  @Test
  void domainRepresentations_writesReadBodyValuesThroughCasts() {
    Http.Response post = test.send("POST", "/dr_swatches", "{\"id\":4,\"name\":\"red\",\"shade\":\"#FF0000\","
        + "\"seen_at\":1600000000}", "Prefer", "return=representation");
    answers(post, 201, "[{\"id\":4,\"name\":\"red\",\"shade\":\"#FF0000\",\"seen_at\":1600000000}]");
    assertEquals("[{\"shade\":16711680,\"s\":1600000000}]",
        Oracle.json("select shade, extract(epoch from seen_at)::bigint as s from test.dr_swatches where id = 4"));
    Http.Response patch = test.send("PATCH", "/dr_swatches?id=eq.4", "{\"shade\":\"00FF00\"}",
        "Prefer", "return=representation");
    ok(patch, "[{\"id\":4,\"name\":\"red\",\"shade\":\"#00FF00\",\"seen_at\":1600000000}]");
    Http.Response dflt = test.send("POST", "/dr_swatches?columns=id,name,shade", "[{\"id\":5,\"name\":\"none\"}]",
        "Prefer", "return=representation,missing=default");
    answers(dflt, 201, "[{\"id\":5,\"name\":\"none\",\"shade\":\"#000000\",\"seen_at\":null}]");
    Http.Response put = test.send("PUT", "/dr_swatches?id=eq.5", "{\"id\":5,\"name\":\"teal\",\"shade\":\"#008080\"}",
        "Prefer", "return=representation");
    ok(put, "[{\"id\":5,\"name\":\"teal\",\"shade\":\"#008080\",\"seen_at\":null}]");
    answers(test.send("PUT", "/dr_swatches?id=eq.5", "{\"name\":\"keyless\"}"), 400, "{\"code\":\"PGRST115\","
        + "\"details\":null,\"hint\":null,\"message\":\"Payload values do not match URL in primary key column(s)\"}");
  }
}
