package io.restgres.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restgres.error.ApiException;
import org.junit.jupiter.api.Test;

class ContainerErrorServletTest {
  private static String answer(int status, Throwable cause) {
    ApiException e = ContainerErrorServlet.toApiException(status, cause, "GET");
    return e.status() + " " + e.toJson();
  }

  @Test
  void statusesTheContainerSets_becomePostgrestErrors() {
    assertEquals("404 {\"code\":\"PGRST125\",\"details\":null,\"hint\":null,"
        + "\"message\":\"Invalid path specified in request URL\"}", answer(404, null));
    assertEquals("405 {\"code\":\"PGRST117\",\"details\":null,\"hint\":null,"
        + "\"message\":\"Unsupported HTTP method: GET\"}", answer(405, null));
    assertEquals("431 {\"code\":\"PGRSTX02\",\"details\":null,\"hint\":null,"
        + "\"message\":\"Request Header Fields Too Large\"}", answer(431, null));
    assertEquals("400 {\"code\":\"PGRSTX02\",\"details\":null,\"hint\":null,"
        + "\"message\":\"Bad Request\"}", answer(400, null));
    assertEquals("503 {\"code\":\"PGRSTX02\",\"details\":null,\"hint\":null,"
        + "\"message\":\"Service Unavailable\"}", answer(503, null));
  }

  @Test
  void failuresOutsideTheApi_areAGeneric500() {
    String internal = "500 {\"code\":\"PGRSTX00\",\"details\":null,\"hint\":null,\"message\":\"Internal server error\"}";
    assertEquals(internal, answer(500, null));
    assertEquals(internal, answer(404, new IllegalStateException("boom")));
  }
}
