package io.restgres.reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Hostile tokens against a table only the data producer may read: each must be refused with
 * PostgREST's status and error code, and none may read the table.
 */
final class JwtAttacks {
  private JwtAttacks() {}

  record Attack(String name, String token, int status, String code) {}

  record Outcome(Attack attack, int status, String code, boolean errorBody) {
    boolean passed() {
      return status == attack.status() && code.equals(attack.code()) && errorBody;
    }
  }

  static List<Attack> attacks() {
    long now = System.currentTimeMillis() / 1000;
    String aud = "\"aud\":\"" + Stack.AUDIENCE + "\"";
    String producer = "{\"role\":\"api_data_producer\"," + aud + "}";
    byte[] secret = Stack.SECRET.getBytes(StandardCharsets.UTF_8);
    String good = Tokens.valid(producer);
    String[] parts = good.split("\\.");
    List<Attack> list = new ArrayList<>();
    list.add(new Attack("alg none, no signature", Tokens.b64("{\"alg\":\"none\"}") + "." + parts[1] + ".", 401, "PGRST301"));
    list.add(new Attack("alg none, signature kept", Tokens.b64("{\"alg\":\"none\"}") + "." + parts[1] + "." + parts[2], 401, "PGRST301"));
    list.add(new Attack("RS256 signed by an unknown key (HS/RS confusion)", Tokens.rs256(producer), 401, "PGRST301"));
    list.add(new Attack("header RS256, HMAC signature (RS/HS confusion)",
        Tokens.hs256("{\"alg\":\"RS256\"}", producer, secret), 401, "PGRST301"));
    list.add(new Attack("HS512 header on an HS256 signature", Tokens.hs256("{\"alg\":\"HS512\"}", producer, secret), 401, "PGRST301"));
    list.add(new Attack("kid path traversal, empty key",
        Tokens.hs256("{\"alg\":\"HS256\",\"kid\":\"../../../../dev/null\"}", producer, new byte[32]), 401, "PGRST301"));
    list.add(new Attack("kid SQL injection, wrong key",
        Tokens.hs256("{\"alg\":\"HS256\",\"kid\":\"x' UNION SELECT 'k\"}", producer, "k".repeat(32).getBytes(StandardCharsets.UTF_8)),
        401, "PGRST301"));
    list.add(new Attack("wrong secret", Tokens.hs256("{\"alg\":\"HS256\"}", producer, "w".repeat(40).getBytes(StandardCharsets.UTF_8)), 401, "PGRST301"));
    list.add(new Attack("tampered claims, signature kept",
        parts[0] + "." + Tokens.b64("{\"role\":\"postgres\"," + aud + "}") + "." + parts[2], 401, "PGRST301"));
    list.add(new Attack("signature stripped", parts[0] + "." + parts[1] + ".", 401, "PGRST301"));
    list.add(new Attack("two parts", parts[0] + "." + parts[1], 401, "PGRST301"));
    list.add(new Attack("expired", Tokens.valid("{\"role\":\"api_data_producer\"," + aud + ",\"exp\":" + (now - 60) + "}"), 401, "PGRST303"));
    list.add(new Attack("not yet valid (nbf)", Tokens.valid("{\"role\":\"api_data_producer\"," + aud + ",\"nbf\":" + (now + 600) + "}"), 401, "PGRST303"));
    list.add(new Attack("issued in the future (iat)", Tokens.valid("{\"role\":\"api_data_producer\"," + aud + ",\"iat\":" + (now + 600) + "}"), 401, "PGRST303"));
    list.add(new Attack("wrong audience", Tokens.valid("{\"role\":\"api_data_producer\",\"aud\":\"someone-else\"}"), 401, "PGRST303"));
    list.add(new Attack("exp not a number", Tokens.valid("{\"role\":\"api_data_producer\"," + aud + ",\"exp\":\"never\"}"), 401, "PGRST303"));
    list.add(new Attack("huge token (36 kB, under the 50 KiB header limit)",
        Tokens.valid("{\"role\":\"api_data_producer\"," + aud + ",\"pad\":\"" + "A".repeat(27_000) + "\"}").replaceFirst("\\.[^.]*$", ".AAAA"),
        401, "PGRST301"));
    list.add(new Attack("role not granted to the authenticator (postgres)", Tokens.valid("{\"role\":\"postgres\"," + aud + "}"), 403, "42501"));
    list.add(new Attack("role that does not exist", Tokens.valid("{\"role\":\"nobody_here\"," + aud + "}"), 401, "22023"));
    // PostgREST counts a token for the anonymous role as anonymous: 401, not 403
    list.add(new Attack("anonymous role on a producer table", Tokens.valid("{\"role\":\"api_anon\"," + aud + "}"), 401, "42501"));
    return list;
  }

  static List<Outcome> run(Http http) {
    List<Outcome> out = new ArrayList<>();
    for (Attack a : attacks()) {
      Http.Result r = http.get("/all_trades?limit=1", Map.of("Authorization", "Bearer " + a.token()));
      List<String> code = Http.errorCodeOf(r.body());
      out.add(new Outcome(a, r.status(), code.isEmpty() ? "-" : code.get(0), Http.isErrorBody(r.body()) && !Http.leaks(r.body())));
    }
    return out;
  }
}
