package io.restgres.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every integration test stands on: the embedded database and the JWKS endpoint (started once
 * per run, before Arquillian deploys), the deployed API, HTTP clients on it and the tables a class
 * writes to, put back after each test. A subclass declares its deployment; most take
 * {@link DefaultDeployment}'s.
 */
@ExtendWith({EmbeddedPg.class, JwksEndpoint.class, ArquillianExtension.class})
@RunAsClient
abstract class DeployedApi {
  @ArquillianResource URL deployed;

  /** Requests to the default schema ({@code api}). */
  Http http;

  /** Requests to the fixture schema {@code test}: Accept-Profile and Content-Profile set. */
  Http test;

  /** The WAR the build produced, as ROOT.war so that it serves the API at {@code /}. */
  static WebArchive war() {
    return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
        .importFrom(new File(System.getProperty("restgres.war", "target/restgres.war")))
        .as(WebArchive.class);
  }

  /** The answer has this status and exactly this body. */
  static void answers(Http.Response r, int status, String body) {
    assertEquals(status, r.status(), r.body());
    assertEquals(body, r.body());
  }

  /** The answer is a 200 with exactly this body. */
  /** PostgREST's error body; null details and hint are written as null. */
  static void error(Http.Response r, int status, String code, String message, String details, String hint) {
    answers(r, status, "{\"code\":\"" + code + "\",\"details\":" + quote(details) + ",\"hint\":" + quote(hint)
        + ",\"message\":" + quote(message) + "}");
  }

  private static String quote(String s) {
    return s == null ? "null" : "\"" + s.replace("\"", "\\\"") + "\"";
  }

  static void ok(Http.Response r, String body) {
    answers(r, 200, body);
  }

  /** The one row of a 200 answer, as plain Java maps. */
  static Map<?, ?> row(Http.Response r) {
    assertEquals(200, r.status(), r.body());
    List<?> rows = (List<?>) PlainJson.parse(r.body());
    assertEquals(1, rows.size(), r.body());
    return (Map<?, ?>) rows.get(0);
  }

  static String text(Map<?, ?> row, String key) {
    return (String) row.get(key);
  }

  /** The tables this class writes to (schema-qualified); their rows are put back after each test. */
  List<String> writes() {
    return List.of();
  }

  @BeforeEach
  final void connectAndSave() {
    http = new Http(deployed);
    test = http.profile("test");
    Oracle.save(writes());
  }

  @AfterEach
  final void restore() {
    Oracle.restore(writes());
  }
}
