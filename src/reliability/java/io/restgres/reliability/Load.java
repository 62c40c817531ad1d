package io.restgres.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;

/** Threads that repeat a task until stopped: the load under which the faults happen. */
final class Load implements AutoCloseable {
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final List<Thread> threads = new ArrayList<>();

  /** Starts {@code n} threads, each calling {@code task} with its number until {@link #close}. */
  static Load start(int n, IntConsumer task) {
    Load load = new Load();
    for (int i = 0; i < n; i++) {
      int id = i;
      Thread t = new Thread(() -> {
        while (load.running.get()) {
          task.accept(id);
        }
      }, "load-" + i);
      t.setDaemon(true);
      load.threads.add(t);
      t.start();
    }
    return load;
  }

  @Override
  public void close() throws InterruptedException {
    running.set(false);
    for (Thread t : threads) {
      t.join(60_000);
    }
  }
}
