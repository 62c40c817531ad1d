package io.restgres.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DbUriTest {
  @Test
  void uri_decodesEveryPart() {
    DbUri u = DbUri.parse("postgres://auth%40x:p%3Aw%40rd%3D%23%20x@db.example.com:6543/my%20db?sslmode=require",
        Map.of());
    assertEquals(List.of("db.example.com:6543"), u.hosts());
    assertEquals("auth@x", u.user());
    assertEquals("p:w@rd=# x", u.password());
    assertEquals("my db", u.database());
    assertEquals("jdbc:postgresql://db.example.com:6543/my%20db", u.jdbcUrl());
    assertEquals("require", u.properties().getProperty("sslmode"));
  }

  @Test
  void keyValue_withQuotedValues() {
    DbUri u = DbUri.parse("host=localhost port=5433 dbname=app user=me password='it\\'s a \\\\ secret'", Map.of());
    assertEquals("me", u.user());
    assertEquals("it's a \\ secret", u.password());
    assertEquals("app", u.database());
    assertEquals(List.of("localhost:5433"), u.hosts());
  }

  @Test
  void missingParts_comeFromPgVariables() {
    DbUri u = DbUri.parse("postgresql://", Map.of("PGHOST", "h", "PGPORT", "1", "PGUSER", "u", "PGPASSWORD", "p"));
    assertEquals(List.of("h:1"), u.hosts());
    assertEquals("u", u.database());
    assertEquals("p", u.password());
  }

  @Test
  void toString_neverShowsThePassword() {
    assertEquals(false, DbUri.parse("postgres://a:secret@h/d", Map.of()).toString().contains("secret"));
  }
}
