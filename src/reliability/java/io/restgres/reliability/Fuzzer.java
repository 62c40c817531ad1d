package io.restgres.reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random requests over PostgREST's URL grammar, headers and bodies. Request {@code i} of seed
 * {@code s} is always the same request, so a failure can be replayed alone.
 */
final class Fuzzer {
  record Request(String method, String path, Map<String, String> headers, byte[] body) {
    @Override
    public String toString() {
      return method + " " + path + " " + headers.keySet()
          + (body == null ? "" : " body=" + new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8));
    }
  }

  private static final String[] METHODS = {"GET", "GET", "GET", "GET", "GET", "HEAD", "POST", "POST", "PATCH", "DELETE", "PUT", "OPTIONS"};
  private static final String[] RELATIONS = {"portfolio_history", "all_trades", "latest_trades", "portfolio_summary", "hello_world",
      "reliability_canary", "nope", "rpc/reliability_whoami", "rpc/nope", ""};
  private static final String[] COLUMNS = {"id", "timestamp", "timestamp_s", "market", "interval", "symbol", "amount", "price",
      "usd_value", "is_buy", "usd_total_value", "note", "base_asset", "redacted_base_asset", "nope", "Id", "*"};
  private static final String[] OPERATORS = {"eq", "neq", "gt", "gte", "lt", "lte", "like", "ilike", "match", "imatch", "in", "is",
      "isdistinct", "fts", "plfts", "phfts", "wfts", "cs", "cd", "ov", "sl", "sr", "nxr", "nxl", "adj", "not.eq", "not.in",
      "eq(any)", "like(all)", "zz", ""};
  private static final String[] VALUES = {"1", "0", "-1", "2147483648", "99999999999999999999", "1e400", "NaN", "null", "true",
      "unknown", "kraken", "BTC", "'", "''", "\"", "\\", "%", "*", "a*b", "(", ")", ",", ".", "{1,2}", "{", "[1]", "é", "😀",
      "\u0000", "\t", " ", "2026-12-07", "'; drop table api.reliability_canary; --", "1); delete from api.reliability_canary; --",
      "1 or 1=1", "$$; truncate api.reliability_canary; $$", "\"); update api.reliability_canary set note='x'; --",
      "x\" OR \"1\"=\"1", "a'||pg_sleep(5)||'", "(1,2)", "[1,2)", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"};
  private static final String[] PREFER = {"return=representation", "return=minimal", "return=headers-only", "count=exact",
      "count=planned", "count=estimated", "resolution=merge-duplicates", "resolution=ignore-duplicates", "missing=default",
      "tx=rollback", "tx=commit", "handling=strict", "handling=lenient", "max-affected=1", "max-affected=x", "params=single-object",
      "timezone=UTC", "timezone=Mars/Base", "plurality=singular", "=", ",,", "return"};
  private static final String[] ACCEPT = {"application/json", "text/csv", "application/vnd.pgrst.object+json",
      "application/vnd.pgrst.object+json;nulls=stripped", "application/vnd.pgrst.plan+json", "application/geo+json",
      "application/vnd.pgrst.array+json;nulls=stripped", "text/plain", "application/octet-stream", "*/*", "x/y", ";;;", ""};
  private static final String[] CONTENT_TYPE = {"application/json", "text/csv", "application/x-www-form-urlencoded",
      "text/plain", "application/octet-stream", "application/vnd.pgrst.object+json", "x", "application/json; charset=latin1"};

  private final long seed;
  private final String producerToken;
  private final String anonToken;

  Fuzzer(long seed, String producerToken, String anonToken) {
    this.seed = seed;
    this.producerToken = producerToken;
    this.anonToken = anonToken;
  }

  Request request(long i) {
    Random r = new Random(seed * 1_000_003L + i);
    String method = pick(r, METHODS);
    StringBuilder path = new StringBuilder("/").append(r.nextInt(20) == 0 ? oddPath(r) : pick(r, RELATIONS));
    List<String> params = new ArrayList<>();
    for (int n = r.nextInt(5); n > 0; n--) {
      params.add(param(r));
    }
    if (!params.isEmpty()) {
      path.append('?').append(String.join("&", params));
    }
    Map<String, String> headers = new LinkedHashMap<>();
    switch (r.nextInt(6)) {
      case 0, 1 -> headers.put("Authorization", "Bearer " + producerToken);
      case 2 -> headers.put("Authorization", "Bearer " + anonToken);
      case 3 -> headers.put("Authorization", pick(r, new String[] {"Bearer", "Bearer x.y.z", "Basic dXNlcjpwdw==",
          "Bearer " + producerToken.substring(0, producerToken.length() - 3) + "abc", "bearer " + producerToken}));
      default -> { }
    }
    if (r.nextInt(3) == 0) {
      headers.put("Prefer", pick(r, PREFER) + (r.nextBoolean() ? ", " + pick(r, PREFER) : ""));
    }
    if (r.nextInt(3) == 0) {
      headers.put("Accept", pick(r, ACCEPT));
    }
    if (r.nextInt(8) == 0) {
      headers.put("Range", pick(r, new String[] {"0-9", "5-1", "x", "0-", "-5", "items=0-9", "0-99999999999999999999"}));
    }
    if (r.nextInt(12) == 0) {
      headers.put(r.nextBoolean() ? "Accept-Profile" : "Content-Profile", pick(r, new String[] {"api", "private", "public", "x"}));
    }
    byte[] body = null;
    if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS") && r.nextInt(6) != 0) {
      headers.put("Content-Type", pick(r, CONTENT_TYPE));
      body = body(r).getBytes(StandardCharsets.UTF_8);
    }
    return new Request(method, path.toString(), headers, body);
  }

  private static String oddPath(Random r) {
    return pick(r, new String[] {"%2e%2e/x", "WEB-INF/web.xml", "META-INF/MANIFEST.MF", "Escap3e;x", "a/b/c", "rpc", "rpc/",
        "%C3%A9", "%F0%9F%98%80", "x%00y", "..%2F..%2Fetc%2Fpasswd", "api.portfolio_history", "private.trades",
        "pg_catalog.pg_roles", "%22portfolio_history%22", enc(rand(r, 1 + r.nextInt(30)))});
  }

  private String param(Random r) {
    return switch (r.nextInt(10)) {
      case 0, 1 -> "select=" + enc(selectList(r, 0));
      case 2 -> "order=" + enc(pick(r, COLUMNS) + pick(r, new String[] {"", ".asc", ".desc", ".nullsfirst", ".desc.nullslast", ".x"})
          + (r.nextBoolean() ? "," + pick(r, COLUMNS) : ""));
      case 3 -> pick(r, new String[] {"limit", "offset"}) + "=" + enc(pick(r, VALUES));
      case 4 -> pick(r, new String[] {"or", "and", "not.or", "not.and"}) + "=" + enc(logic(r, 0));
      case 5 -> pick(r, new String[] {"columns", "on_conflict"}) + "=" + enc(pick(r, COLUMNS) + "," + pick(r, COLUMNS));
      case 6 -> enc(rand(r, 1 + r.nextInt(8))) + "=" + enc(rand(r, r.nextInt(12)));
      default -> enc(field(r)) + "=" + enc(filterValue(r));
    };
  }

  private static String field(Random r) {
    String c = pick(r, COLUMNS);
    return switch (r.nextInt(6)) {
      case 0 -> c + "->" + pick(r, new String[] {"a", "0", "2147483648", "-1", "99999999999"}) + "->>" + pick(r, new String[] {"b", "1"});
      case 1 -> "portfolio_history." + c;
      default -> c;
    };
  }

  private static String filterValue(Random r) {
    String op = pick(r, OPERATORS);
    String v = pick(r, VALUES);
    if (op.endsWith("in") || op.equals("cs") || op.equals("cd") || op.equals("ov")) {
      v = r.nextBoolean() ? "(" + v + "," + pick(r, VALUES) + ")" : "{" + v + "}";
    }
    if (op.contains("fts") && r.nextBoolean()) {
      op = op + "(" + pick(r, new String[] {"english", "x", "simple", "'"}) + ")";
    }
    return op.isEmpty() ? v : op + "." + v;
  }

  private static String logic(Random r, int depth) {
    List<String> terms = new ArrayList<>();
    for (int n = 1 + r.nextInt(3); n > 0; n--) {
      terms.add(depth < 3 && r.nextInt(4) == 0
          ? pick(r, new String[] {"and", "or", "not.and"}) + logic(r, depth + 1)
          : field(r) + "." + filterValue(r));
    }
    String close = r.nextInt(15) == 0 ? "" : ")";
    return "(" + String.join(",", terms) + close;
  }

  private static String selectList(Random r, int depth) {
    List<String> items = new ArrayList<>();
    for (int n = 1 + r.nextInt(4); n > 0; n--) {
      String c = pick(r, COLUMNS);
      items.add(switch (r.nextInt(9)) {
        case 0 -> "alias:" + c;
        case 1 -> c + "::" + pick(r, new String[] {"text", "int", "int[]", "json", "x y", "numeric(3", "'"});
        case 2 -> field(r);
        case 3 -> depth < 3 ? pick(r, RELATIONS).replace("rpc/", "") + "(" + selectList(r, depth + 1) + ")" : c;
        case 4 -> depth < 3 ? "..." + pick(r, RELATIONS) + "!inner(" + selectList(r, depth + 1) + ")" : c;
        case 5 -> c + "." + pick(r, new String[] {"sum()", "avg()", "count()", "max()", "x()"});
        case 6 -> "count()";
        case 7 -> rand(r, 1 + r.nextInt(6));
        default -> c;
      });
    }
    return String.join(",", items);
  }

  private static String body(Random r) {
    return switch (r.nextInt(10)) {
      case 0 -> "";
      case 1 -> rand(r, r.nextInt(200));
      case 2 -> "[".repeat(1 + r.nextInt(5000)) + "]".repeat(r.nextInt(5000));
      case 3 -> "id,amount\n" + pick(r, VALUES) + "," + pick(r, VALUES) + "\n\"unterminated";
      case 4 -> "{\"a\":\"\\u0000\",\"n\":1e999999}";
      case 5 -> "{\"" + pick(r, COLUMNS) + "\":" + json(pick(r, VALUES)) + "}";
      default -> {
        StringBuilder b = new StringBuilder("[");
        for (int n = r.nextInt(4); n >= 0; n--) {
          b.append('{');
          for (int k = 1 + r.nextInt(4); k > 0; k--) {
            b.append(json(pick(r, COLUMNS))).append(':').append(r.nextBoolean() ? json(pick(r, VALUES)) : String.valueOf(r.nextLong()));
            b.append(k > 1 ? "," : "");
          }
          b.append('}').append(n > 0 ? "," : "");
        }
        yield b.append(']').toString();
      }
    };
  }

  private static String json(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }

  private static String rand(Random r, int length) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      int k = r.nextInt(10);
      b.append(k < 6 ? (char) (0x20 + r.nextInt(0x5f)) : k < 9 ? (char) ('a' + r.nextInt(26)) : (char) (0xa0 + r.nextInt(0x2000)));
    }
    return b.toString();
  }

  // Percent-encodes all but the characters PostgREST's grammar uses, so any text reaches the server.
  static String enc(String s) {
    StringBuilder b = new StringBuilder();
    for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (x & 0xff);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-_.~(),*:!".indexOf(c) >= 0) {
        b.append(c);
      } else {
        b.append('%').append(String.format("%02X", (int) c));
      }
    }
    return b.toString();
  }

  private static String pick(Random r, String[] options) {
    return options[r.nextInt(options.length)];
  }
}
