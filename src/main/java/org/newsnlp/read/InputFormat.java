package org.newsnlp.read;

import java.util.Locale;

/**
 * How a file is read, by its extension (after {@code .gz}, which means gzip-compressed): {@code
 * .json} one JSON article, {@code .jsonl} and {@code .ndjson} one JSON article a line, anything
 * else plain text.
 */
public enum InputFormat {
  /** One article of plain text ({@link TextDecoder}, {@link LayoutReader}). */
  TEXT,
  /** One JSON object holding one article ({@link JsonArticles}). */
  JSON,
  /** One JSON object a line, each an article ({@link JsonLinesIndex}, {@link JsonLinesReader}). */
  JSON_LINES;

  /** The format of the file at {@code path}, by its extension. */
  public static InputFormat of(String path) {
    String name = isGzip(path) ? path.substring(0, path.length() - 3) : path;
    name = name.toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return JSON_LINES;
    }
    return name.endsWith(".json") ? JSON : TEXT;
  }

  /** True for a file the read stage decompresses: its name ends in {@code .gz}. */
  public static boolean isGzip(String path) {
    return path.endsWith(".gz");
  }
}
