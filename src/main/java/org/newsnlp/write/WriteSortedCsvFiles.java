package org.newsnlp.write;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MoveOptions;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;

/**
 * Writes a collection as one or more sorted CSV files by external merge sort, the machinery behind
 * {@link WriteCsvTable} (one file, or N shards).
 *
 * <p>Each worker sorts the rows of its bundle (or of each 8 M characters of it) and writes them as
 * a run file under {@code <output>/.<file>.runs/}; only the runs' names are grouped, by file; one
 * worker per file then merges that file's runs straight into the CSV and deletes them. No worker
 * holds a whole table, and no runner has to keep every row in its shuffle state: on the direct
 * runner, a table gathered by a {@code GroupByKey} was copied whole on every bundle, which made the
 * cost of writing grow with the square of the table. The rows' order depends only on the rows
 * ({@link SortedRuns#ORDER}), so the files are byte-identical on every runner.
 */
final class WriteSortedCsvFiles<T> extends PTransform<PCollection<T>, PCollection<String>> {
  /** A bundle's rows are written as a run once they hold this many characters. */
  static final long RUN_CHARS = 8L << 20;

  private final String outputDir;
  private final List<String> fileNames;
  private final CsvTable<T> table;
  private final boolean excelBom;

  /**
   * Writes {@code fileNames.size()} files of {@code table}; a row goes to file {@link
   * CsvTable#shardOf} of its shard key (not asked for a single file).
   */
  WriteSortedCsvFiles(
      String outputDir, List<String> fileNames, CsvTable<T> table, boolean excelBom) {
    this.outputDir = outputDir;
    this.fileNames = List.copyOf(fileNames);
    this.table = table;
    this.excelBom = excelBom;
  }

  @Override
  public PCollection<String> expand(PCollection<T> input) {
    KvCoder<Integer, String> coder = KvCoder.of(VarIntCoder.of(), StringUtf8Coder.of());
    PCollection<KV<Integer, String>> runs =
        input
            .apply("SortRuns", ParDo.of(new SortRunsFn<>(outputDir, fileNames, table)))
            .setCoder(coder);
    // One marker per file, so that a file no row falls into is still written (header only).
    List<KV<Integer, String>> markers = new ArrayList<>();
    for (int i = 0; i < fileNames.size(); i++) {
      markers.add(KV.of(i, ""));
    }
    return PCollectionList.of(runs)
        .and(input.getPipeline().apply("ListFiles", Create.of(markers).withCoder(coder)))
        .apply("AddFileMarkers", Flatten.pCollections())
        .apply("GroupRunsByFile", GroupByKey.create())
        .apply(
            "MergeRuns", ParDo.of(new MergeRunsFn(outputDir, fileNames, table.header(), excelBom)))
        .setCoder(StringUtf8Coder.of());
  }

  /** The folder of a file's runs: {@code <output>/.<file>.runs/}. */
  static ResourceId runFolder(String outputDir, String fileName) {
    return FileSystems.matchNewResource(outputDir, true)
        .resolve("." + fileName + ".runs", StandardResolveOptions.RESOLVE_DIRECTORY);
  }

  /** Sorts a bundle's rows by file and writes each file's share as a run; outputs the runs. */
  static class SortRunsFn<T> extends DoFn<T, KV<Integer, String>> {
    private final String outputDir;
    private final List<String> fileNames;
    private final CsvTable<T> table;
    private transient List<List<SortedRuns.Row>> buffers;
    private transient long[] chars;

    SortRunsFn(String outputDir, List<String> fileNames, CsvTable<T> table) {
      this.outputDir = outputDir;
      this.fileNames = fileNames;
      this.table = table;
    }

    @StartBundle
    public void startBundle() {
      buffers = new ArrayList<>();
      for (int i = 0; i < fileNames.size(); i++) {
        buffers.add(new ArrayList<>());
      }
      chars = new long[fileNames.size()];
    }

    @ProcessElement
    public void process(@Element T element, OutputReceiver<KV<Integer, String>> out)
        throws IOException {
      int file =
          fileNames.size() == 1
              ? 0
              : CsvTable.shardOf(table.shardKey().apply(element), fileNames.size());
      SortedRuns.Row row =
          new SortedRuns.Row(table.sortKey().apply(element), table.toRow().apply(element));
      buffers.get(file).add(row);
      chars[file] += row.size();
      if (chars[file] >= RUN_CHARS) {
        out.output(KV.of(file, writeRun(file)));
      }
    }

    @FinishBundle
    public void finishBundle(FinishBundleContext context) throws IOException {
      for (int file = 0; file < buffers.size(); file++) {
        if (!buffers.get(file).isEmpty()) {
          context.output(
              KV.of(file, writeRun(file)),
              GlobalWindow.INSTANCE.maxTimestamp(),
              GlobalWindow.INSTANCE);
        }
      }
    }

    private String writeRun(int file) throws IOException {
      ResourceId run =
          runFolder(outputDir, fileNames.get(file))
              .resolve(UUID.randomUUID() + ".run", StandardResolveOptions.RESOLVE_FILE);
      try (OutputStream out =
          Channels.newOutputStream(FileSystems.create(run, "application/octet-stream"))) {
        SortedRuns.writeRun(buffers.get(file), out);
      }
      buffers.set(file, new ArrayList<>());
      chars[file] = 0;
      return run.toString();
    }
  }

  /** Merges one file's runs into the CSV file, then deletes its runs. */
  static class MergeRunsFn extends DoFn<KV<Integer, Iterable<String>>, String> {
    private final String outputDir;
    private final List<String> fileNames;
    private final List<String> header;
    private final boolean excelBom;

    MergeRunsFn(String outputDir, List<String> fileNames, List<String> header, boolean excelBom) {
      this.outputDir = outputDir;
      this.fileNames = fileNames;
      this.header = header;
      this.excelBom = excelBom;
    }

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<String>> file, OutputReceiver<String> out)
        throws IOException {
      String fileName = fileNames.get(file.getKey());
      List<SortedRuns.RunSource> runs = new ArrayList<>();
      for (String path : file.getValue()) {
        if (!path.isEmpty()) {
          ResourceId run = FileSystems.matchNewResource(path, false);
          runs.add(() -> open(run));
        }
      }
      ResourceId folder = runFolder(outputDir, fileName);
      SortedRuns.Spill spill =
          () -> {
            ResourceId place =
                folder.resolve(
                    "merged-" + UUID.randomUUID() + ".run", StandardResolveOptions.RESOLVE_FILE);
            return new SortedRuns.Spill.Place() {
              @Override
              public OutputStream create() throws IOException {
                return Channels.newOutputStream(
                    FileSystems.create(place, "application/octet-stream"));
              }

              @Override
              public InputStream open() throws IOException {
                return MergeRunsFn.open(place);
              }
            };
          };
      String written;
      try (SortedRuns.Merge merged = SortedRuns.mergeInPasses(runs, spill)) {
        Iterable<List<String>> rows =
            () ->
                new Iterator<>() {
                  @Override
                  public boolean hasNext() {
                    return merged.hasNext();
                  }

                  @Override
                  public List<String> next() {
                    return merged.next().cells();
                  }
                };
        written = WriteCsvTable.writeFile(outputDir, fileName, header, rows, excelBom);
      }
      deleteRuns(folder);
      out.output(written);
    }

    private static InputStream open(ResourceId run) throws IOException {
      return Channels.newInputStream(FileSystems.open(run));
    }

    /**
     * Deletes the run folder, with any run a failed and retried bundle left behind (the merge has
     * read the runs of the bundles that counted).
     */
    private static void deleteRuns(ResourceId folder) throws IOException {
      MatchResult match = FileSystems.match(folder.toString() + "*");
      List<ResourceId> files = new ArrayList<>();
      if (match.status() == MatchResult.Status.OK) {
        for (MatchResult.Metadata m : match.metadata()) {
          files.add(m.resourceId());
        }
      }
      FileSystems.delete(files, MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
      try {
        FileSystems.delete(List.of(folder), MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
      } catch (IOException e) {
        // An object store has no folders to delete; a local folder is empty by now.
      }
    }
  }
}
