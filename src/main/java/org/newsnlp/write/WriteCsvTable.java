package org.newsnlp.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.util.List;
import java.util.UUID;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MoveOptions;
import org.apache.beam.sdk.io.fs.ResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.PCollection;

/**
 * Writes a collection as one CSV file with a header row, rows sorted by a key, so that the same
 * input always gives a byte-identical file, whatever the runner and however the work was split.
 *
 * <p>Input: any collection, with a function to a row of cells and a function to its sort key.
 * Output: the path of the written file (one element). The file is written under a temporary name
 * and renamed into place when complete. An empty collection gives a file with the header only. Rows
 * are sorted by external merge sort ({@link WriteSortedCsvFiles}): no worker holds the whole table,
 * but one worker writes the whole file, so this is the mode for spreadsheet-sized tables.
 */
public class WriteCsvTable<T> extends PTransform<PCollection<T>, PCollection<String>> {
  private final String outputDir;
  private final String fileName;
  private final List<String> header;
  private final SerializableFunction<T, List<String>> toRow;
  private final SerializableFunction<T, String> sortKey;
  private final boolean excelBom;

  private WriteCsvTable(
      String outputDir,
      String fileName,
      List<String> header,
      SerializableFunction<T, List<String>> toRow,
      SerializableFunction<T, String> sortKey,
      boolean excelBom) {
    this.outputDir = outputDir;
    this.fileName = fileName;
    this.header = List.copyOf(header);
    this.toRow = toRow;
    this.sortKey = sortKey;
    this.excelBom = excelBom;
  }

  public static <T> WriteCsvTable<T> of(
      String outputDir,
      String fileName,
      List<String> header,
      SerializableFunction<T, List<String>> toRow,
      SerializableFunction<T, String> sortKey) {
    return new WriteCsvTable<>(outputDir, fileName, header, toRow, sortKey, false);
  }

  /** Starts the file with a UTF-8 byte-order mark, which Excel needs to read UTF-8. */
  public WriteCsvTable<T> withExcelBom(boolean bom) {
    return new WriteCsvTable<>(outputDir, fileName, header, toRow, sortKey, bom);
  }

  @Override
  public PCollection<String> expand(PCollection<T> input) {
    return input.apply(
        "WriteSortedFile",
        new WriteSortedCsvFiles<>(
            outputDir, List.of(fileName), header, toRow, sortKey, t -> "", excelBom));
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
