package io.restgres.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Types;
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
  void everySetting_inPostgrestOrder_allBound() {
    Sql sql = TxSettingsSql.of(new TxSettingsSql.Values(
        List.of("api", "public"),
        List.of(Map.entry("statement_timeout", "7s"), Map.entry("work_mem", "8MB")),
        "web_user",
        "{\"role\":\"web_user\"}",
        "GET",
        "/items",
        "{\"accept\":\"*/*\"}",
        "{}",
        Optional.of("Asia/Tokyo"),
        Map.of("b", "2", "a", "1")));
    assertEquals("SELECT set_config('search_path', ?, true), set_config(?, ?, true), set_config(?, ?, true), "
        + "set_config('role', ?, true), set_config('request.jwt.claims', ?, true), "
        + "set_config('request.method', ?, true), set_config('request.path', ?, true), "
        + "set_config('request.headers', ?, true), set_config('request.cookies', ?, true), "
        + "set_config('timezone', ?, true), set_config(?, ?, true), set_config(?, ?, true)", sql.text());
    assertEquals(List.of(
        text("\"api\", \"public\""),
        text("statement_timeout"), text("7s"), text("work_mem"), text("8MB"),
        text("web_user"), text("{\"role\":\"web_user\"}"), text("GET"), text("/items"),
        text("{\"accept\":\"*/*\"}"), text("{}"), text("Asia/Tokyo"),
        text("app.settings.a"), text("1"), text("app.settings.b"), text("2")), sql.params());
  }

  @Test
  void noRoleSettingsNorTimezone_noCalls() {
    Sql sql = TxSettingsSql.of(new TxSettingsSql.Values(
        List.of("we\"ird"), List.of(), "anon", "{}", "GET", "/", "{}", "{}", Optional.empty(), Map.of()));
    assertEquals(7, sql.params().size());
    assertEquals(text("\"we\"\"ird\""), sql.params().get(0));
  }
}
