package org.newsnlp.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsnlp.model.InputFile;
import org.newsnlp.options.Help;

/**
 * The manifest of a run, {@code run.json}: what ran (job, date, options, versions), on what (input
 * count and fingerprint, what was skipped), what came out (documents, quotes, speakers, errors by
 * reason) and the table files with their row counts and SHA-256. Everything but the three timing
 * fields depends only on the inputs and options, so two runs over the same inputs give the same
 * manifest apart from them.
 */
public final class Manifest {
  public static final String FILE_NAME = "run.json";

  private Manifest() {}

  /** What the caller knows of the run; the rest is read from the tables in the folder. */
  public record RunFacts(
      String job,
      String runDate,
      Instant startedAt,
      Instant finishedAt,
      String runner,
      Map<String, String> options,
      String inputFolder,
      Map<String, String> models) {}

  /** The figures of a run as read from its tables. */
  public record Summary(
      int inputsMatched,
      int inputsSkipped,
      int documents,
      int quotes,
      int speakers,
      int errors,
      Map<String, Integer> errorsByReason,
      String inputFingerprint) {}

  /** The data rows of table {@code name}, one file or its shards, from the counts made. */
  private static int rowsOf(Path folder, String name, Map<Path, Tables.Count> counts)
      throws IOException {
    int rows = 0;
    for (Path file : Tables.filesOf(folder, name)) {
      Tables.Count count = counts.get(file);
      rows += count != null ? count.rows() : Tables.count(file).rows();
    }
    return rows;
  }

  /** Writes {@code run.json} into {@code folder}, beside the tables, and returns its summary. */
  public static Summary write(Path folder, RunFacts facts) throws IOException {
    List<Map<String, String>> inputs = new ArrayList<>(Tables.rowsOf(folder, "inputs.csv"));
    inputs.sort(java.util.Comparator.comparing(row -> row.get("path")));
    List<Map<String, String>> errors = Tables.rowsOf(folder, "errors.csv");
    Map<String, Integer> byReason = new TreeMap<>();
    for (Map<String, String> e : errors) {
      byReason.merge(e.get("reason"), 1, Integer::sum);
    }
    List<String> skipped = new ArrayList<>();
    var digest = Tables.digest();
    for (Map<String, String> in : inputs) {
      if (InputFile.SKIPPED.equals(in.get("status"))) {
        skipped.add(in.get("path"));
      }
      String content =
          in.get("sha256").isEmpty() ? "size:" + in.get("size_bytes") : in.get("sha256");
      digest.update((in.get("path") + "\t" + content + "\n").getBytes(StandardCharsets.UTF_8));
    }
    String fingerprint = HexFormat.of().formatHex(digest.digest());

    List<Map<String, Object>> tables = new ArrayList<>();
    Map<Path, Tables.Count> counts = new LinkedHashMap<>();
    for (Path table : Tables.csvFiles(folder)) {
      Tables.Count count = Tables.count(table);
      counts.put(table, count);
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("file", table.getFileName().toString());
      entry.put("rows", count.rows());
      entry.put("bytes", Files.size(table));
      entry.put("sha256", count.sha256());
      tables.add(entry);
    }
    Summary summary =
        new Summary(
            inputs.size(),
            skipped.size(),
            rowsOf(folder, "documents.csv", counts),
            rowsOf(folder, "quotes.csv", counts),
            rowsOf(folder, "speakers.csv", counts),
            errors.size(),
            byReason,
            fingerprint);

    Map<String, Object> json = new LinkedHashMap<>();
    json.put("job", facts.job());
    json.put("run_date", facts.runDate());
    json.put("started_at", facts.startedAt().toString());
    json.put("finished_at", facts.finishedAt().toString());
    json.put(
        "duration_seconds",
        Duration.between(facts.startedAt(), facts.finishedAt()).toMillis() / 1000.0);
    json.put("newsnlp_version", version());
    json.put("opennlp_version", opennlp.tools.util.Version.currentVersion().toString());
    json.put("beam_version", org.apache.beam.sdk.util.ReleaseInfo.getReleaseInfo().getVersion());
    json.put("models", new TreeMap<>(facts.models()));
    json.put("runner", facts.runner());
    json.put("options", new TreeMap<>(facts.options()));
    // The one place the machine's own folder appears: the tables' paths are relative to it.
    json.put("input_folder", facts.inputFolder());
    Map<String, Object> in = new LinkedHashMap<>();
    in.put("matched", summary.inputsMatched());
    in.put("processed", summary.inputsMatched() - summary.inputsSkipped());
    in.put("skipped", summary.inputsSkipped());
    in.put("skipped_paths", skipped);
    in.put("fingerprint_sha256", fingerprint);
    json.put("inputs", in);
    json.put("documents_written", summary.documents());
    json.put("quotes_written", summary.quotes());
    json.put("speakers_written", summary.speakers());
    json.put("errors_written", summary.errors());
    json.put("errors_by_reason", byReason);
    json.put("tables", tables);
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(folder.resolve(FILE_NAME).toFile(), json);
    return summary;
  }

  /**
   * Lists {@code report}, written after the manifest from the tables and the manifest, in the
   * manifest of {@code folder} as {@code report}: its file, bytes and SHA-256, as a table is
   * listed, and the seconds it took to write. The report shows the run's timing, so this entry
   * varies with it like the timing fields.
   */
  public static void listReport(Path folder, Path report, double seconds) throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    Path file = folder.resolve(FILE_NAME);
    ObjectNode json = (ObjectNode) mapper.readTree(file.toFile());
    ObjectNode entry = json.putObject("report");
    entry.put("file", report.getFileName().toString());
    entry.put("bytes", Files.size(report));
    entry.put("sha256", Tables.sha256(report));
    entry.put("write_seconds", Math.round(seconds * 1000) / 1000.0);
    mapper.writeValue(file.toFile(), json);
  }

  /** The newsnlp version, from the build. */
  public static String version() {
    return Help.versions().getProperty("version", "unknown");
  }
}
