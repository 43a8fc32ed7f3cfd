package org.newsnlp.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Protects the line numbers and offsets that name a JSON Lines file's articles and cut it into
 * parts: LF and CRLF line ends, a final line without one, a byte-order mark, and a line over the
 * limit that is measured but never held.
 */
class LineReaderTest {
  private static List<String> read(byte[] bytes, long max) throws IOException {
    LineReader reader = new LineReader(new ByteArrayInputStream(bytes), 1, 0, max);
    List<String> lines = new ArrayList<>();
    for (LineReader.Line l; (l = reader.next()) != null; ) {
      lines.add(
          l.number()
              + "@"
              + l.offset()
              + "+"
              + l.length()
              + "="
              + (l.tooLong() ? "<too long>" : new String(l.bytes(), StandardCharsets.UTF_8)));
    }
    assertEquals(bytes.length, reader.nextOffset());
    return lines;
  }

  @Test
  void linesAreNumberedWithTheirOffsets() throws IOException {
    assertEquals(
        List.of("1@0+3=one", "2@4+0=", "3@5+6=three", "4@12+4=four"),
        read("one\n\nthree\r\nfour".getBytes(StandardCharsets.UTF_8), 100));
    assertEquals(List.of("1@0+1=a"), read("a\n".getBytes(StandardCharsets.UTF_8), 100));
    assertEquals(List.of(), read(new byte[0], 100));
  }

  @Test
  void aByteOrderMarkOpeningTheFileIsDropped() throws IOException {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}', '\n', '{', '}'};
    assertEquals(List.of("1@0+5={}", "2@6+2={}"), read(bytes, 100));
  }

  @Test
  void aLineOverTheLimitIsCountedNotKeptAndTheNextLinesAreRead() throws IOException {
    String big = "x".repeat(200_000);
    assertEquals(
        List.of("1@0+5=small", "2@6+200000=<too long>", "3@200007+4=next"),
        read(("small\n" + big + "\nnext").getBytes(StandardCharsets.UTF_8), 100_000));
    assertEquals(
        List.of("1@0+4=abcd", "2@5+5=<too long>", "3@11+5=abcd"),
        read("abcd\nabcde\nabcd\r".getBytes(StandardCharsets.UTF_8), 4));
  }

  @Test
  void aLineOverTheLimitIsNeverHeldInMemory() throws IOException {
    long length = 64L * 1024 * 1024;
    InputStream endless =
        new InputStream() {
          long left = length;

          @Override
          public int read() {
            return left-- > 0 ? 'x' : -1;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            if (left <= 0) {
              return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) 'x');
            left -= n;
            return n;
          }
        };
    LineReader reader = new LineReader(endless, 7, 1000, 1024);
    LineReader.Line line = reader.next();
    assertTrue(line.tooLong());
    assertEquals(7, line.number());
    assertEquals(length, line.length());
    assertNull(reader.next());
  }
}
