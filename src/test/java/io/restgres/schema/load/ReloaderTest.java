package io.restgres.schema.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The reloader's lifecycle, with delays of milliseconds where the server waits seconds. */
class ReloaderTest {
  private final List<Long> attempts = new ArrayList<>();
  private final AtomicInteger configs = new AtomicInteger();
  private Thread thread;
  private Reloader reloader;

  /** A schema-cache load that fails the given number of times, then succeeds. */
  private Reloader start(int failures, long firstDelayMs, long maxDelayMs) {
    AtomicInteger left = new AtomicInteger(failures);
    reloader = new Reloader(() -> {
      synchronized (attempts) {
        attempts.add(System.nanoTime());
        attempts.notifyAll();
      }
      return left.getAndDecrement() <= 0;
    }, configs::incrementAndGet, firstDelayMs, maxDelayMs);
    return reloader;
  }

  private void runInBackground() {
    thread = new Thread(reloader, "reloader-test");
    thread.setDaemon(true);
    thread.start();
  }

  private void awaitAttempts(int n) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 10_000;
    synchronized (attempts) {
      while (attempts.size() < n && System.currentTimeMillis() < deadline) {
        attempts.wait(100);
      }
    }
    assertEquals(n, attempts.size(), "attempts");
  }

  @AfterEach
  void stop() throws InterruptedException {
    reloader.stop();
    if (thread != null) {
      thread.join(5000);
      assertFalse(thread.isAlive(), "stop() ends the thread");
    }
  }

  @Test
  void failedFirstLoad_isRetriedWithDoublingDelays_untilItSucceeds() throws InterruptedException {
    // the delays asked for, as logged: exact whatever the machine's load (the gaps only bound them)
    List<String> retries = new java.util.concurrent.CopyOnWriteArrayList<>();
    java.util.logging.Logger log = java.util.logging.Logger.getLogger(Reloader.class.getName());
    java.util.logging.Handler handler = new java.util.logging.Handler() {
      @Override
      public void publish(java.util.logging.LogRecord r) {
        if (r.getMessage().startsWith("Retrying")) {
          retries.add(r.getMessage());
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    log.addHandler(handler);
    try {
      start(4, 40, 100);
      assertFalse(reloader.loadFirst());
      runInBackground();
      awaitAttempts(5);
    } finally {
      log.removeHandler(handler);
    }
    long[] gaps = new long[4];
    for (int i = 0; i < 4; i++) {
      gaps[i] = (attempts.get(i + 1) - attempts.get(i)) / 1_000_000;
    }
    assertTrue(gaps[0] >= 40 && gaps[1] >= 80 && gaps[2] >= 100 && gaps[3] >= 100, java.util.Arrays.toString(gaps));
    // 40, 80, then capped at 100
    assertEquals(List.of("40 ms", "80 ms", "100 ms", "100 ms"),
        retries.stream().map(m -> m.substring(m.lastIndexOf(" in ") + 4)).toList());
    Thread.sleep(300);
    assertEquals(5, attempts.size(), "no load after the successful one");
  }

  @Test
  void successfulFirstLoad_waitsForRequests() throws InterruptedException {
    start(0, 10, 10);
    assertTrue(reloader.loadFirst());
    runInBackground();
    Thread.sleep(200);
    assertEquals(1, attempts.size());
  }

  @Test
  void requestsArrivingTogether_areAnsweredByOneLoad() throws InterruptedException {
    start(0, 10, 10);
    reloader.loadFirst();
    runInBackground();
    for (int i = 0; i < 5; i++) {
      reloader.requestSchemaCache();
      reloader.requestConfig();
    }
    awaitAttempts(2);
    Thread.sleep(300);
    assertEquals(2, attempts.size());
    assertEquals(0, configs.get(), "the schema-cache load reads the configuration too");
  }

  @Test
  void reloadConfig_reloadsTheConfigurationAlone() throws InterruptedException {
    start(0, 10, 10);
    reloader.loadFirst();
    runInBackground();
    reloader.requestConfig();
    long deadline = System.currentTimeMillis() + 5000;
    while (configs.get() == 0 && System.currentTimeMillis() < deadline) {
      Thread.sleep(20);
    }
    assertEquals(1, configs.get());
    assertEquals(1, attempts.size());
  }

  @Test
  void failedReload_isRetriedWithoutAnotherNotify() throws InterruptedException {
    AtomicInteger calls = new AtomicInteger();
    reloader = new Reloader(() -> {
      synchronized (attempts) {
        attempts.add(System.nanoTime());
        attempts.notifyAll();
      }
      int n = calls.incrementAndGet();
      return n != 2 && n != 3; // the first load works, the reload fails twice
    }, configs::incrementAndGet, 20, 20);
    assertTrue(reloader.loadFirst());
    runInBackground();
    reloader.requestSchemaCache();
    awaitAttempts(4);
  }

  @Test
  void stop_endsTheRetries() throws InterruptedException {
    start(Integer.MAX_VALUE, 60_000, 60_000);
    reloader.loadFirst();
    runInBackground();
    Thread.sleep(100);
    // @AfterEach stops it and checks that the thread ends well before the minute of backoff
  }
}
