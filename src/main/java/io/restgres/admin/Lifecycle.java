package io.restgres.admin;

import io.restgres.config.ApplicationSingleton;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Logger;
import sun.misc.Signal;

/**
 * The server process's signals, as PostgREST's ({@code Unix.hs}): SIGTERM and SIGINT stop it
 * gracefully, SIGUSR1 reloads the schema cache ({@code NOTIFY pgrst, 'reload schema'}), SIGUSR2 the
 * configuration ({@code 'reload config'}). A graceful stop turns {@code /ready} to 503 at once,
 * answers new requests with 503 and {@code Connection: close} ({@link DrainFilter}), lets the
 * requests in flight finish for at most {@link #DRAIN_SECONDS}, and only then runs the JVM's
 * shutdown, in which Payara Micro stops: its own shutdown hook would otherwise close the HTTP
 * listener under the requests in flight. The same signal a second time stops at once.
 */
@ApplicationSingleton
public class Lifecycle {
  /** The longest a graceful stop waits for requests: under Kubernetes' default grace of 30 s. */
  static final int DRAIN_SECONDS = 20;
  private static final Logger LOG = Logger.getLogger(Lifecycle.class.getName());

  private final AtomicInteger inFlight = new AtomicInteger();
  private final Object idle = new Object();
  private volatile boolean draining;
  private volatile String stoppedBy;

  /** Takes over the signals; the reload actions run on the signal's thread and must not block. */
  public void install(Runnable reloadSchemaCache, Runnable reloadConfig) {
    handle("TERM", this::stop);
    handle("INT", this::stop);
    handle("USR1", s -> {
      LOG.info("SIGUSR1: reloading the schema cache");
      reloadSchemaCache.run();
    });
    if (usr2IsFree(System.getenv("_JAVA_SR_SIGNUM"))) {
      handle("USR2", s -> {
        LOG.info("SIGUSR2: reloading the configuration");
        reloadConfig.run();
      });
    } else {
      LOG.info("SIGUSR2 stays the JVM's thread-suspend signal (set _JAVA_SR_SIGNUM=39 to reload the"
          + " configuration on it); NOTIFY pgrst, 'reload config' reloads it");
    }
  }

  /**
   * HotSpot on Linux suspends threads with SIGUSR2 (JFR's sampler, for one) unless {@code
   * _JAVA_SR_SIGNUM} names another signal; a Java handler on it would take those signals, reload
   * the configuration at every sample and leave the sampler without samples.
   */
  static boolean usr2IsFree(String srSignum) {
    if (srSignum == null) {
      return false;
    }
    try {
      int n = Integer.parseInt(srSignum.trim());
      return n > 11 && n < 65 && n != 12; // the range HotSpot accepts; 12 is SIGUSR2
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** Whether a graceful stop has begun. */
  public boolean draining() {
    return draining;
  }

  /** A request begins; false (not counted) once the server is stopping. */
  boolean enter() {
    inFlight.incrementAndGet();
    if (draining) {
      leave();
      return false;
    }
    return true;
  }

  void leave() {
    if (inFlight.decrementAndGet() == 0 && draining) {
      synchronized (idle) {
        idle.notifyAll();
      }
    }
  }

  private void stop(Signal s) {
    int status = 128 + s.getNumber();
    if (draining) {
      // Ctrl-C twice stops at once; the launcher's SIGTERM after the terminal's SIGINT does not
      if (s.getName().equals(stoppedBy)) {
        LOG.info(() -> "SIG" + s.getName() + " again: stopping now");
        exit(status);
      }
      return;
    }
    stoppedBy = s.getName();
    LOG.info(() -> "SIG" + s.getName() + ": finishing " + inFlight.get() + " request(s) in flight (at most "
        + DRAIN_SECONDS + " s), then stopping");
    Thread t = new Thread(() -> {
      boolean done = drain(TimeUnit.SECONDS.toNanos(DRAIN_SECONDS));
      LOG.info(() -> done ? "Requests finished; stopping" : "Stopping with " + inFlight.get() + " request(s) unfinished");
      System.exit(status);
    }, "restgres-drain");
    t.setDaemon(true);
    t.start();
  }

  /**
   * Refuses new requests from now on and waits for those in flight, at most {@code nanos}; whether
   * they all finished. Counts are read under the monitor leave() notifies, so that the last request
   * cannot finish between the check and the wait unseen.
   */
  boolean drain(long nanos) {
    draining = true;
    long deadline = System.nanoTime() + nanos;
    synchronized (idle) {
      while (inFlight.get() > 0) {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
          return false;
        }
        try {
          idle.wait(left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
      return true;
    }
  }

  private static void exit(int status) {
    new Thread(() -> System.exit(status), "restgres-exit").start();
  }

  private static void handle(String name, Consumer<Signal> action) {
    try {
      Signal.handle(new Signal(name), action::accept);
    } catch (IllegalArgumentException e) {
      // the JVM keeps this signal (-Xrs, or a platform without it): its default stays
      LOG.warning("Cannot handle SIG" + name + ": " + e.getMessage());
    }
  }
}
