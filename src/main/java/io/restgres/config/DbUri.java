package io.restgres.config;

import io.restgres.request.parse.PercentDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * A libpq connection string ({@code db-uri}) as PostgREST takes it: a URI
 * {@code postgres://user:password@host:port/db?param=value} with percent-encoded parts, or
 * {@code key=value} pairs. Converted to a pgjdbc URL plus properties, so that the password never has
 * to appear in a URL or a configuration file.
 *
 * @param hosts {@code host:port} entries (libpq allows several)
 */
public record DbUri(List<String> hosts, String database, String user, String password, Map<String, String> params) {
  private static final Map<String, String> JDBC_NAMES =
      Map.of(
          "sslmode", "sslmode",
          "application_name", "ApplicationName",
          "fallback_application_name", "ApplicationName",
          "connect_timeout", "connectTimeout",
          "target_session_attrs", "targetServerType",
          "options", "options",
          "sslrootcert", "sslrootcert",
          "sslcert", "sslcert",
          "sslkey", "sslkey");

  public DbUri {
    hosts = List.copyOf(hosts);
    params = Map.copyOf(params);
  }

  /**
   * {@code PGRST_DB_URI} from the environment, parsed on first use. The pool's DataSource and the
   * NOTIFY listener both connect with it. A static holder rather than the application's {@link
   * AppConfig}: the container instantiates the DataSource itself, possibly before the application
   * has started, so this is the one place both read the variable and parse it.
   */
  public static DbUri environment() {
    return Environment.URI;
  }

  /** Whether the environment has {@code PGRST_DB_URI}; without it, {@link #environment()} is libpq's defaults. */
  public static boolean inEnvironment() {
    return Environment.SET;
  }

  // initialization-on-demand holder: parsed once, when first asked for, by the class loader's lock
  private static final class Environment {
    static final boolean SET = !Optional.ofNullable(System.getenv("PGRST_DB_URI")).orElse("").isBlank();
    static final DbUri URI = parse(
        Optional.ofNullable(System.getenv("PGRST_DB_URI")).filter(s -> !s.isBlank()).orElse("postgresql://"),
        System.getenv());
  }

  /** Parses a URI or key/value string; missing parts default as libpq does, from PG* variables. */
  public static DbUri parse(String s, Map<String, String> env) {
    String t = s.trim();
    Map<String, String> kv = t.startsWith("postgres://") || t.startsWith("postgresql://") ? uri(t) : keyValues(t);
    String port = kv.getOrDefault("port", env.getOrDefault("PGPORT", "5432"));
    String host = kv.getOrDefault("host", env.getOrDefault("PGHOST", "localhost"));
    String user = kv.getOrDefault("user", env.getOrDefault("PGUSER", System.getProperty("user.name", "postgres")));
    List<String> hosts = hostList(host, port);
    Map<String, String> params = new LinkedHashMap<>(kv);
    List.of("host", "port", "user", "password", "dbname").forEach(params::remove);
    return new DbUri(
        hosts,
        kv.getOrDefault("dbname", env.getOrDefault("PGDATABASE", user)),
        user,
        kv.getOrDefault("password", env.get("PGPASSWORD")),
        params);
  }

  private static List<String> hostList(String host, String port) {
    String[] hs = host.split(",");
    String[] ps = port.split(",");
    String[] out = new String[hs.length];
    for (int i = 0; i < hs.length; i++) {
      String h = hs[i].trim();
      String p = ps[Math.min(i, ps.length - 1)].trim();
      out[i] = h.contains(":") && !h.startsWith("[") && h.chars().filter(ch -> ch == ':').count() == 1 ? h : h + ":" + p;
    }
    return List.of(out);
  }

  /** {@code jdbc:postgresql://host:port,host2:port/db}; credentials go in {@link #properties()}. */
  public String jdbcUrl() {
    return "jdbc:postgresql://" + String.join(",", hosts) + "/" + encode(database);
  }

  public Properties properties() {
    Properties p = new Properties();
    p.setProperty("user", user);
    if (password != null) {
      p.setProperty("password", password);
    }
    p.setProperty("ApplicationName", "Restgres");
    params.forEach((k, v) -> {
      String name = JDBC_NAMES.get(k);
      if (name != null) {
        p.setProperty(name, k.equals("target_session_attrs") ? targetServerType(v) : v);
      }
    });
    return p;
  }

  private static String targetServerType(String v) {
    return switch (v) {
      case "read-write" -> "primary";
      case "read-only" -> "secondary";
      default -> "any";
    };
  }

  // URI := scheme "://" [userinfo "@"] [hostspec] ["/" dbname] ["?" params]
  private static Map<String, String> uri(String s) {
    Map<String, String> kv = new LinkedHashMap<>();
    String rest = s.substring(s.indexOf("://") + 3);
    int q = rest.indexOf('?');
    if (q >= 0) {
      for (String pair : rest.substring(q + 1).split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          kv.put(PercentDecoder.decodeUri(pair.substring(0, eq)),
              PercentDecoder.decodeUri(pair.substring(eq + 1)));
        }
      }
      rest = rest.substring(0, q);
    }
    int slash = rest.indexOf('/');
    if (slash >= 0) {
      String db = PercentDecoder.decodeUri(rest.substring(slash + 1));
      if (!db.isEmpty()) {
        kv.put("dbname", db);
      }
      rest = rest.substring(0, slash);
    }
    int at = rest.lastIndexOf('@');
    if (at >= 0) {
      String userinfo = rest.substring(0, at);
      int colon = userinfo.indexOf(':');
      kv.put("user", PercentDecoder.decodeUri(colon < 0 ? userinfo : userinfo.substring(0, colon)));
      if (colon >= 0) {
        kv.put("password", PercentDecoder.decodeUri(userinfo.substring(colon + 1)));
      }
      rest = rest.substring(at + 1);
    }
    hostAndPort(rest, kv);
    return kv;
  }

  private static void hostAndPort(String hostspec, Map<String, String> kv) {
    if (hostspec.isEmpty()) {
      return;
    }
    if (hostspec.contains(",")) {
      kv.put("host", PercentDecoder.decodeUri(hostspec));
      return;
    }
    int colon = hostspec.lastIndexOf(':');
    if (colon > 0 && hostspec.indexOf(']') < colon) {
      kv.put("port", hostspec.substring(colon + 1));
      hostspec = hostspec.substring(0, colon);
    }
    kv.put("host", PercentDecoder.decodeUri(hostspec));
  }

  // key=value pairs; values may be single-quoted with \' and \\ escapes
  private static Map<String, String> keyValues(String s) {
    Map<String, String> kv = new LinkedHashMap<>();
    int i = 0;
    while (i < s.length()) {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      int eq = s.indexOf('=', i);
      if (eq < 0) {
        if (i < s.length()) {
          throw new ConfigException("db-uri is neither a postgres:// URI nor key=value pairs");
        }
        break;
      }
      String key = s.substring(i, eq).trim();
      StringBuilder v = new StringBuilder();
      i = eq + 1;
      while (i < s.length() && s.charAt(i) == ' ') {
        i++;
      }
      boolean quoted = i < s.length() && s.charAt(i) == '\'';
      if (quoted) {
        i++;
      }
      while (i < s.length() && (quoted ? s.charAt(i) != '\'' : !Character.isWhitespace(s.charAt(i)))) {
        if (s.charAt(i) == '\\' && i + 1 < s.length()) {
          i++;
        }
        v.append(s.charAt(i++));
      }
      if (quoted) {
        i++;
      }
      kv.put(key, v.toString());
    }
    return kv;
  }

  private static String encode(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Override
  public String toString() {
    return "DbUri" + hosts + "/" + database + " as " + user;
  }
}
