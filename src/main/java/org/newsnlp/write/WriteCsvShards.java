package org.newsnlp.write;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.PCollection;

/**
 * Writes a collection as {@code shards} CSV files, {@code <name>-00000-of-0000N.csv} and so on,
 * each with the header row and its rows sorted by key: the sharded mode for tables too large for
 * one worker, chosen with {@code --shards=N}.
 *
 * <p>Input: any collection, with a function to a row of cells, a function to its sort key and one
 * to its shard key (the document id, so that a document's rows stay in one file). A row's shard is
 * a stable hash of its shard key (the same in every JVM and on every runner), so the same input
 * always gives byte-identical files. Output: the paths of the written files. Every shard file is
 * written, header only when no row falls into it. Rows are sorted within a file, not across files.
 * Files are written under a temporary name and renamed into place when complete.
 */
public class WriteCsvShards<T> extends PTransform<PCollection<T>, PCollection<String>> {
  private final String outputDir;
  private final String baseName;
  private final int shards;
  private final List<String> header;
  private final SerializableFunction<T, List<String>> toRow;
  private final SerializableFunction<T, String> sortKey;
  private final SerializableFunction<T, String> shardKey;

  private WriteCsvShards(
      String outputDir,
      String fileName,
      int shards,
      List<String> header,
      SerializableFunction<T, List<String>> toRow,
      SerializableFunction<T, String> sortKey,
      SerializableFunction<T, String> shardKey) {
    if (shards < 1) {
      throw new IllegalArgumentException("shards must be at least 1, not " + shards);
    }
    this.outputDir = outputDir;
    this.baseName =
        fileName.endsWith(".csv") ? fileName.substring(0, fileName.length() - 4) : fileName;
    this.shards = shards;
    this.header = List.copyOf(header);
    this.toRow = toRow;
    this.sortKey = sortKey;
    this.shardKey = shardKey;
  }

  /** As {@link WriteCsvTable#of}, split into {@code shards} files by {@code shardKey}. */
  public static <T> WriteCsvShards<T> of(
      String outputDir,
      String fileName,
      int shards,
      List<String> header,
      SerializableFunction<T, List<String>> toRow,
      SerializableFunction<T, String> sortKey,
      SerializableFunction<T, String> shardKey) {
    return new WriteCsvShards<>(outputDir, fileName, shards, header, toRow, sortKey, shardKey);
  }

  /** The name of shard {@code index} of {@code shards}, e.g. {@code quotes-00001-of-00004.csv}. */
  public static String shardName(String baseName, int index, int shards) {
    return String.format("%s-%05d-of-%05d.csv", baseName, index, shards);
  }

  /** A row's shard: a hash of the UTF-8 bytes of its key that does not depend on the JVM. */
  static int shardOf(String key, int shards) {
    int h = 0x811C9DC5;
    for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
      h = (h ^ (b & 0xFF)) * 0x01000193;
    }
    return Math.floorMod(h, shards);
  }

  @Override
  public PCollection<String> expand(PCollection<T> input) {
    List<String> fileNames = new ArrayList<>();
    for (int i = 0; i < shards; i++) {
      fileNames.add(shardName(baseName, i, shards));
    }
    return input.apply(
        "WriteSortedShards",
        new WriteSortedCsvFiles<>(outputDir, fileNames, header, toRow, sortKey, shardKey, false));
  }
}
