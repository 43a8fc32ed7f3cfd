package org.newsnlp.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MoveOptions;
import org.apache.beam.sdk.io.fs.ResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;

/**
 * Writes a collection as the CSV table a {@link CsvTable} describes: the one way every table of
 * newsnlp is written, as one file or as shards.
 *
 * <p>Input: any collection of the table's element type. Output: the paths of the written files. By
 * default the table is one file, {@code <folder>/<name>.csv}; {@link #withShards withShards(N)}
 * writes N files, {@code <name>-00000-of-0000N.csv} and so on, a row's file chosen by {@link
 * CsvTable#shardOf} of its shard key, so that no worker writes more than one shard (a {@link
 * CsvTable#oneFile} table stays one file). Every file has the header row (and nothing else when no
 * row falls into it), its rows sorted by the table's sort key, then cell by cell, by external merge
 * sort ({@link WriteSortedCsvFiles}), so the same input always gives byte-identical files, whatever
 * the runner and however the work was split. Rows are sorted within a file, not across shards.
 * {@link #withExcelBom} starts every file with a UTF-8 byte-order mark. Each file is written under
 * a temporary name and renamed into place when complete.
 *
 * <p>Settings are checked once, in {@link #expand}: a folder must be given and shards must not be
 * negative.
 */
public class WriteCsvTable<T> extends PTransform<PCollection<T>, PCollection<String>> {
  private final CsvTable<T> table;
  private final String folder;
  private final int shards;
  private final boolean excelBom;

  private WriteCsvTable(CsvTable<T> table, String folder, int shards, boolean excelBom) {
    this.table = table;
    this.folder = folder;
    this.shards = shards;
    this.excelBom = excelBom;
  }

  /** Writes {@code table}, as one file without a byte-order mark unless told otherwise. */
  public static <T> WriteCsvTable<T> of(CsvTable<T> table) {
    return new WriteCsvTable<>(table, null, 0, false);
  }

  /** The folder the table goes to (any file system Beam knows); required. */
  public WriteCsvTable<T> to(String folder) {
    return new WriteCsvTable<>(table, folder, shards, excelBom);
  }

  /** 0 (the default): one file; N &gt; 0: N files, split by the table's shard key. */
  public WriteCsvTable<T> withShards(int shards) {
    return new WriteCsvTable<>(table, folder, shards, excelBom);
  }

  /** Starts every file with a UTF-8 byte-order mark, which Excel needs to read UTF-8. */
  public WriteCsvTable<T> withExcelBom(boolean excelBom) {
    return new WriteCsvTable<>(table, folder, shards, excelBom);
  }

  /**
   * The names of the files this writes: the table's name, or its shards' names (a {@link
   * CsvTable#oneFile} table is one file whatever the shards).
   */
  public List<String> fileNames() {
    if (shards == 0 || !table.splitsIntoShards()) {
      return List.of(table.fileName());
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < shards; i++) {
      names.add(table.shardName(i, shards));
    }
    return names;
  }

  @Override
  public PCollection<String> expand(PCollection<T> input) {
    if (folder == null) {
      throw new IllegalStateException("WriteCsvTable of " + table.fileName() + " needs to(folder)");
    }
    if (shards < 0) {
      throw new IllegalArgumentException("shards must be 0 or more, not " + shards);
    }
    return input.apply(
        "WriteSortedFiles", new WriteSortedCsvFiles<>(folder, fileNames(), table, excelBom));
  }

  /**
   * Writes {@code header} and {@code rows} to {@code fileName} in {@code outputDir} under a
   * temporary name, then renames the file into place; returns its path. The file starts with a
   * UTF-8 byte-order mark when {@code excelBom} is set.
   */
  static String writeFile(
      String outputDir,
      String fileName,
      List<String> header,
      Iterable<List<String>> rows,
      boolean excelBom)
      throws IOException {
    ResourceId dir = FileSystems.matchNewResource(outputDir, true);
    ResourceId target = dir.resolve(fileName, ResolveOptions.StandardResolveOptions.RESOLVE_FILE);
    ResourceId temp =
        dir.resolve(
            "." + fileName + "." + UUID.randomUUID() + ".tmp",
            ResolveOptions.StandardResolveOptions.RESOLVE_FILE);
    try (OutputStream stream = Channels.newOutputStream(FileSystems.create(temp, "text/csv"))) {
      CsvFiles.write(stream, header, rows, excelBom);
    }
    FileSystems.rename(
        List.of(temp), List.of(target), MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
    return target.toString();
  }
}
