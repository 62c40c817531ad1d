package io.restgres.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restgres.json.JsonParser;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The write API over HTTP: insert, upsert, PUT, PATCH, DELETE, preferences and errors, on the fixture
 * src/test/resources/fixtures/20-write.sql (schema {@code test}). Each test uses rows of its own.
 */
@ExtendWith({EmbeddedPg.class, ArquillianExtension.class})
@RunAsClient
class WriteIT {
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

  private Http.Response send(String method, String path, String body, String... headers) {
    String[] all = new String[headers.length + 4];
    all[0] = "Content-Profile";
    all[1] = "test";
    all[2] = "Accept-Profile";
    all[3] = "test";
    System.arraycopy(headers, 0, all, 4, headers.length);
    boolean typed = false;
    for (int i = 0; i < headers.length; i += 2) {
      typed |= headers[i].equalsIgnoreCase("Content-Type");
    }
    if (!typed && body != null) {
      String[] more = java.util.Arrays.copyOf(all, all.length + 2);
      more[all.length] = "Content-Type";
      more[all.length + 1] = "application/json";
      all = more;
    }
    return http.send(method, path, body, all);
  }

  private static String rows(String sql) {
    return Oracle.json(sql);
  }

  @Test
  void post_singleObject_is201WithoutBody() {
    Http.Response r = send("POST", "/people", "{\"name\":\"ann\",\"age\":30}");
    assertEquals(201, r.status(), r.body());
    assertEquals("", r.body());
    assertEquals("*/*", r.header("Content-Range"));
    assertEquals("[{\"name\":\"ann\",\"age\":30,\"email\":\"none@example.com\"}]",
        rows("select name, age, email from test.people where name = 'ann'"));
  }

  @Test
  void post_array_insertsEveryRow() {
    Http.Response r = send("POST", "/people?select=name,age&order=name", "[{\"name\":\"b1\",\"age\":1},"
        + "{\"name\":\"b2\",\"age\":2},{\"name\":\"b3\",\"age\":null}]",
        "Prefer", "return=representation,count=exact");
    assertEquals(201, r.status(), r.body());
    assertEquals("*/3", r.header("Content-Range"));
    assertEquals("return=representation, count=exact", r.header("Preference-Applied"));
    assertEquals(rows("select name, age from test.people where name like 'b_' order by name"), r.body());
  }

  @Test
  void post_badBodies_are400Pgrst102AndChangeNothing() {
    Http.Response keys = send("POST", "/people", "[{\"name\":\"k1\"},{\"age\":2}]");
    assertEquals(400, keys.status());
    assertEquals("{\"code\":\"PGRST102\",\"details\":null,\"hint\":null,\"message\":\"All object keys must match\"}",
        keys.body());
    Http.Response json = send("POST", "/people", "{\"name\":");
    assertEquals("{\"code\":\"PGRST102\",\"details\":null,\"hint\":null,\"message\":\"Empty or invalid json\"}",
        json.body());
    assertEquals(400, send("POST", "/people", "").status());
    Http.Response type = send("POST", "/people", "name=x", "Content-Type", "text/plain");
    assertEquals("{\"code\":\"PGRST102\",\"details\":null,\"hint\":null,"
        + "\"message\":\"Content-Type not acceptable: text/plain\"}", type.body());
    Http.Response column = send("POST", "/people", "{\"name\":\"k2\",\"nope\":1}");
    assertEquals(400, column.status());
    assertEquals("{\"code\":\"PGRST204\",\"details\":null,\"hint\":null,"
        + "\"message\":\"Could not find the 'nope' column of 'people' in the schema cache\"}", column.body());
    Http.Response value = send("POST", "/people", "{\"name\":\"k3\",\"age\":\"old\"}");
    assertEquals(400, value.status());
    assertTrue(value.body().startsWith("{\"code\":\"22P02\""), value.body());
    assertEquals("[]", rows("select * from test.people where name like 'k_'"));
  }

  @Test
  void post_columnsParameter_picksKeys() {
    Http.Response r = send("POST", "/people?columns=name,age", "[{\"name\":\"c1\",\"age\":5,\"ignored\":true},"
        + "{\"name\":\"c2\"}]");
    assertEquals(201, r.status(), r.body());
    assertEquals("[{\"name\":\"c1\",\"age\":5}, \n {\"name\":\"c2\",\"age\":null}]",
        rows("select name, age from test.people where name like 'c_' order by name"));
    Http.Response unknown = send("POST", "/people?columns=name,nope", "{\"name\":\"c3\"}");
    assertEquals(400, unknown.status());
    assertTrue(unknown.body().contains("PGRST204"));
  }

  @Test
  void post_missingDefault_usesColumnDefaults() {
    Http.Response r = send("POST", "/people?columns=name,email", "[{\"name\":\"d1\"},{\"name\":\"d2\",\"email\":\"d2@x\"}]",
        "Prefer", "missing=default");
    assertEquals(201, r.status(), r.body());
    assertEquals("missing=default", r.header("Preference-Applied"));
    assertEquals("[{\"name\":\"d1\",\"email\":\"none@example.com\"}, \n {\"name\":\"d2\",\"email\":\"d2@x\"}]",
        rows("select name, email from test.people where name like 'd_' order by name"));
  }

  @Test
  void patch_missingDefault_resetsListedColumnsTheBodyLacks() {
    send("POST", "/people", "{\"name\":\"e1\",\"email\":\"e1@x\",\"age\":3}");
    Http.Response r = send("PATCH", "/people?name=eq.e1&columns=age,email", "{\"age\":4}",
        "Prefer", "missing=default");
    assertEquals(204, r.status(), r.body());
    assertEquals("missing=default", r.header("Preference-Applied"));
    assertEquals("[{\"age\":4,\"email\":\"none@example.com\"}]",
        rows("select age, email from test.people where name = 'e1'"));
  }

  @Test
  void post_csvAndFormBodies() {
    Http.Response csv = send("POST", "/people", "name,age\ncsv1,7\n\"csv, 2\",NULL\n", "Content-Type", "text/csv");
    assertEquals(201, csv.status(), csv.body());
    assertEquals("[{\"name\":\"csv, 2\",\"age\":null}, \n {\"name\":\"csv1\",\"age\":7}]",
        rows("select name, age from test.people where name like 'csv%' order by name"));
    Http.Response form = send("POST", "/people", "name=form1&age=9", "Content-Type", "application/x-www-form-urlencoded");
    assertEquals(201, form.status(), form.body());
    assertEquals("[{\"age\":9}]", rows("select age from test.people where name = 'form1'"));
  }

  @Test
  void post_headersOnly_givesLocation() {
    Http.Response r = send("POST", "/pairs", "{\"a\":1,\"b\":2,\"label\":\"x y\"}", "Prefer", "return=headers-only");
    assertEquals(201, r.status(), r.body());
    assertEquals("/pairs?a=eq.1&b=eq.2", r.header("Location"));
    assertEquals("return=headers-only", r.header("Preference-Applied"));
  }

  @Test
  void post_upserts() {
    send("POST", "/kv", "[{\"k\":\"u1\",\"v\":1},{\"k\":\"u2\",\"v\":2}]");
    Http.Response merged = send("POST", "/kv?on_conflict=k", "[{\"k\":\"u1\",\"v\":10},{\"k\":\"u2\",\"v\":20}]",
        "Prefer", "resolution=merge-duplicates");
    assertEquals(200, merged.status(), merged.body());
    assertEquals("resolution=merge-duplicates", merged.header("Preference-Applied"));
    Http.Response mixed = send("POST", "/kv?on_conflict=k", "[{\"k\":\"u1\",\"v\":100},{\"k\":\"u3\",\"v\":3}]",
        "Prefer", "resolution=merge-duplicates");
    assertEquals(201, mixed.status(), mixed.body());
    Http.Response ignored = send("POST", "/kv?on_conflict=k", "[{\"k\":\"u2\",\"v\":0}]",
        "Prefer", "resolution=ignore-duplicates");
    assertEquals(201, ignored.status(), ignored.body());
    assertEquals("[{\"k\":\"u1\",\"v\":100}, \n {\"k\":\"u2\",\"v\":20}, \n {\"k\":\"u3\",\"v\":3}]",
        rows("select k, v from test.kv where k like 'u_' order by k"));
    Http.Response byPk = send("POST", "/pairs", "{\"a\":7,\"b\":7,\"label\":\"one\"}");
    assertEquals(201, byPk.status());
    Http.Response again = send("POST", "/pairs?select=label", "{\"a\":7,\"b\":7,\"label\":\"two\"}",
        "Prefer", "resolution=merge-duplicates,return=representation");
    assertEquals(200, again.status(), again.body());
    assertEquals("[{\"label\":\"two\"}]", again.body());
  }

  @Test
  void put_upsertsOneRowByItsKey() {
    Http.Response created = send("PUT", "/pairs?a=eq.5&b=eq.6", "{\"a\":5,\"b\":6,\"label\":\"new\"}",
        "Prefer", "return=representation");
    assertEquals(201, created.status(), created.body());
    assertEquals("[{\"a\":5,\"b\":6,\"label\":\"new\"}]", created.body());
    assertEquals(null, created.header("Content-Range"));
    Http.Response replaced = send("PUT", "/pairs?b=eq.6&a=eq.5", "{\"a\":5,\"b\":6,\"label\":\"replaced\"}",
        "Prefer", "return=representation");
    assertEquals(200, replaced.status(), replaced.body());
    Http.Response minimal = send("PUT", "/pairs?a=eq.5&b=eq.6", "{\"a\":5,\"b\":6,\"label\":\"quiet\"}");
    assertEquals(204, minimal.status());
    assertEquals("[{\"label\":\"quiet\"}]", rows("select label from test.pairs where a = 5 and b = 6"));
    Http.Response mismatch = send("PUT", "/pairs?a=eq.5&b=eq.6", "{\"a\":5,\"b\":7,\"label\":\"x\"}");
    assertEquals(400, mismatch.status());
    assertEquals("{\"code\":\"PGRST115\",\"details\":null,\"hint\":null,"
        + "\"message\":\"Payload values do not match URL in primary key column(s)\"}", mismatch.body());
    Http.Response partial = send("PUT", "/pairs?a=eq.5", "{\"a\":5,\"b\":6,\"label\":\"x\"}");
    assertEquals(405, partial.status());
    assertTrue(partial.body().contains("PGRST105"));
    Http.Response limited = send("PUT", "/pairs?a=eq.5&b=eq.6&limit=1", "{\"a\":5,\"b\":6,\"label\":\"x\"}");
    assertEquals(400, limited.status());
    assertTrue(limited.body().contains("PGRST114"));
  }

  @Test
  void patch_updatesMatchingRows() {
    send("POST", "/people", "[{\"name\":\"p1\",\"age\":1},{\"name\":\"p2\",\"age\":2},{\"name\":\"p3\",\"age\":3}]");
    Http.Response minimal = send("PATCH", "/people?name=in.(p1,p2)", "{\"age\":40}");
    assertEquals(204, minimal.status(), minimal.body());
    assertEquals("0-1/*", minimal.header("Content-Range"));
    Http.Response repr = send("PATCH", "/people?name=eq.p3&select=name,age", "{\"age\":41}",
        "Prefer", "return=representation");
    assertEquals(200, repr.status());
    assertEquals("[{\"name\":\"p3\",\"age\":41}]", repr.body());
    Http.Response none = send("PATCH", "/people?name=eq.nobody", "{\"age\":1}");
    assertEquals("*/*", none.header("Content-Range"));
    Http.Response empty = send("PATCH", "/people?name=eq.p3", "{}");
    assertEquals(204, empty.status(), empty.body());
    assertEquals("[{\"name\":\"p1\",\"age\":40}, \n {\"name\":\"p2\",\"age\":40}, \n {\"name\":\"p3\",\"age\":41}]",
        rows("select name, age from test.people where name like 'p_' order by name"));
  }

  @Test
  void delete_removesMatchingRows() {
    send("POST", "/people", "[{\"name\":\"x1\"},{\"name\":\"x2\"},{\"name\":\"x3\"}]");
    Http.Response counted = send("DELETE", "/people?name=in.(x1,x2)", null, "Prefer", "count=exact");
    assertEquals(204, counted.status());
    assertEquals("*/2", counted.header("Content-Range"));
    Http.Response repr = send("DELETE", "/people?name=eq.x3&select=name", null, "Prefer", "return=representation");
    assertEquals(200, repr.status());
    assertEquals("[{\"name\":\"x3\"}]", repr.body());
    assertEquals("[]", rows("select * from test.people where name like 'x_'"));
  }

  @Test
  void maxAffected_strictRollsBack() {
    send("POST", "/people", "[{\"name\":\"m1\",\"age\":1},{\"name\":\"m2\",\"age\":1},{\"name\":\"m3\",\"age\":1}]");
    Http.Response r = send("PATCH", "/people?name=like.m*", "{\"age\":2}", "Prefer", "handling=strict, max-affected=2");
    assertEquals(400, r.status());
    assertEquals("{\"code\":\"PGRST124\",\"details\":\"The query affects 3 rows\",\"hint\":null,"
        + "\"message\":\"Query result exceeds max-affected preference constraint\"}", r.body());
    assertEquals("[{\"age\":1}, \n {\"age\":1}, \n {\"age\":1}]", rows("select age from test.people where name like 'm_'"));
    Http.Response lenient = send("PATCH", "/people?name=like.m*", "{\"age\":3}", "Prefer", "max-affected=2");
    assertEquals(204, lenient.status());
    Http.Response ok = send("DELETE", "/people?name=eq.m1", null, "Prefer", "handling=strict, max-affected=1");
    assertEquals(204, ok.status());
    assertEquals("handling=strict, max-affected=1", ok.header("Preference-Applied"));
  }

  @Test
  void strictHandling_rejectsUnknownPreferences() {
    Http.Response r = send("POST", "/people", "{\"name\":\"s1\"}", "Prefer", "handling=strict, shiny=yes");
    assertEquals(400, r.status());
    assertEquals("{\"code\":\"PGRST122\",\"details\":\"Invalid preferences: shiny=yes\",\"hint\":null,"
        + "\"message\":\"Invalid preferences given with handling=strict\"}", r.body());
    assertEquals(201, send("POST", "/people", "{\"name\":\"s2\"}", "Prefer", "shiny=yes").status());
  }

  @Test
  void constraintViolations_mapToPostgrestStatuses() {
    send("POST", "/people", "{\"name\":\"v1\"}");
    assertEquals(409, send("POST", "/people", "{\"name\":\"v1\"}").status());
    Http.Response fk = send("POST", "/people", "{\"name\":\"v2\",\"team_id\":99}");
    assertEquals(409, fk.status());
    assertTrue(fk.body().startsWith("{\"code\":\"23503\""), fk.body());
    assertEquals(400, send("POST", "/people", "{\"age\":1}").status());
    Http.Response check = send("POST", "/people", "{\"name\":\"v3\",\"age\":-1}");
    assertEquals(400, check.status());
    assertTrue(check.body().startsWith("{\"code\":\"23514\""), check.body());
  }

  @Test
  void views_autoUpdatableAndInsteadOfTriggers() {
    Http.Response adult = send("POST", "/adults?select=name,age", "{\"name\":\"w1\",\"age\":33}", "Prefer", "return=representation");
    assertEquals(201, adult.status(), adult.body());
    assertEquals("[{\"name\":\"w1\",\"age\":33}]", adult.body());
    Http.Response message = send("POST", "/messages?select=text", "{\"text\":\"hello\"}", "Prefer", "return=representation");
    assertEquals(201, message.status(), message.body());
    assertEquals("[{\"text\":\"HELLO\"}]", message.body());
  }

  @Test
  void bulkInsert_isOneStatementAndAtomic() {
    StringBuilder ok = new StringBuilder("[");
    for (int i = 1; i <= 10_000; i++) {
      ok.append(i == 1 ? "" : ",").append("{\"id\":").append(i).append(",\"v\":\"row ").append(i).append("\"}");
    }
    Http.Response r = send("POST", "/bulk", ok.append("]").toString(), "Prefer", "count=exact");
    assertEquals(201, r.status(), r.body());
    assertEquals("*/10000", r.header("Content-Range"));
    StringBuilder bad = new StringBuilder("[");
    for (int i = 20_001; i <= 21_000; i++) {
      int id = i == 20_500 ? 20_001 : i;
      bad.append(i == 20_001 ? "" : ",").append("{\"id\":").append(id).append(",\"v\":\"x\"}");
    }
    Http.Response failed = send("POST", "/bulk", bad.append("]").toString());
    assertEquals(409, failed.status(), failed.body());
    assertEquals("10000", Oracle.scalar("select count(*) from test.bulk"));
  }

  // Identity (BY DEFAULT, ALWAYS) and serial columns, under the role model (fixtures/70-deploy.sql).
  @Test
  void post_identityAndSerial_missingDefault_takesEachColumnsDefault() {
    Http.Response r = send("POST", "/deploy_tickets?columns=id,title,status,priority",
        "[{\"title\":\"dt-a\"},{\"id\":900001,\"title\":\"dt-b\",\"status\":\"closed\",\"priority\":1}]",
        "Prefer", "missing=default,return=representation");
    assertEquals(201, r.status(), r.body());
    assertEquals(rows("select * from test.deploy_tickets where title in ('dt-a', 'dt-b') order by title"), r.body());
    assertEquals("[{\"title\":\"dt-a\",\"given\":false,\"generated\":true,\"status\":\"open\",\"priority\":3}, \n "
        + "{\"title\":\"dt-b\",\"given\":true,\"generated\":true,\"status\":\"closed\",\"priority\":1}]",
        rows("select title, id = 900001 as given, id is not null and revision is not null and serial_no is not null"
            + " as generated, status, priority from test.deploy_tickets where title in ('dt-a', 'dt-b') order by title"));
  }

  @Test
  void post_identityAndSerial_withoutMissingDefault() {
    Http.Response plain = send("POST", "/deploy_tickets", "{\"title\":\"dt-c\"}");
    assertEquals(201, plain.status(), plain.body());
    assertEquals("[{\"status\":\"open\",\"generated\":true}]", rows("select status, id is not null and revision"
        + " is not null and serial_no is not null as generated from test.deploy_tickets where title = 'dt-c'"));
    // a listed column the body lacks is NULL without missing=default, as in PostgREST
    Http.Response nullId = send("POST", "/deploy_tickets?columns=id,title", "{\"title\":\"dt-d\"}");
    assertEquals(400, nullId.status(), nullId.body());
    assertTrue(nullId.body().startsWith("{\"code\":\"23502\""), nullId.body());
    Http.Response always = send("POST", "/deploy_tickets", "{\"title\":\"dt-e\",\"revision\":7}");
    assertEquals(400, always.status(), always.body());
    assertTrue(always.body().startsWith("{\"code\":\"428C9\""), always.body());
    assertEquals("[]", rows("select * from test.deploy_tickets where title in ('dt-d', 'dt-e')"));
  }

  @Test
  void openApi_identityAndSerialColumns_haveNoDefaultButConstantsDo() {
    Http.Response r = http.get("/", "Accept-Profile", "test");
    assertEquals(200, r.status(), r.body());
    Map<?, ?> definitions = (Map<?, ?>) ((Map<?, ?>) JsonParser.parse(r.body())).get("definitions");
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
}
