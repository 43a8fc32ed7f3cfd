package org.newsnlp.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The first pass over a JSON Lines file: one sequential read (decompressing a {@code .gz} file)
 * that hashes the file, numbers its lines, finds the articles' ids and cuts the file into parts of
 * whole lines, which the second pass ({@link JsonLinesReader}) reads and analyses on many workers
 * at once. Its memory is that of the longest line and 24 bytes an article ({@link LineIds}).
 *
 * <p>A part holds {@value #LINES_PER_PART} lines that are not blank, as the read stage groups
 * {@value #LINES_PER_PART} files (a bundle's worth of work); a gzip file, which each part must
 * decompress from its start, is cut into at most {@value #MAX_GZIP_PARTS} parts, so that reading it
 * costs at most {@value #MAX_GZIP_PARTS}/2 times its decompression however large it is.
 */
public final class JsonLinesIndex {
  static final int LINES_PER_PART = 50;
  static final int MAX_GZIP_PARTS = 32;

  /**
   * What the first pass found.
   *
   * @param sha256 hex SHA-256 of the file's bytes as stored
   * @param sizeBytes the file's size as stored
   * @param articleLines the lines that are not blank, each a document or an error row
   * @param parts the parts to read, in order
   * @param reason a problem with the file itself, or null: {@code empty_file}, {@code invalid_json}
   *     (UTF-16), {@code invalid_gzip} (the lines before the break are in {@code parts})
   * @param detail the problem in a sentence a person can act on, or null
   */
  public record Result(
      String sha256,
      long sizeBytes,
      long articleLines,
      List<Part> parts,
      String reason,
      String detail) {
    public boolean hasProblem() {
      return reason != null;
    }
  }

  /**
   * Lines {@code [startByte, endByte)} of the file, the first numbered {@code firstLine}; {@code
   * sharedIdLines} are the lines among them whose article is named {@code <id>@<line>}.
   */
  public record Part(long firstLine, long startByte, long endByte, List<Long> sharedIdLines) {}

  private JsonLinesIndex() {}

  /**
   * Reads {@code raw} (the file's bytes as stored) to its end. Lines over {@code maxLineBytes} are
   * counted but not parsed; ids are read with {@code parser}, as the second pass reads them.
   */
  public static Result scan(InputStream raw, boolean gzip, JsonArticles parser, long maxLineBytes)
      throws IOException {
    MessageDigest sha = sha256();
    CountingStream counted = new CountingStream(raw);
    DigestInputStream stored = new DigestInputStream(counted, sha);
    InputStream data = stored;
    String broken = null;
    List<long[]> starts = new ArrayList<>();
    LineIds ids = new LineIds();
    long articleLines = 0;
    long end = 0;
    String reason = null;
    String detail = null;
    try {
      if (gzip) {
        data = new GZIPInputStream(stored, 1 << 16);
      }
      LineReader lines = new LineReader(data, 1, 0, maxLineBytes);
      for (LineReader.Line line; (line = lines.next()) != null; ) {
        end = lines.nextOffset();
        if (line.offset() == 0 && startsWithUtf16Mark(line.bytes())) {
          reason = JsonArticles.INVALID_JSON;
          detail =
              "the file starts with a UTF-16 byte-order mark, but JSON Lines files are UTF-8;"
                  + " save it as UTF-8";
          break;
        }
        if (line.blank()) {
          continue;
        }
        if (articleLines % LINES_PER_PART == 0) {
          starts.add(new long[] {line.number(), line.offset()});
        }
        articleLines++;
        if (!line.tooLong()) {
          JsonArticles.Parsed parsed = parser.parse(line.bytes(), 0, line.bytes().length);
          if (parsed.ok()) {
            ids.add(line.number(), parsed.article().id());
          }
        }
      }
    } catch (IOException e) {
      if (!gzip) {
        throw e;
      }
      broken = e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    stored.transferTo(OutputStream.nullOutputStream());
    String hash = HexFormat.of().formatHex(sha.digest());
    if (reason != null) {
      return new Result(hash, counted.count, 0, List.of(), reason, detail);
    }
    if (broken != null) {
      reason = "invalid_gzip";
      detail =
          articleLines == 0
              ? "the file ends in .gz but is not a valid gzip file ("
                  + broken
                  + "); recompress it or remove the .gz extension"
              : "the gzip data breaks off after byte "
                  + end
                  + " of the decompressed file ("
                  + broken
                  + "); the "
                  + articleLines
                  + " lines before it were read; recompress the file to read the rest";
    } else if (articleLines == 0) {
      reason = TextDecoder.EMPTY_FILE;
      detail =
          counted.count == 0
              ? "the file is empty (0 bytes)"
              : "the file holds only blank lines, no article";
    }
    return new Result(
        hash, counted.count, articleLines, parts(starts, end, gzip, ids.shared()), reason, detail);
  }

  /** Parts of whole groups of {@value #LINES_PER_PART} lines, fewer and larger for gzip files. */
  private static List<Part> parts(List<long[]> starts, long end, boolean gzip, List<Long> shared) {
    int step = 1;
    if (gzip && starts.size() > MAX_GZIP_PARTS) {
      step = (starts.size() + MAX_GZIP_PARTS - 1) / MAX_GZIP_PARTS;
    }
    List<Part> parts = new ArrayList<>();
    int s = 0;
    for (int i = 0; i < starts.size(); i += step) {
      long firstLine = starts.get(i)[0];
      long partEnd = i + step < starts.size() ? starts.get(i + step)[1] : end;
      long lastLine = i + step < starts.size() ? starts.get(i + step)[0] : Long.MAX_VALUE;
      List<Long> sharedHere = new ArrayList<>();
      while (s < shared.size() && shared.get(s) < lastLine) {
        sharedHere.add(shared.get(s++));
      }
      parts.add(new Part(firstLine, starts.get(i)[1], partEnd, sharedHere));
    }
    return parts;
  }

  private static boolean startsWithUtf16Mark(byte[] bytes) {
    return bytes != null
        && bytes.length >= 2
        && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
            || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Counts the bytes read through it. */
  private static final class CountingStream extends FilterInputStream {
    long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count += skipped;
      return skipped;
    }
  }
}
