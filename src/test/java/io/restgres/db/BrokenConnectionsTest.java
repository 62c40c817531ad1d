package io.restgres.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BrokenConnectionsTest {
  @ParameterizedTest
  @CsvSource({
    "08003, true", // the driver's "This connection has been closed."
    "08006, true", // I/O error
    "57P01, true", // terminating connection due to administrator command
    "57P02, true",
    "57P03, true", // the database system is starting up
    "57014, false", // statement timeout: the connection is fine
    "23505, false",
    "42501, false",
  })
  void isBroken_bySqlState(String state, boolean broken) {
    assertEquals(broken, BrokenConnections.isBroken(new SQLException("x", state)));
  }

  @ParameterizedTest
  @CsvSource({"08006, true", "22P02, false"})
  void isBroken_looksAtCauses(String state, boolean broken) {
    assertEquals(broken, BrokenConnections.isBroken(new SQLException("outer", null, new SQLException("x", state))));
  }
}
