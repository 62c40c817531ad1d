package io.restgres.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The package rules of STYLE.md, checked on the sources' imports and qualified names: the pure
 * stages touch no container or JDBC API, so they stay testable without a server; the pipeline
 * {@code api → request → plan → sql → db → response} only looks back, never ahead; nothing below
 * the JAX-RS layer reaches up into it.
 */
class DependencyRuleTest {
  private static final Path SRC = Path.of("src/main/java/io/restgres");
  private static final List<String> STAGES = List.of("api", "request", "plan", "sql", "db", "response");
  private static final Pattern REFERENCE = Pattern.compile("\\b(io\\.restgres\\.[a-z.]*[a-z])\\.[A-Z]\\w*");

  /** Exceptions to the stage order, each with the file that has it: none since the request stage parses bodies. */
  private static final Map<String, Set<String>> ALLOWED = Map.of();

  /** JSON-P is a library (Parsson, inside Payara and on the test classpath), not a container API. */
  @ParameterizedTest
  @ValueSource(strings = {"request", "plan", "sql", "response", "error", "json", "schema", "log"})
  void pureStages_importNoContainerOrJdbc(String pkg) throws IOException {
    boolean recurse = !pkg.equals("schema"); // schema/load is where the catalog is read over JDBC
    assertEquals(List.of(), offending(pkg, recurse, (file, name) ->
        (name.startsWith("jakarta.") && !name.startsWith("jakarta.json"))
            || name.startsWith("java.sql.Connection") || name.startsWith("javax.sql")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"request", "plan", "sql", "db", "response"})
  void stages_neverImportALaterStage(String pkg) throws IOException {
    List<String> later = STAGES.subList(STAGES.indexOf(pkg) + 1, STAGES.size());
    assertEquals(List.of(), offending(pkg, true, (file, name) ->
        later.stream().anyMatch(stage -> inPackage(name, "io.restgres." + stage))));
  }

  /**
   * The planner works on parsed requests: parsing (query, body, JSON) belongs to the request stage.
   * Quoting a string into JSON text ({@code JsonText}, for error details) is no parsing.
   */
  @Test
  void plan_parsesNothing() throws IOException {
    assertEquals(List.of(), offending("plan", true, (file, name) ->
        inPackage(name, "io.restgres.request.parse")
            || (inPackage(name, "io.restgres.json") && !name.equals("io.restgres.json.JsonText"))
            || name.startsWith("jakarta.json")));
  }

  @Test
  void nothingBelowTheJaxRsLayer_importsIt() throws IOException {
    List<String> offending = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(SRC)) {
      for (Path dir : dirs.filter(Files::isDirectory).toList()) {
        String pkg = dir.getFileName().toString();
        if (!pkg.equals("api")) {
          offending.addAll(offending(pkg, true, (file, name) -> inPackage(name, "io.restgres.api")));
        }
      }
    }
    assertEquals(List.of(), offending);
  }

  /** {@code json} is a leaf that every stage may use; in particular it knows nothing of errors. */
  @Test
  void json_importsNoOtherPackage() throws IOException {
    assertEquals(List.of(), offending("json", true, (file, name) -> name.startsWith("io.restgres.")));
  }

  private static boolean inPackage(String name, String pkg) {
    return name.equals(pkg) || name.startsWith(pkg + ".");
  }

  /** The imports and qualified names in code (not comments) of a package that break a rule. */
  private static List<String> offending(String pkg, boolean recurse, BiPredicate<String, String> breaks)
      throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = recurse ? Files.walk(SRC.resolve(pkg)) : Files.list(SRC.resolve(pkg))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        String file = SRC.relativize(f).toString().replace('\\', '/');
        for (String line : Files.readAllLines(f)) {
          for (String name : references(line)) {
            if (breaks.test(file, name) && !ALLOWED.getOrDefault(file, Set.of()).contains(name)) {
              out.add(file + ": " + name);
            }
          }
        }
      }
    }
    return out;
  }

  private static List<String> references(String line) {
    String code = line.strip();
    if (code.startsWith("package ") || code.startsWith("*") || code.startsWith("/*") || code.startsWith("//")) {
      return List.of();
    }
    if (code.startsWith("import ")) {
      return List.of(code.substring(code.startsWith("import static ") ? 14 : 7, code.length() - 1));
    }
    List<String> names = new ArrayList<>();
    Matcher m = REFERENCE.matcher(code);
    while (m.find()) {
      names.add(m.group(0));
    }
    return names;
  }
}
