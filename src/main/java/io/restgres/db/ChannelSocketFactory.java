package io.restgres.db;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.SocketChannel;
import javax.net.SocketFactory;

/**
 * The pool's sockets to PostgreSQL (pgjdbc's {@code socketFactory}): a socket channel's socket, which
 * goes back to blocking mode after a read or connect with a timeout. A plain {@link Socket} switches
 * to non-blocking mode for good at its first timed operation (pgjdbc times the connect and the
 * answer to its SSL request), and from then on every read of a reply that is not there yet costs
 * three system calls (a read that fails, a poll, the read) instead of one blocking read: two of the
 * thirteen or so system calls of a read by key, measured with strace.
 */
public final class ChannelSocketFactory extends SocketFactory {
  @Override
  public Socket createSocket() throws IOException {
    return SocketChannel.open().socket();
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    return connected(new InetSocketAddress(host, port), null);
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    return connected(new InetSocketAddress(host, port), null);
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
    return connected(new InetSocketAddress(host, port), new InetSocketAddress(localHost, localPort));
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
      throws IOException {
    return connected(new InetSocketAddress(address, port), new InetSocketAddress(localAddress, localPort));
  }

  private Socket connected(InetSocketAddress remote, InetSocketAddress local) throws IOException {
    Socket s = createSocket();
    try {
      if (local != null) {
        s.bind(local);
      }
      s.connect(remote);
      return s;
    } catch (IOException e) {
      s.close();
      throw e;
    }
  }
}
