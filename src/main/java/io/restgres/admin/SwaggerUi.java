package io.restgres.admin;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The admin server's {@code /swagger-ui/}: Swagger UI's files, unpacked from its webjar into the
 * class path at build time ({@code swagger-ui/} in the WAR's classes, never a web resource of the
 * API), with an index page of our own that loads {@code /openapi}.
 */
final class SwaggerUi {
  static final String PREFIX = "/swagger-ui/";

  private static final Pattern FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8",
      "js", "text/javascript; charset=utf-8",
      "css", "text/css; charset=utf-8",
      "png", "image/png",
      "txt", "text/plain; charset=utf-8");

  /** A file of the UI and its content type. */
  record Asset(String contentType, byte[] body) {}

  private SwaggerUi() {}

  /** The file at {@code path} (which starts with {@link #PREFIX}), if the UI has it. */
  static Optional<Asset> asset(String path) throws IOException {
    String name = path.substring(PREFIX.length());
    if (name.isEmpty()) {
      name = "index.html";
    }
    int dot = name.lastIndexOf('.');
    String type = dot < 0 ? null : TYPES.get(name.substring(dot + 1));
    if (!FILE.matcher(name).matches() || type == null) {
      return Optional.empty();
    }
    try (InputStream in = SwaggerUi.class.getResourceAsStream("/swagger-ui/" + name)) {
      return in == null ? Optional.empty() : Optional.of(new Asset(type, in.readAllBytes()));
    }
  }
}
