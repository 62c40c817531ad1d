package io.restgres.db;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A response body as it is collected from the database: in memory up to a threshold, past it in an
 * anonymous temporary file, so that a result of any size costs the heap at most the threshold. The
 * whole body is collected before the response starts, so its status, headers and length are known
 * before the first byte and a database error can never cut a body short.
 *
 * <p>In memory, rows are copied into segments that double from 4 KiB up to 64 KiB instead of one
 * array that doubles: a growing array is copied at every step and ends as one large object, which
 * the young generation's survivor space cannot hold while a few such bodies are in flight, so
 * they were promoted and grew the old generation (README, "Memory footprint").
 *
 * <p>Not thread-safe: one request collects it, then one writer sends it and closes it.
 */
public final class ResultBody implements AutoCloseable {
  /** Bytes held in memory before a body moves to a file. */
  public static final int MEMORY_THRESHOLD = 1 << 20;

  private static final int FIRST_SEGMENT = 4 << 10;
  private static final int LAST_SEGMENT = 64 << 10;
  private static final ResultBody EMPTY = new ResultBody(new byte[0]);

  /** The body in one array: given whole, or joined by {@link #bytes()}. */
  private byte[] bytes;
  /** Filled segments, then {@link #segment} filled up to {@link #used}. */
  private List<byte[]> segments;
  private byte[] segment;
  private int used;
  private FileChannel file;
  private long size;

  private ResultBody(byte[] bytes) {
    this.bytes = bytes;
    this.size = bytes.length;
  }

  private ResultBody() {
    this.segments = new ArrayList<>();
    this.segment = new byte[FIRST_SEGMENT];
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
      } else if (size + chunk.length <= MEMORY_THRESHOLD) {
        copyIn(chunk);
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

  private void copyIn(byte[] chunk) {
    int from = 0;
    while (from < chunk.length) {
      if (used == segment.length) {
        segments.add(segment);
        segment = new byte[Math.min(segment.length * 2, LAST_SEGMENT)];
        used = 0;
      }
      int n = Math.min(chunk.length - from, segment.length - used);
      System.arraycopy(chunk, from, segment, used, n);
      used += n;
      from += n;
    }
  }

  // The file is unlinked as soon as it is open (DELETE_ON_CLOSE on POSIX): nothing is left behind,
  // even if the process dies.
  private void spill() throws IOException {
    Path path = Files.createTempFile("restgres-body-", ".tmp");
    file = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE,
        StandardOpenOption.DELETE_ON_CLOSE);
    for (byte[] s : segments) {
      writeFully(ByteBuffer.wrap(s));
    }
    writeFully(ByteBuffer.wrap(segment, 0, used));
    segments = null;
    segment = null;
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

  /** Whether {@link #bytes()} is cheap: the body is one array, or one segment of at most 4 KiB. */
  public boolean inOneArray() {
    return bytes != null || (file == null && segments.isEmpty());
  }

  /** The whole body in one array; only for a body {@link #inMemory() in memory}. */
  public byte[] bytes() {
    if (file != null) {
      throw new IllegalStateException("the body is in a file");
    }
    if (bytes == null) {
      bytes = new byte[(int) size];
      int at = 0;
      for (byte[] s : segments) {
        System.arraycopy(s, 0, bytes, at, s.length);
        at += s.length;
      }
      System.arraycopy(segment, 0, bytes, at, used);
      segments = null;
      segment = null;
    }
    return bytes;
  }

  /** Sends the whole body; a file is read from its start. */
  public void writeTo(OutputStream out) throws IOException {
    if (file != null) {
      file.position(0);
      file.transferTo(0, size, Channels.newChannel(out));
    } else if (bytes != null) {
      out.write(bytes);
    } else {
      for (byte[] s : segments) {
        out.write(s);
      }
      out.write(segment, 0, used);
    }
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
