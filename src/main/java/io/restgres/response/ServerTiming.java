package io.restgres.response;

/**
 * The {@code Server-Timing} header of {@code server-timing-enabled} (PostgREST's {@code
 * Response/Performance.hs}): how long each stage of a request took, in milliseconds with one
 * decimal, {@code jwt;dur=0.4, parse;dur=0.5, plan;dur=0.1, transaction;dur=2.2, response;dur=0.3}.
 * A request's recorder is created by the first stage (authentication) only when the setting is on;
 * otherwise every stage gets {@link #OFF}, which reads no clock.
 */
public final class ServerTiming {
  /** The request attribute under which authentication leaves a request's recorder. */
  public static final String ATTRIBUTE = "io.restgres.server-timing";

  /** The recorder of every request while the setting is off: it records nothing. */
  public static final ServerTiming OFF = new ServerTiming(new long[0]);

  /** The stages, in the header's order. */
  public enum Phase { JWT, PARSE, PLAN, TRANSACTION, RESPONSE }

  private static final String[] NAMES = {"jwt", "parse", "plan", "transaction", "response"};

  private final long[] nanos;

  private ServerTiming(long[] nanos) {
    this.nanos = nanos;
  }

  /** A recorder for one request. */
  public static ServerTiming start() {
    return new ServerTiming(new long[NAMES.length]);
  }

  public boolean isOn() {
    return nanos.length > 0;
  }

  /** The clock to measure a stage from ({@link System#nanoTime}), or 0 when off. */
  public long now() {
    return isOn() ? System.nanoTime() : 0L;
  }

  /** Adds the time since {@code since} to a stage and returns the clock, for the next stage. */
  public long lap(Phase phase, long since) {
    if (!isOn()) {
      return 0L;
    }
    long now = System.nanoTime();
    nanos[phase.ordinal()] += now - since;
    return now;
  }

  /** A result with this request's {@code Server-Timing} header, or the result itself when off. */
  public HttpResult addTo(HttpResult result) {
    return isOn() ? result.withHeader("Server-Timing", header()) : result;
  }

  /** The header's value: every stage, in order. */
  public String header() {
    StringBuilder b = new StringBuilder(96);
    for (int i = 0; i < NAMES.length; i++) {
      if (i > 0) {
        b.append(", ");
      }
      b.append(NAMES[i]).append(";dur=");
      millis(b, nanos[i]);
    }
    return b.toString();
  }

  // Haskell's showFFloat (Just 1) of milliseconds: one decimal, rounded half up, never an exponent
  static void millis(StringBuilder b, long nanos) {
    long tenths = (Math.max(nanos, 0L) + 50_000L) / 100_000L;
    b.append(tenths / 10).append('.').append(tenths % 10);
  }
}
