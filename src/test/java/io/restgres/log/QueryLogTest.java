package io.restgres.log;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restgres.config.LogLevel;
import io.restgres.sql.MainQuery;
import io.restgres.sql.Sql;
import io.restgres.sql.TxStatements;
import java.util.List;
import java.util.Optional;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/** log-query: a request's statements, logged at the request's status when log-level logs it. */
class QueryLogTest {
  private static final TxStatements TX =
      new TxStatements(Optional.empty(), Sql.value("x"), Optional.empty(), true, false);
  private static final MainQuery MAIN = MainQuery.openApi("api");

  @Test
  void write_logsTheStatementsWithPlaceholders_whenTheLevelLogsTheStatus() {
    QueryLog log = new QueryLog(LogLevel.WARN);
    log.add(TX, MAIN);
    assertEquals(List.of(), RequestLogTest.capture(() -> log.write(200)));
    List<LogRecord> lines = RequestLogTest.capture(() -> log.write(500));
    assertEquals(List.of("?", MAIN.sql().text().replace('\n', ' ')),
        lines.stream().map(LogRecord::getMessage).toList());
  }

  @Test
  void off_recordsNothing() {
    QueryLog.OFF.add(TX, MAIN);
    assertEquals(List.of(), RequestLogTest.capture(() -> QueryLog.OFF.write(500)));
  }
}
