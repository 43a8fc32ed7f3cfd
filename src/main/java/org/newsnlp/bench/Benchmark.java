package org.newsnlp.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsnlp.annotate.Annotator;
import org.newsnlp.annotate.Models;
import org.newsnlp.run.Manifest;
import org.newsnlp.run.RunFolder;
import org.newsnlp.write.CsvFiles;

/**
 * Measures, in one run and on the same texts, what the models allow and what the pipeline does:
 *
 * <ol>
 *   <li>the limit: sentence detection, tokenization and UPOS tagging in a plain single-thread loop
 *       over the texts in memory, and that figure times the core count;
 *   <li>the annotator (the same steps plus lemmas) in the same loop, for the cost of lemmas;
 *   <li>start-up: the whole job, as a fresh JVM, on one article;
 *   <li>the whole job files → CSV on the direct runner at 1×, 2× and 4× the corpus (copies of the
 *       files under new ids), and on embedded Flink at 1×, each in a fresh JVM with a capped heap;
 *   <li>the whole job on the same articles as one JSON Lines file ({@code jsonl-scale} times the
 *       corpus, gzipped with {@code jsonl-gzip}), beside the files at the same scale;
 *   <li>the packaged jar at 1×, as a user types it ({@code java -jar}) and with the tuned JVM flags
 *       written out, in turn;
 *   <li>the analysis of generated text unlike news beside that of the corpus, and how its time
 *       grows with the size of one document ({@link PathologicalRuns}).
 * </ol>
 *
 * <p>Prints a table and writes it as {@code benchmark.csv} in the work folder. Options ({@code
 * --name=value}): {@code corpus} (default {@code ../shared/corpora/news/}), {@code work} (default
 * {@code target/bench}), {@code scales} (default {@code 1,2,4}), {@code flink} ({@code true}),
 * {@code heap} (child JVM heap cap, default {@code 1536m}), {@code every} (take every Nth file
 * only, default 1), {@code max-docs} (default all), {@code limit-only} ({@code true}: only the
 * limit loop, cold, for timing the whole process), {@code jvm} (the job's JVM flags,
 * comma-separated, default {@link #JOB_JVM_FLAGS}; {@code none} for the JVM's defaults), {@code
 * jit-compare} ({@code true}: also the 1× run with the JVM's default flags, its tiered compilers
 * and G1), {@code cds} ({@code true}: direct-runner runs map a class-data archive made by a first
 * run, as scheduled runs did before the jar made its own), {@code sources} (first-level folders of
 * the corpus to take, comma-separated, e.g. {@code bbc,wikinews}; default all), {@code jar-pairs}
 * (plain and tuned jar commands run in turn this many times, default 3; 0: none), {@code jar}
 * (default {@code target/newsnlp-<version>.jar}), {@code jsonl} ({@code true}: the JSON Lines row),
 * {@code jsonl-scale} (copies of the corpus in the JSON Lines file, default 1), {@code jsonl-gzip}
 * ({@code false}), {@code pathological} ({@code true}: then the rows of {@link PathologicalRuns},
 * in {@code pathological.csv}), {@code pathological-only} ({@code true}: only those). The child
 * JVMs use this JVM's class path: run it through the {@code bench} Maven profile, which puts the
 * Flink runner on it.
 */
public final class Benchmark {
  /**
   * The JVM flags the launcher gives its worker JVM ({@code launcher.properties}): the client
   * compiler only, and the parallel collector. The {@code jit-compare} row measures both against
   * the JVM's defaults.
   */
  public static final List<String> JOB_JVM_FLAGS = org.newsnlp.Launcher.tunedFlags();

  private final Map<String, String> options;
  private final Path work;
  private final MeasurementTable table = new MeasurementTable();

  private Benchmark(Map<String, String> options) {
    this.options = options;
    this.work = Path.of(options.getOrDefault("work", "target/bench")).toAbsolutePath();
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new LinkedHashMap<>();
    for (String arg : args) {
      for (String part : arg.trim().split("\\s+")) {
        if (part.startsWith("--") && part.contains("=")) {
          options.put(part.substring(2, part.indexOf('=')), part.substring(part.indexOf('=') + 1));
        } else if (!part.isEmpty()) {
          throw new IllegalArgumentException(
              "unknown argument " + part + " (expected --name=value)");
        }
      }
    }
    new Benchmark(options).run();
  }

  private void run() throws Exception {
    Path root = Path.of(options.getOrDefault("corpus", "../shared/corpora/news/")).toAbsolutePath();
    List<Path> files = Corpus.files(root);
    if (options.containsKey("sources")) {
      List<String> sources = Arrays.asList(options.get("sources").split(","));
      files =
          files.stream()
              .filter(f -> sources.contains(root.relativize(f).getName(0).toString()))
              .toList();
    }
    int every = Integer.parseInt(options.getOrDefault("every", "1"));
    if (every > 1) {
      List<Path> sample = new ArrayList<>();
      for (int i = 0; i < files.size(); i += every) {
        sample.add(files.get(i));
      }
      files = sample;
    }
    int maxDocs = Integer.parseInt(options.getOrDefault("max-docs", "0"));
    if (maxDocs > 0 && files.size() > maxDocs) {
      files = files.subList(0, maxDocs);
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no *.txt files under " + root);
    }
    JobRuns jobs =
        new JobRuns(work, options.getOrDefault("heap", "1536m"), jobJvmFlags(options.get("jvm")));
    log(
        "corpus "
            + root
            + ": "
            + files.size()
            + " files (every "
            + every
            + "); "
            + MeasurementTable.CORES
            + " cores;"
            + " job JVM flags: "
            + (jobs.jobJvmFlags().isEmpty() ? "none" : String.join(" ", jobs.jobJvmFlags())));
    if (flag("limit-only", false)) {
      LimitLoops.printCold(Corpus.articles(root, files));
      return;
    }
    RunFolder.deleteTree(work);
    Files.createDirectories(work);
    if (flag("pathological-only", false)) {
      measurePathological(root, files);
      return;
    }
    double limitTokensPerSecond =
        LimitLoops.measure(Corpus.articles(root, files), flag("annotator-loop", true), table);

    StagedInputs inputs = new StagedInputs(work, root, files);
    Path one = inputs.files(files.subList(0, 1), 1, "startup");
    if (flag("cds", true)) {
      jobs.shareClasses(one);
    }
    StartupRow.measure(jobs, one, table);

    List<Integer> scales = new ArrayList<>();
    for (String s : options.getOrDefault("scales", "1,2,4").split(",")) {
      scales.add(Integer.parseInt(s.trim()));
    }
    Map<Integer, Measured> scaled =
        ScaledRuns.measure(jobs, inputs, scales, limitTokensPerSecond, work, table);

    if (flag("jsonl", true)) {
      JsonLinesRow.measure(
          jobs,
          inputs,
          Integer.parseInt(options.getOrDefault("jsonl-scale", "1")),
          flag("jsonl-gzip", false),
          scaled,
          table);
    }

    if (flag("jit-compare", true) && !jobs.jobJvmFlags().isEmpty()) {
      JitComparison.measure(jobs, inputs.files(1, "x1"), scaled, table);
    }

    int pairs = Integer.parseInt(options.getOrDefault("jar-pairs", "3"));
    if (pairs > 0) {
      Path jar =
          Path.of(options.getOrDefault("jar", "target/newsnlp-" + Manifest.version() + ".jar"))
              .toAbsolutePath();
      JarPairs.measure(jar, inputs.files(1, "x1"), one, pairs, work, table);
    }

    if (flag("flink", true)) {
      FlinkRow.measure(jobs, inputs.files(1, "x1"), work, scaled, table);
    }

    MeasurementTable.print(MeasurementTable.HEADER, table.rows());
    Path csv = work.resolve("benchmark.csv");
    try (OutputStream out = Files.newOutputStream(csv)) {
      CsvFiles.write(out, MeasurementTable.HEADER, table.rows());
    }
    log("table written to " + csv);
    if (flag("pathological", true)) {
      measurePathological(root, files);
    }
  }

  private boolean flag(String name, boolean byDefault) {
    return Boolean.parseBoolean(options.getOrDefault(name, Boolean.toString(byDefault)));
  }

  /** The job's JVM flags: those given (comma-separated; {@code none}: none), or the launcher's. */
  private static List<String> jobJvmFlags(String given) {
    if (given == null) {
      return JOB_JVM_FLAGS;
    }
    return given.equals("none") ? List.of() : Arrays.asList(given.split(","));
  }

  /** The rows of {@link PathologicalRuns}, printed and written as {@code pathological.csv}. */
  private void measurePathological(Path root, List<Path> files) throws IOException {
    log("timing the analysis of the news corpus and of the pathological texts, one thread");
    List<List<String>> rows =
        new PathologicalRuns(new Annotator(Models.english())).measure(Corpus.articles(root, files));
    MeasurementTable.print(PathologicalRuns.HEADER, rows);
    Path csv = work.resolve("pathological.csv");
    try (OutputStream out = Files.newOutputStream(csv)) {
      CsvFiles.write(out, PathologicalRuns.HEADER, rows);
    }
    log("table written to " + csv);
  }

  static void log(String message) {
    System.err.println("benchmark: " + message);
  }
}
