package io.restgres.db;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A response body as it is collected from the database: in memory up to a threshold, past it in an
 * anonymous temporary file, so that a result of any size costs the heap at most the threshold. The
 * whole body is collected before the response starts, so its status, headers and length are known
 * before the first byte and a database error can never cut a body short.
 *
 * <p>Not thread-safe: one request collects it, then one writer sends it and closes it.
 */
public final class ResultBody implements AutoCloseable {
  /** Bytes held in memory before a body moves to a file. */
  public static final int MEMORY_THRESHOLD = 1 << 20;

  private static final ResultBody EMPTY = new ResultBody(new byte[0]);

  private byte[] bytes;
  private ByteArrayOutputStream memory;
  private FileChannel file;
  private long size;

  private ResultBody(byte[] bytes) {
    this.bytes = bytes;
    this.size = bytes.length;
  }

  private ResultBody() {
    this.memory = new ByteArrayOutputStream(256);
  }

  /** A body already whole. */
  public static ResultBody of(byte[] bytes) {
    return bytes == null || bytes.length == 0 ? EMPTY : new ResultBody(bytes);
  }

  /** An empty body to append to. */
  static ResultBody collecting() {
    return new ResultBody();
  }

  void append(byte[] chunk) {
    try {
      if (file != null) {
        writeFully(ByteBuffer.wrap(chunk));
      } else if (memory.size() + chunk.length <= MEMORY_THRESHOLD) {
        memory.write(chunk, 0, chunk.length);
      } else {
        spill();
        writeFully(ByteBuffer.wrap(chunk));
      }
      size += chunk.length;
    } catch (IOException e) {
      close();
      throw new UncheckedIOException("cannot buffer the response body", e);
    }
  }

  // The file is unlinked as soon as it is open (DELETE_ON_CLOSE on POSIX): nothing is left behind,
  // even if the process dies.
  private void spill() throws IOException {
    Path path = Files.createTempFile("restgres-body-", ".tmp");
    file = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE,
        StandardOpenOption.DELETE_ON_CLOSE);
    writeFully(ByteBuffer.wrap(memory.toByteArray()));
    memory = null;
  }

  private void writeFully(ByteBuffer b) throws IOException {
    while (b.hasRemaining()) {
      file.write(b);
    }
  }

  public long size() {
    return size;
  }

  public boolean isEmpty() {
    return size == 0;
  }

  /** Whether the body is in memory, where {@link #bytes()} can hand it over. */
  public boolean inMemory() {
    return file == null;
  }

  /** The whole body; only for a body {@link #inMemory() in memory}. */
  public byte[] bytes() {
    if (file != null) {
      throw new IllegalStateException("the body is in a file");
    }
    if (bytes == null) {
      bytes = memory.toByteArray();
      memory = null;
    }
    return bytes;
  }

  /** Sends the whole body; a file is read from its start. */
  public void writeTo(OutputStream out) throws IOException {
    if (file == null) {
      out.write(bytes());
      return;
    }
    file.position(0);
    file.transferTo(0, size, Channels.newChannel(out));
  }

  @Override
  public void close() {
    if (file != null) {
      try {
        file.close();
      } catch (IOException ignored) {
        // the file is unlinked already; closing only frees the descriptor
      }
    }
  }
}
