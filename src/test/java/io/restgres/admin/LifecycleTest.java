package io.restgres.admin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LifecycleTest {
  @Test
  void drain_refusesNewRequests_waitsForThoseInFlight_bounded() throws Exception {
    Lifecycle l = new Lifecycle();
    assertTrue(l.enter());
    assertFalse(l.drain(TimeUnit.MILLISECONDS.toNanos(50)), "a request still runs");
    assertTrue(l.draining());
    assertFalse(l.enter(), "new requests are refused");
    Thread t = new Thread(() -> {
      sleep(100);
      l.leave();
    });
    t.start();
    long start = System.nanoTime();
    assertTrue(l.drain(TimeUnit.SECONDS.toNanos(5)), "the request finished");
    assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(2), "woken when it finished");
    t.join();
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void sigusr2_isTakenOnlyOnceTheJvmSuspendsWithAnotherSignal() {
    assertFalse(Lifecycle.usr2IsFree(null));
    assertFalse(Lifecycle.usr2IsFree("12"));
    assertFalse(Lifecycle.usr2IsFree("5"));
    assertFalse(Lifecycle.usr2IsFree("x"));
    assertTrue(Lifecycle.usr2IsFree("39"));
  }
}
