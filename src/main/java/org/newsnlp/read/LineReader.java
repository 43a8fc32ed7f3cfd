package org.newsnlp.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines, numbering them and keeping their offsets, in constant memory but
 * for the line at hand: a {@code \n} ends a line (a {@code \r} before it is dropped, as is a UTF-8
 * byte-order mark opening the stream), and a line longer than the limit is counted but not kept, so
 * that one enormous line cannot exhaust memory.
 */
final class LineReader {
  private static final int MAX_ARRAY = Integer.MAX_VALUE - 16;

  /**
   * One line.
   *
   * @param number its number, counted from 1 at the start of the file
   * @param offset the offset of its first byte in the stream's file
   * @param length its length in bytes, line end excluded
   * @param bytes its bytes without {@code \r} and line end; null when it is longer than the limit
   */
  record Line(long number, long offset, long length, byte[] bytes) {
    boolean tooLong() {
      return bytes == null;
    }

    /** True when the line holds nothing but spaces and tabs. */
    boolean blank() {
      if (bytes == null) {
        return false;
      }
      for (byte b : bytes) {
        if (b != ' ' && b != '\t' && b != '\r') {
          return false;
        }
      }
      return true;
    }
  }

  private final InputStream in;
  private final int maxBytes;
  private final byte[] buffer = new byte[1 << 16];
  private int pos;
  private int limit;
  private boolean ended;
  private long nextNumber;
  private long nextOffset;
  private byte[] kept = new byte[8192];

  /**
   * Lines of {@code in}, whose first byte is at {@code offset} in its file and opens line {@code
   * number}; lines over {@code maxBytes} are not kept.
   */
  LineReader(InputStream in, long number, long offset, long maxBytes) {
    this.in = in;
    this.maxBytes = (int) Math.min(maxBytes, MAX_ARRAY);
    this.nextNumber = number;
    this.nextOffset = offset;
  }

  /** The offset of the next line, or of the end of the stream once it is reached. */
  long nextOffset() {
    return nextOffset;
  }

  /** The next line, or null at the end of the stream. */
  Line next() throws IOException {
    long number = nextNumber;
    long offset = nextOffset;
    long length = 0;
    int size = 0;
    boolean tooLong = false;
    while (true) {
      if (pos >= limit && !fill()) {
        if (length == 0) {
          return null;
        }
        nextOffset = offset + length;
        nextNumber++;
        return line(number, offset, length, size, tooLong);
      }
      int end = pos;
      while (end < limit && buffer[end] != '\n') {
        end++;
      }
      int n = end - pos;
      length += n;
      if (!tooLong && length > maxBytes + 1L) {
        // One byte of slack for the \r of a CRLF line end.
        tooLong = true;
      }
      if (!tooLong) {
        if (size + n > kept.length) {
          kept = Arrays.copyOf(kept, (int) Math.min(MAX_ARRAY, Math.max(size + n, 2L * size)));
        }
        System.arraycopy(buffer, pos, kept, size, n);
        size += n;
      }
      if (end < limit) {
        pos = end + 1;
        nextOffset = offset + length + 1;
        nextNumber++;
        return line(number, offset, length, size, tooLong);
      }
      pos = limit;
    }
  }

  private Line line(long number, long offset, long length, int size, boolean tooLong) {
    int from = 0;
    if (offset == 0 && size >= 3 && (kept[0] & 0xFF) == 0xEF && (kept[1] & 0xFF) == 0xBB) {
      from = (kept[2] & 0xFF) == 0xBF ? 3 : 0;
    }
    int to = size > from && kept[size - 1] == '\r' ? size - 1 : size;
    if (tooLong || to - from > maxBytes) {
      return new Line(number, offset, length, null);
    }
    return new Line(number, offset, length, Arrays.copyOfRange(kept, from, to));
  }

  private boolean fill() throws IOException {
    if (ended) {
      return false;
    }
    int n = in.read(buffer);
    while (n == 0) {
      n = in.read(buffer);
    }
    if (n < 0) {
      ended = true;
      return false;
    }
    pos = 0;
    limit = n;
    return true;
  }
}
