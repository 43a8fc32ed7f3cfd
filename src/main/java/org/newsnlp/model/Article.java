package org.newsnlp.model;

import java.io.Serializable;
import org.apache.beam.sdk.coders.DefaultCoder;

/**
 * One article before annotation: a decoded text file, a JSON file or a line of a JSON Lines file.
 *
 * @param docId the document's id: the file's path relative to the input folder without extension,
 *     or for a line of a JSON Lines file {@code <file's id>/<article id or line number>}
 * @param path the file's path relative to the input folder; {@code <path>:<line number>} for a line
 *     of a JSON Lines file
 * @param text the decoded text (byte-order mark removed); for a JSON article its title, a blank
 *     line and its text; every offset in later stages points here
 * @param encoding the character set the bytes were decoded with, e.g. {@code UTF-8}
 * @param sizeBytes the size of the file in bytes (of the line, for a line of a JSON Lines file)
 * @param layout where the headline, body and credit line lie in {@code text}
 * @param metadata the date, address, outlet and authors the input gave ({@link
 *     ArticleMetadata#NONE} for a plain-text file)
 */
@DefaultCoder(ArticleCoder.class)
public record Article(
    String docId,
    String path,
    String text,
    String encoding,
    long sizeBytes,
    ArticleLayout layout,
    ArticleMetadata metadata)
    implements Serializable {

  /** An article without metadata, as a plain-text file gives it. */
  public Article(
      String docId,
      String path,
      String text,
      String encoding,
      long sizeBytes,
      ArticleLayout layout) {
    this(docId, path, text, encoding, sizeBytes, layout, ArticleMetadata.NONE);
  }
}
