package io.restgres.launcher;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends the freshly started server {@link #REQUESTS} ordinary reads (or fewer, when the time budget
 * ends first) before the launcher reports it ready, so that the JIT has compiled the request path
 * (HTTP, JAX-RS, parse, plan, SQL, JDBC, response) by the time clients arrive: HotSpot compiles a
 * method with C2 only after some ten thousand calls, and Payara's request path is long, so without
 * this the first 10 s of load ran at about a third of the warm rate.
 *
 * <p>The reads ({@link WarmUpTargets}) go over keep-alive HTTP/1.1 on plain sockets, so that the
 * client takes little of the CPU the server and its compiler threads need, and look like clients'
 * requests: the Host header names the port, by name on half the connections and as the address on
 * the others, and some ask for JSON by Accept. Code that the warm-up never ran is compiled on the
 * assumption that it never runs, and the first client to run it sends the method back to the
 * interpreter: with {@code Host: localhost} alone and only reads of no rows, C2 still took a quarter
 * of the server's CPU in the first 10 s of load.
 */
final class WarmUp {
  /**
   * About what HotSpot needs to have compiled the hot path with C2 on a 2-core machine, where the
   * default 30 s budget ends after some 70,000 of them: 40,000 left the first 10 s of load at 0.68
   * of the warm rate once a read cost one round trip.
   */
  static final int REQUESTS = 80_000;
  private static final int CONNECTIONS = 4;

  private WarmUp() {}

  /** Reads until {@code requests} were answered or {@code budget} has passed; returns how many were. */
  static int run(String host, int port, Duration budget, int requests) throws InterruptedException {
    List<String> targets = targets(host, port);
    long end = System.nanoTime() + budget.toNanos();
    AtomicInteger sent = new AtomicInteger();
    AtomicInteger answered = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < CONNECTIONS; i++) {
      int first = i;
      Thread t = new Thread(() -> {
        Client client = null;
        try {
          for (int n = first; System.nanoTime() < end && sent.getAndIncrement() < requests; n++) {
            if (client == null) {
              client = new Client(host, port, first);
            }
            if (client.get(targets.get(n % targets.size())) >= 500) {
              return; // the server is failing: warming it up is not the launcher's problem to solve
            }
            answered.incrementAndGet();
            if (!client.keptAlive()) {
              // the server closed the connection (a keep-alive maximum, or a draining server)
              client.close();
              client = null;
            }
          }
        } catch (IOException e) {
          // the server went away: stop warming up
        } finally {
          closeQuietly(client);
        }
      }, "restgres-warm-up-" + i);
      t.setDaemon(true);
      t.start();
      threads.add(t);
    }
    for (Thread t : threads) {
      t.join(budget.toMillis() + 10_000);
    }
    return answered.get();
  }

  private static void closeQuietly(Client client) {
    try {
      if (client != null) {
        client.close();
      }
    } catch (IOException ignored) {
      // closing a socket the server has closed already
    }
  }

  private static List<String> targets(String host, int port) {
    return WarmUpTargets.choose(get(host, port, "/").orElse(""), target -> get(host, port, target));
  }

  private static Optional<String> get(String host, int port, String target) {
    try (Client client = new Client(host, port, 0)) {
      return client.getBody(target);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** One keep-alive HTTP/1.1 connection: a request, then its whole response, sized or chunked. */
  private static final class Client implements AutoCloseable {
    private Socket socket = new Socket();
    private final String headers;
    private final InputStream in;
    private final OutputStream out;
    private boolean keptAlive = true;

    /** {@code variant} picks the Host header's form (odd: the address) and the Accept header. */
    Client(String host, int port, int variant) throws IOException {
      connect(host, port);
      InetAddress a = socket.getInetAddress();
      String address = a instanceof Inet6Address ? "[" + a.getHostAddress() + "]" : a.getHostAddress();
      String accept = List.of("", "Accept: application/json\r\n", "Accept: */*\r\n").get(variant % 3);
      headers = "Host: " + (variant % 2 == 0 ? host : address) + ":" + port + "\r\n" + accept;
      socket.setSoTimeout(10_000);
      socket.setTcpNoDelay(true);
      in = new BufferedInputStream(socket.getInputStream());
      out = socket.getOutputStream();
    }

    // "localhost" may name ::1 and 127.0.0.1, and the server may listen on one of them only
    private void connect(String host, int port) throws IOException {
      IOException failed = null;
      for (InetAddress a : InetAddress.getAllByName(host)) {
        try {
          socket.connect(new InetSocketAddress(a, port), 2_000);
          return;
        } catch (IOException e) {
          failed = e;
          socket.close();
          socket = new Socket(); // a socket whose connect failed cannot connect again
        }
      }
      throw failed != null ? failed : new IOException("no address for " + host);
    }

    /** Whether the server keeps the connection open after the last response. */
    boolean keptAlive() {
      return keptAlive;
    }

    /** The status, the body read and dropped. */
    int get(String target) throws IOException {
      return exchange(target, null);
    }

    Optional<String> getBody(String target) throws IOException {
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      return exchange(target, body) == 200 ? Optional.of(body.toString(StandardCharsets.UTF_8)) : Optional.empty();
    }

    private int exchange(String target, ByteArrayOutputStream body) throws IOException {
      out.write(("GET " + target + " HTTP/1.1\r\n" + headers + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String statusLine = line();
      int status = Integer.parseInt(statusLine.split(" ", 3)[1]);
      long length = 0;
      boolean chunked = false;
      for (String h = line(); !h.isEmpty(); h = line()) {
        String lower = h.toLowerCase(Locale.ROOT);
        if (lower.startsWith("content-length:")) {
          length = Long.parseLong(lower.substring(15).strip());
        } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
          chunked = true;
        } else if (lower.startsWith("connection:") && lower.contains("close")) {
          keptAlive = false;
        }
      }
      if (!chunked) {
        copy(length, body);
        return status;
      }
      for (long size = chunkSize(); size > 0; size = chunkSize()) {
        copy(size, body);
        line();
      }
      while (!line().isEmpty()) {
        // trailer fields
      }
      return status;
    }

    private long chunkSize() throws IOException {
      String s = line();
      int ext = s.indexOf(';');
      return Long.parseLong((ext < 0 ? s : s.substring(0, ext)).strip(), 16);
    }

    private void copy(long n, ByteArrayOutputStream to) throws IOException {
      byte[] buf = new byte[8192];
      while (n > 0) {
        int r = in.read(buf, 0, (int) Math.min(buf.length, n));
        if (r < 0) {
          throw new IOException("connection closed mid-body");
        }
        if (to != null) {
          to.write(buf, 0, r);
        }
        n -= r;
      }
    }

    private String line() throws IOException {
      StringBuilder b = new StringBuilder();
      for (int c = in.read(); c != '\n'; c = in.read()) {
        if (c < 0) {
          throw new IOException("connection closed");
        }
        if (c != '\r') {
          b.append((char) c);
        }
      }
      return b.toString();
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
