package io.restgres.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restgres.json.Jsonp;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerifiedJsonWebTokenTest {
  static VerifiedJsonWebToken jwt(String claimsJson, String role) {
    JsonObject claims = Jsonp.object(claimsJson).orElseThrow();
    return new VerifiedJsonWebToken(new VerifiedToken("raw.token.text", claims), role);
  }

  static final VerifiedJsonWebToken FULL =
      jwt(
          "{\"sub\":\"alice\",\"iss\":\"https://issuer\",\"aud\":\"api\",\"exp\":1800000060,"
              + "\"iat\":1800000000,\"groups\":[\"a\",\"b\"],\"email_verified\":true,"
              + "\"tenant\":\"t1\",\"level\":3,\"meta\":{\"x\":[1]},\"role\":\"author\"}",
          "author");

  @Test
  void name_isSubject_elseRole() {
    assertEquals("alice", FULL.getName());
    assertEquals("author", jwt("{\"role\":\"author\"}", "author").getName());
    assertEquals("web_anon", jwt("{}", "web_anon").getName());
  }

  @Test
  void standardClaims_haveMicroProfileTypes() {
    assertEquals("raw.token.text", FULL.getRawToken());
    assertEquals("https://issuer", FULL.getIssuer());
    assertEquals("alice", FULL.getSubject());
    assertEquals(Set.of("api"), FULL.getAudience());
    assertEquals(Set.of("a", "b"), FULL.getGroups());
    assertEquals(1_800_000_060L, FULL.getExpirationTime());
    assertEquals(1_800_000_000L, FULL.getIssuedAtTime());
    assertEquals(Long.valueOf(1_800_000_060L), FULL.<Long>getClaim("exp"));
    assertEquals(Boolean.TRUE, FULL.<Boolean>getClaim("email_verified"));
  }

  @Test
  void otherClaims_areStringsOrJsonValues() {
    assertEquals("t1", FULL.<String>getClaim("tenant"));
    assertEquals(3, FULL.<JsonNumber>getClaim("level").intValue());
    JsonObject expected =
        Json.createObjectBuilder().add("x", Json.createArrayBuilder().add(1)).build();
    assertEquals(expected, FULL.<JsonObject>getClaim("meta"));
    assertNull(FULL.getClaim("absent"));
  }

  @Test
  void claimNames_includeRawToken() {
    assertTrue(FULL.getClaimNames().containsAll(Set.of("sub", "tenant", "raw_token")));
    assertTrue(FULL.containsClaim("raw_token"));
    assertFalse(FULL.containsClaim("absent"));
  }

  @Test
  void absentTimes_readAsZero() {
    VerifiedJsonWebToken bare = jwt("{}", "r");
    assertEquals(0, bare.getExpirationTime());
    assertEquals(0, bare.getIssuedAtTime());
    assertNull(bare.getAudience());
  }
}
