package org.newsnlp.write;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.beam.sdk.transforms.SerializableFunction;

/**
 * What one CSV table is: its file name, its header, how an element becomes a row, the key its rows
 * are sorted by and the key that picks a row's file when the table is split into shards (the
 * document id, so that a document's rows of every table land in files with the same number). How
 * and where it is written (folder, shards, byte-order mark) is {@link WriteCsvTable}'s business.
 *
 * @param fileName e.g. {@code quotes.csv}; its shards are {@code quotes-00000-of-00004.csv}, …
 * @param header the column names, in order
 * @param toRow an element's cells, one per column
 * @param sortKey rows are sorted by this key, then cell by cell ({@link SortedRuns#ORDER})
 * @param shardKey a row's shard is a stable hash of this key ({@link #shardOf}); null for a table
 *     that is one file however many shards the others have ({@link #oneFile})
 */
public record CsvTable<T>(
    String fileName,
    List<String> header,
    SerializableFunction<T, List<String>> toRow,
    SerializableFunction<T, String> sortKey,
    SerializableFunction<T, String> shardKey)
    implements Serializable {
  public CsvTable {
    if (!fileName.endsWith(".csv")) {
      throw new IllegalArgumentException("a table's file name ends in .csv: " + fileName);
    }
    header = List.copyOf(header);
  }

  /**
   * A table written as one file even when the others are split into shards: a summary over the
   * whole run, small and read in its own order ({@code speakers.csv}, most quoted first), which
   * shards would scatter.
   */
  public static <T> CsvTable<T> oneFile(
      String fileName,
      List<String> header,
      SerializableFunction<T, List<String>> toRow,
      SerializableFunction<T, String> sortKey) {
    return new CsvTable<>(fileName, header, toRow, sortKey, null);
  }

  /** True when the table is split into shards when shards are asked for. */
  public boolean splitsIntoShards() {
    return shardKey != null;
  }

  /** The file name without {@code .csv}: {@code quotes}. */
  public String baseName() {
    return fileName.substring(0, fileName.length() - ".csv".length());
  }

  /** The name of shard {@code index} of {@code shards}, e.g. {@code quotes-00001-of-00004.csv}. */
  public String shardName(int index, int shards) {
    return shardName(baseName(), index, shards);
  }

  /** As {@link #shardName(int, int)}, for a table's base name. */
  public static String shardName(String baseName, int index, int shards) {
    return String.format("%s-%05d-of-%05d.csv", baseName, index, shards);
  }

  /** A key's shard: FNV-1a of its UTF-8 bytes, the same in every JVM and on every runner. */
  static int shardOf(String key, int shards) {
    int h = 0x811C9DC5;
    for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
      h = (h ^ (b & 0xFF)) * 0x01000193;
    }
    return Math.floorMod(h, shards);
  }
}
