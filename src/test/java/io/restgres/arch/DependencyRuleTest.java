package io.restgres.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pure pipeline stages import no container or JDBC API, so they stay testable without a server
 * (STYLE.md); and nothing imports the JAX-RS layer.
 */
class DependencyRuleTest {
  private static final Path SRC = Path.of("src/main/java/io/restgres");

  @ParameterizedTest
  @ValueSource(strings = {"request", "plan", "sql", "response", "error", "schema"})
  void pureStages_importNoContainerOrJdbc(String pkg) throws IOException {
    List<String> offending = new ArrayList<>();
    try (Stream<Path> files = Files.list(SRC.resolve(pkg))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        for (String line : Files.readAllLines(f)) {
          if (line.startsWith("import jakarta.") || line.startsWith("import java.sql.Connection")
              || line.startsWith("import javax.sql") || line.startsWith("import io.restgres.api")) {
            offending.add(f.getFileName() + ": " + line);
          }
        }
      }
    }
    assertEquals(List.of(), offending);
  }
}
