package io.restgres.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restgres.error.ApiException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Server errors as PostgREST answers them, from the error fields the server sends. */
class PgErrorsTest {
  static final String MESSAGE_HINT = "MESSAGE must be a JSON object with obligatory keys: 'code', "
      + "'message' and optional keys: 'details', 'hint'.";
  static final String DETAIL_HINT = "DETAIL must be a JSON object with obligatory keys: 'status', "
      + "'headers' and optional key: 'status_text'.";
  static final String PGRST121 = "Could not parse JSON in the \"RAISE SQLSTATE 'PGRST'\" error";

  /** A server error with the given fields; a null detail is left out, as the server does. */
  static ApiException error(String state, String message, String detail, boolean authenticated) {
    String fields = "SERROR\0C" + state + "\0M" + message + "\0" + (detail == null ? "" : "D" + detail + "\0");
    return PgErrors.fromSql(new PSQLException(new ServerErrorMessage(fields)), authenticated);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "PT402 | Payment Required        | false | 402",
    "PT418 | teapot                  | true  | 418",
    "PTabc | not a number            | true  | 500",
    "PT999 | out of range            | true  | 500",
    "P0001 | raise exception         | true  | 400",
    "42501 | permission denied       | true  | 403",
    "42501 | permission denied       | false | 401",
    "22023 | role \"nope\" does not exist | true | 401",
    "22023 | invalid value           | true  | 400",
  })
  void status(String state, String message, boolean authenticated, int status) {
    ApiException e = error(state, message, null, authenticated);
    assertEquals(status, e.status());
    assertEquals(state, e.code());
    assertEquals(message, e.getMessage());
    assertEquals(status == 401 ? List.of(Map.entry("WWW-Authenticate", "Bearer")) : List.of(), e.headers());
    // PostgREST's mkStatus: a PTxxx status line carries the message as its reason phrase
    assertEquals(state.startsWith("PT") && status != 500 ? Optional.of(message) : Optional.empty(), e.reasonPhrase());
  }

  @Test
  void raisePgrst_fullControl() {
    ApiException e = error("PGRST",
        "{\"code\":\"123\",\"message\":\"Payment Required\",\"details\":\"Quota exceeded\",\"hint\":\"Upgrade\"}",
        "{\"status\":402,\"status_text\":\"Payment Required\",\"headers\":{\"X-Powered-By\":\"Nerd Rage\","
            + "\"Retry-After\":\"60\"}}",
        true);
    assertEquals(402, e.status());
    assertEquals("{\"code\":\"123\",\"details\":\"Quota exceeded\",\"hint\":\"Upgrade\",\"message\":\"Payment Required\"}",
        e.toJson());
    assertEquals(List.of(Map.entry("Retry-After", "60"), Map.entry("X-Powered-By", "Nerd Rage")), e.headers());
    assertEquals(Optional.of("Payment Required"), e.reasonPhrase());
  }

  @Test
  void raisePgrst_401_hasNoChallenge_andOptionalFieldsAreNull() {
    ApiException e = error("PGRST", "{\"code\":\"AUTH1\",\"message\":\"who are you\",\"hint\":null}",
        "{\"status\":401,\"headers\":{}}", false);
    assertEquals(401, e.status());
    assertEquals("{\"code\":\"AUTH1\",\"details\":null,\"hint\":null,\"message\":\"who are you\"}", e.toJson());
    assertEquals(List.of(), e.headers());
    assertEquals(Optional.empty(), e.reasonPhrase());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "not json",
    "[]",
    "{\"message\":\"no code\"}",
    "{\"code\":1,\"message\":\"numeric code\"}",
    "{\"code\":\"c\",\"message\":\"m\",\"details\":1}",
  })
  void raisePgrst_badMessage_PGRST121(String message) {
    ApiException e = error("PGRST", message, "{\"status\":400,\"headers\":{}}", true);
    assertEquals(500, e.status());
    assertEquals("PGRST121", e.code());
    assertEquals(PGRST121, e.getMessage());
    assertEquals("Invalid JSON value for MESSAGE: '" + message + "'", e.details());
    assertEquals(MESSAGE_HINT, e.hint());
  }

  @Test
  void raisePgrst_missingDetail_PGRST121() {
    ApiException e = error("PGRST", "{\"code\":\"c\",\"message\":\"m\"}", null, true);
    assertEquals("PGRST121", e.code());
    assertEquals("DETAIL is missing in the RAISE statement", e.details());
    assertEquals(DETAIL_HINT, e.hint());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "{\"status\":402}",
    "{\"headers\":{}}",
    "{\"status\":\"402\",\"headers\":{}}",
    "{\"status\":402.5,\"headers\":{}}",
    "{\"status\":402,\"headers\":{\"a\":1}}",
    "{\"status\":402,\"headers\":[]}",
    "{\"status\":402,\"status_text\":3,\"headers\":{}}",
    "{\"status\":1000,\"headers\":{}}",
    "nope",
  })
  void raisePgrst_badDetail_PGRST121(String detail) {
    ApiException e = error("PGRST", "{\"code\":\"c\",\"message\":\"m\"}", detail, true);
    assertEquals("PGRST121", e.code());
    assertEquals(500, e.status());
    assertEquals("Invalid JSON value for DETAIL: '" + detail + "'", e.details());
    assertEquals(DETAIL_HINT, e.hint());
  }
}
