package io.restgres.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class DbOutageTest {
  @Test
  void outage_logsOneLinePerStateChange() {
    List<String> lines = new ArrayList<>();
    Handler h = new Handler() {
      @Override
      public void publish(LogRecord r) {
        lines.add(r.getLevel() + " " + r.getMessage());
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Logger log = Logger.getLogger(DbOutage.class.getName());
    log.addHandler(h);
    try {
      DbOutage.reachable();
      for (int i = 0; i < 100; i++) {
        DbOutage.unreachable(new SQLException("Connection refused", "08001"));
      }
      DbOutage.reachable();
      DbOutage.reachable();
      assertEquals(List.of("WARNING Database connection lost: Connection refused", "INFO Database connection restored"), lines);
    } finally {
      log.removeHandler(h);
    }
  }
}
