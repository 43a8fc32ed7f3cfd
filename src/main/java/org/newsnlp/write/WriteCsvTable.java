package org.newsnlp.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MoveOptions;
import org.apache.beam.sdk.io.fs.ResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Writes a collection as one CSV file with a header row, rows sorted by a key, so that the same
 * input always gives a byte-identical file, whatever the runner and however the work was split.
 *
 * <p>Input: any collection, with a function to a row of cells and a function to its sort key.
 * Output: the path of the written file (one element). The file is written under a temporary name
 * and renamed into place when complete. An empty collection gives a file with the header only.
 * All rows meet in one worker: this is the mode for spreadsheet-sized tables.
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
    return input
        .apply(
            "FormatRows",
            MapElements.into(
                    TypeDescriptors.kvs(
                        TypeDescriptors.strings(),
                        TypeDescriptors.lists(TypeDescriptors.strings())))
                .via((T t) -> KV.of(sortKey.apply(t), toRow.apply(t))))
        .setCoder(ROW_CODER)
        .apply("GatherRows", Combine.globally(new GatherRowsFn()))
        .apply("WriteFile", ParDo.of(new WriteFileFn(outputDir, fileName, header, excelBom)));
  }

  static final Coder<KV<String, List<String>>> ROW_CODER =
      KvCoder.of(StringUtf8Coder.of(), ListCoder.of(StringUtf8Coder.of()));

  /** Collects every row into one list, sorted by key and then by the cells themselves. */
  static class GatherRowsFn
      extends Combine.CombineFn<
          KV<String, List<String>>, List<KV<String, List<String>>>, List<List<String>>> {
    @Override
    public List<KV<String, List<String>>> createAccumulator() {
      return new ArrayList<>();
    }

    @Override
    public List<KV<String, List<String>>> addInput(
        List<KV<String, List<String>>> rows, KV<String, List<String>> row) {
      rows.add(row);
      return rows;
    }

    @Override
    public List<KV<String, List<String>>> mergeAccumulators(
        Iterable<List<KV<String, List<String>>>> accumulators) {
      List<KV<String, List<String>>> all = new ArrayList<>();
      for (List<KV<String, List<String>>> rows : accumulators) {
        all.addAll(rows);
      }
      return all;
    }

    @Override
    public List<List<String>> extractOutput(List<KV<String, List<String>>> rows) {
      return sortedCells(rows);
    }

    @Override
    public Coder<List<KV<String, List<String>>>> getAccumulatorCoder(
        CoderRegistry registry, Coder<KV<String, List<String>>> inputCoder) {
      return ListCoder.of(ROW_CODER);
    }

    @Override
    public Coder<List<List<String>>> getDefaultOutputCoder(
        CoderRegistry registry, Coder<KV<String, List<String>>> inputCoder) {
      return ListCoder.of(ListCoder.of(StringUtf8Coder.of()));
    }
  }

  /** Writes the sorted rows under a temporary name, then renames the file into place. */
  static class WriteFileFn extends DoFn<List<List<String>>, String> {
    private final String outputDir;
    private final String fileName;
    private final List<String> header;
    private final boolean excelBom;

    WriteFileFn(String outputDir, String fileName, List<String> header, boolean excelBom) {
      this.outputDir = outputDir;
      this.fileName = fileName;
      this.header = header;
      this.excelBom = excelBom;
    }

    @ProcessElement
    public void process(@Element List<List<String>> rows, OutputReceiver<String> out)
        throws IOException {
      out.output(writeFile(outputDir, fileName, header, rows, excelBom));
    }
  }

  /** The rows' cells, sorted by key and then by the cells themselves. */
  static List<List<String>> sortedCells(Collection<KV<String, List<String>>> rows) {
    List<KV<String, List<String>>> sorted = new ArrayList<>(rows);
    sorted.sort(
        Comparator.comparing((KV<String, List<String>> kv) -> kv.getKey())
            .thenComparing(kv -> String.join("\u0000", kv.getValue())));
    List<List<String>> out = new ArrayList<>(sorted.size());
    for (KV<String, List<String>> kv : sorted) {
      out.add(kv.getValue());
    }
    return out;
  }

  /**
   * Writes {@code header} and {@code rows} to {@code fileName} in {@code outputDir} under a
   * temporary name, then renames the file into place; returns its path.
   */
  static String writeFile(
      String outputDir, String fileName, List<String> header, Iterable<List<String>> rows)
      throws IOException {
    return writeFile(outputDir, fileName, header, rows, false);
  }

  /** As above, starting the file with a UTF-8 byte-order mark when {@code excelBom} is set. */
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
