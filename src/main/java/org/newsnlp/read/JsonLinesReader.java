package org.newsnlp.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.apache.beam.sdk.io.FileSystems;
import org.newsnlp.model.Article;
import org.newsnlp.model.JsonLinesPart;
import org.newsnlp.model.RejectedInput;

/**
 * The second pass over a JSON Lines file: reads one part ({@link JsonLinesPart}, cut by {@link
 * JsonLinesIndex}) a line at a time and hands on each line's article, or its error row, before
 * reading the next, so that only one article of the part is in memory at once.
 *
 * <p>A line's document is {@code <file's id>/<article id>} ({@code <article id>@<line>} where the
 * id is shared, see {@link LineIds}), or {@code <file's id>/<line number>} for an article without
 * an id; its path is {@code <file's path>:<line number>}. Blank lines are passed over. A line over
 * {@code --maxDocumentBytes} ({@code too_large}), not a JSON object ({@code invalid_json}) or
 * without text ({@code no_text}) becomes an error row of stage {@code read} that names the file and
 * the line; the other lines are unaffected.
 */
public final class JsonLinesReader {
  private final JsonArticles parser;
  private final long maxBytes;

  public JsonLinesReader(JsonArticles parser, long maxBytes) {
    this.parser = parser;
    this.maxBytes = maxBytes;
  }

  /**
   * Reads the part from its file through Beam's file systems, handing each article to {@code
   * articles} and each error row to {@code rejected}. A read that fails (the file gone, or changed
   * since it was cut into parts) ends the part with one {@code unreadable_file} row naming the
   * first line not read.
   */
  public void read(
      JsonLinesPart part, Consumer<Article> articles, Consumer<RejectedInput> rejected) {
    long[] next = {part.firstLine()};
    try (InputStream in = open(part)) {
      read(part, in, next, articles, rejected);
    } catch (IOException e) {
      rejected.accept(
          new RejectedInput(
              part.path() + ":" + next[0],
              ReadArticles.STAGE,
              "unreadable_file",
              "line "
                  + next[0]
                  + " of "
                  + part.path()
                  + " and the lines after it up to byte "
                  + part.endByte()
                  + " could not be read ("
                  + e.getClass().getSimpleName()
                  + "); check that the file is readable and did not change during the run"));
    }
  }

  /** Opens the part's file through Beam's file systems, positioned at the part's first line. */
  static InputStream open(JsonLinesPart part) throws IOException {
    ReadableByteChannel channel =
        FileSystems.open(FileSystems.matchNewResource(part.location(), false));
    if (!part.gzip() && channel instanceof SeekableByteChannel seekable) {
      seekable.position(part.startByte());
      return new BufferedInputStream(Channels.newInputStream(channel), 1 << 16);
    }
    InputStream in = new BufferedInputStream(Channels.newInputStream(channel), 1 << 16);
    if (part.gzip()) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    in.skipNBytes(part.startByte());
    return in;
  }

  /**
   * Reads the part from {@code in}, positioned at its first line; {@code next[0]} follows the
   * number of the line being read.
   */
  void read(
      JsonLinesPart part,
      InputStream in,
      long[] next,
      Consumer<Article> articles,
      Consumer<RejectedInput> rejected)
      throws IOException {
    Set<Long> shared = new HashSet<>(part.sharedIdLines());
    LineReader lines = new LineReader(in, part.firstLine(), part.startByte(), maxBytes);
    // Never asks for a line past the part: a broken gzip file's last good part ends at the break.
    while (lines.nextOffset() < part.endByte()) {
      LineReader.Line line = lines.next();
      if (line == null) {
        break;
      }
      next[0] = line.number() + 1;
      if (line.blank()) {
        continue;
      }
      String where = part.path() + ":" + line.number();
      String subject = "line " + line.number() + " of " + part.path();
      if (line.tooLong()) {
        rejected.accept(
            new RejectedInput(
                where,
                ReadArticles.STAGE,
                "too_large",
                subject
                    + " is "
                    + line.length()
                    + " bytes, over the limit of "
                    + maxBytes
                    + " (--maxDocumentBytes); shorten the article or raise the limit"));
        continue;
      }
      JsonArticles.Parsed parsed = parser.parse(line.bytes(), 0, line.bytes().length);
      if (!parsed.ok()) {
        rejected.accept(
            new RejectedInput(
                where,
                ReadArticles.STAGE,
                parsed.reason(),
                subject
                    + " "
                    + parsed.problem()
                    + (parsed.reason().equals(JsonArticles.INVALID_JSON)
                        ? "; fix or remove the line"
                        : "")));
        continue;
      }
      String id = parsed.article().id();
      String name =
          id == null
              ? Long.toString(line.number())
              : shared.contains(line.number()) ? id + "@" + line.number() : id;
      articles.accept(
          JsonArticles.article(part.docId() + "/" + name, where, line.length(), parsed.article()));
    }
  }
}
