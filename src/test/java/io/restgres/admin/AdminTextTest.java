package io.restgres.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The admin server's text outputs: redaction in /config, the Prometheus format in /metrics. */
class AdminTextTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "postgres://app:s3cr:et@db:5432/x?sslmode=require | postgres://app:********@db:5432/x?sslmode=require",
      "postgresql://app@db/x                            | postgresql://app@db/x",
      "POSTGRES://app:pw@db/x                           | POSTGRES://app:********@db/x",
      "postgres://app:p@ss@db/x?a=b@c                   | postgres://app:********@db/x?a=b@c",
      "host=db user=app password=s3cret dbname=x        | host=db user=app password=******** dbname=x",
      "host=db password = 'a b\\' c' dbname=x           | host=db password = ******** dbname=x",
  })
  void redactUri_hidesThePasswordInBothForms(String uri, String shown) {
    assertEquals(shown, ConfigText.redactUri(uri));
  }

  @Test
  void prometheusText_familiesSamplesAndEscapes() {
    String text = new PrometheusText()
        .single("a_total", "counter", "Things", 3)
        .family("b", "gauge", "B").sample("b", 0.25, "k", "q\"uo\\te")
        .single("c", "gauge", "C", 1.796619619213E9)
        .single("d", "gauge", "D", 1.5937927E-2)
        .toString();
    assertEquals("# HELP a_total Things\n# TYPE a_total counter\na_total 3\n"
        + "# HELP b B\n# TYPE b gauge\nb{k=\"q\\\"uo\\\\te\"} 0.25\n"
        + "# HELP c C\n# TYPE c gauge\nc 1796619619.213\n# HELP d D\n# TYPE d gauge\nd 0.015937927\n", text);
  }

  @Test
  void requestMetrics_cumulativeBucketsAndUnknownMethods() {
    RequestMetrics m = new RequestMetrics();
    m.record("GET", 200, 3_000_000);
    m.record("GET", 200, 70_000_000);
    m.record("BREW", 405, 1_000);
    PrometheusText out = new PrometheusText();
    m.writeTo(out);
    String text = out.toString();
    assertTrue(text.contains("restgres_http_requests_total{method=\"GET\",status=\"200\"} 2\n"), text);
    assertTrue(text.contains("restgres_http_request_duration_seconds_bucket{method=\"GET\",status=\"200\",le=\"0.005\"} 1\n"), text);
    assertTrue(text.contains("restgres_http_request_duration_seconds_bucket{method=\"GET\",status=\"200\",le=\"0.1\"} 2\n"), text);
    assertTrue(text.contains("restgres_http_request_duration_seconds_count{method=\"GET\",status=\"200\"} 2\n"), text);
    assertTrue(text.contains("restgres_http_requests_total{method=\"OTHER\",status=\"405\"} 1\n"), text);
  }
}
