package io.restgres.db;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;

class ChannelSocketFactoryTest {
  private final ChannelSocketFactory factory = new ChannelSocketFactory();

  // pgjdbc's use: an unconnected socket, a timed connect, a timed read (its SSL request), then
  // reads without a timeout
  @Test
  void aTimedReadThatTimesOutLeavesTheSocketUsable() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Socket client = factory.createSocket()) {
      client.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort()), 5_000);
      try (Socket peer = server.accept()) {
        client.setSoTimeout(20);
        InputStream in = client.getInputStream();
        assertThrows(SocketTimeoutException.class, in::read);
        client.setSoTimeout(0);
        OutputStream out = peer.getOutputStream();
        out.write(new byte[] {1, 2, 3});
        out.flush();
        byte[] got = in.readNBytes(3);
        assertArrayEquals(new byte[] {1, 2, 3}, got);
        client.getOutputStream().write(7);
        assertEquals(7, peer.getInputStream().read());
      }
    }
  }

  @Test
  void connectsByHostAndPort() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Socket client = factory.createSocket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
      assertTrue(client.isConnected());
    }
  }

  @Test
  void aRefusedConnectionFails() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    assertThrows(java.net.ConnectException.class,
        () -> factory.createSocket(InetAddress.getLoopbackAddress(), port));
  }
}
