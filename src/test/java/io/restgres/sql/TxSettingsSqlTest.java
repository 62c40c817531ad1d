package io.restgres.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Types;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one settings statement, compared as a whole value: text and bound parameters. */
class TxSettingsSqlTest {
  static SqlParam text(String v) {
    return new SqlParam(v, Types.VARCHAR);
  }

  @Test
  void everySetting_inPostgrestOrder_namesAndValuesBound() {
    Sql sql = TxSettingsSql.of(new TxSettingsSql.Values(
        false,
        List.of("api", "public"),
        List.of(Map.entry("statement_timeout", "7s"), Map.entry("work_mem", "8MB")),
        "web_user",
        "{\"role\":\"web_user\"}",
        "GET",
        "/items",
        "{\"accept\":\"*/*\"}",
        "{}",
        Optional.of("Asia/Tokyo"),
        List.of(Map.entry("statement_timeout", "1s")),
        Map.of("b", "2", "a", "1")));
    assertEquals("SELECT " + String.join(", ", Collections.nCopies(13, "set_config(?, ?, true)")), sql.text());
    assertEquals(List.of(
        text("search_path"), text("\"api\", \"public\""),
        text("statement_timeout"), text("7s"), text("work_mem"), text("8MB"),
        text("role"), text("web_user"), text("request.jwt.claims"), text("{\"role\":\"web_user\"}"),
        text("request.method"), text("GET"), text("request.path"), text("/items"),
        text("request.headers"), text("{\"accept\":\"*/*\"}"), text("request.cookies"), text("{}"),
        text("timezone"), text("Asia/Tokyo"), text("statement_timeout"), text("1s"),
        text("app.settings.a"), text("1"), text("app.settings.b"), text("2")), sql.params());
  }

  @Test
  void noRoleSettingsNorTimezone_noCalls() {
    Sql sql = TxSettingsSql.of(new TxSettingsSql.Values(
        false, List.of("we\"ird"), List.of(), "anon", "{}", "GET", "/", "{}", "{}", Optional.empty(), List.of(), Map.of()));
    assertEquals(14, sql.params().size());
    assertEquals(text("\"we\"\"ird\""), sql.params().get(1));
  }

  @Test
  void readOnly_isTheFirstSetting() {
    Sql sql = TxSettingsSql.of(new TxSettingsSql.Values(
        true, List.of("api"), List.of(), "anon", "{}", "GET", "/", "{}", "{}", Optional.empty(), List.of(), Map.of()));
    assertEquals(16, sql.params().size());
    assertEquals(List.of(text("transaction_read_only"), text("on"), text("search_path")), sql.params().subList(0, 3));
  }
}
