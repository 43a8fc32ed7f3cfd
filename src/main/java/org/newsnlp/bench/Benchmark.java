package org.newsnlp.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.newsnlp.annotate.Annotator;
import org.newsnlp.annotate.Models;
import org.newsnlp.model.Article;
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
  private static final int CORES = Runtime.getRuntime().availableProcessors();
  private static final List<String> HEADER =
      List.of(
          "measurement",
          "documents",
          "tokens",
          "wall_s",
          "tokens_per_s",
          "documents_per_s",
          "cpu_s",
          "cpu_use",
          "peak_heap_mb",
          "note");

  /**
   * The JVM flags the launcher gives its worker JVM ({@code launcher.properties}): the client
   * compiler only, and the parallel collector. The {@code jit-compare} row measures both against
   * the JVM's defaults.
   */
  public static final List<String> JOB_JVM_FLAGS = org.newsnlp.Launcher.tunedFlags();

  private final Map<String, String> options;
  private final Path work;

  /** The direct runner's class path: this JVM's without Flink, as jars when sharing classes. */
  private String directClassPath = classPath(false);

  /** Flags that map the class-data archive of the direct runner's classes, when made. */
  private List<String> sharedClassFlags = List.of();

  private final List<List<String>> table = new ArrayList<>();

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
    log(
        "corpus "
            + root
            + ": "
            + files.size()
            + " files (every "
            + every
            + "); "
            + CORES
            + " cores;"
            + " job JVM flags: "
            + (jobJvmFlags().isEmpty() ? "none" : String.join(" ", jobJvmFlags())));
    if (Boolean.parseBoolean(options.getOrDefault("limit-only", "false"))) {
      // The limit as a whole process, cold: for timing side by side with a pipeline run.
      List<Article> articles = Corpus.articles(root, files);
      ModelLoop loop = new ModelLoop(Models.english());
      long t0 = System.nanoTime();
      long tokens = 0;
      for (Article a : articles) {
        tokens += loop.run(a, null);
      }
      double s = (System.nanoTime() - t0) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "limit-only: %d documents, %d tokens, %.1f s, %.0f tokens/s (one thread)%n",
          articles.size(),
          tokens,
          s,
          tokens / s);
      return;
    }
    RunFolder.deleteTree(work);
    Files.createDirectories(work);
    if (Boolean.parseBoolean(options.getOrDefault("pathological-only", "false"))) {
      measurePathological(root, files);
      return;
    }
    double limitTokensPerSecond = measureLoops(root, files);

    Path one = stage(root, files.subList(0, 1), 1, "startup");
    if (Boolean.parseBoolean(options.getOrDefault("cds", "true"))) {
      shareClasses(one);
    }
    Measured startup = runJob("startup", one, List.of());
    add(
        "start-up: whole job on 1 article, fresh JVM",
        startup,
        String.format(
            Locale.ROOT,
            "first document annotated %.2f s after the process started",
            startup.firstDocumentSeconds));

    Map<Integer, Measured> scaled = new LinkedHashMap<>();
    for (String s : options.getOrDefault("scales", "1,2,4").split(",")) {
      int scale = Integer.parseInt(s.trim());
      Path input = stage(root, files, scale, "x" + scale);
      Measured m = runJob("direct-x" + scale, input, List.of());
      scaled.put(scale, m);
      String note =
          scale == 1
              ? String.format(
                  Locale.ROOT,
                  "%.2f x two-core limit (%.2f x one-thread loop)",
                  m.tokensPerSecond() / (limitTokensPerSecond * Math.min(2, CORES)),
                  m.tokensPerSecond() / limitTokensPerSecond)
              : scaled.containsKey(1)
                  ? String.format(
                      Locale.ROOT,
                      "wall %.2f x the 1x run",
                      m.wallSeconds / scaled.get(1).wallSeconds)
                  : "";
      add("direct runner, files to CSV, " + scale + "x corpus", m, note);
      if (scale == 1) {
        addReportRow(work.resolve("out-direct-x1"), m);
      }
    }

    if (Boolean.parseBoolean(options.getOrDefault("jsonl", "true"))) {
      int scale = Integer.parseInt(options.getOrDefault("jsonl-scale", "1"));
      boolean gzip = Boolean.parseBoolean(options.getOrDefault("jsonl-gzip", "false"));
      Path input = stageJsonLines(root, files, scale, gzip);
      Measured m = runJob("jsonl-x" + scale, input, List.of());
      String size =
          String.format(
              Locale.ROOT,
              "one %s file of %.0f MB uncompressed",
              gzip ? ".jsonl.gz" : ".jsonl",
              jsonLinesBytes / 1e6);
      add(
          "direct runner, one JSON Lines file to CSV, " + scale + "x corpus",
          m,
          scaled.containsKey(scale)
              ? String.format(
                  Locale.ROOT,
                  "%s; %.2f x the files' tokens/s",
                  size,
                  m.tokensPerSecond() / scaled.get(scale).tokensPerSecond())
              : size);
    }

    if (Boolean.parseBoolean(options.getOrDefault("jit-compare", "true"))
        && !jobJvmFlags().isEmpty()) {
      Measured m = runJob("direct-x1-default-jit", stage(root, files, 1, "x1"), List.of(), true);
      add(
          "direct runner, files to CSV, 1x corpus, the JVM's default flags",
          m,
          scaled.containsKey(1)
              ? String.format(
                  Locale.ROOT,
                  "wall %.2f x, CPU %.2f x the run with %s",
                  m.wallSeconds / scaled.get(1).wallSeconds,
                  m.cpuSeconds / scaled.get(1).cpuSeconds,
                  String.join(" ", jobJvmFlags()))
              : "");
    }

    int pairs = Integer.parseInt(options.getOrDefault("jar-pairs", "3"));
    if (pairs > 0) {
      compareJarCommands(stage(root, files, 1, "x1"), one, pairs);
    }

    if (Boolean.parseBoolean(options.getOrDefault("flink", "true"))) {
      Path input = stage(root, files, 1, "x1");
      Measured flink =
          runJob(
              "flink-x1",
              input,
              List.of(
                  "--runner=FlinkRunner",
                  "--flinkMaster=[local]",
                  "--parallelism=" + CORES,
                  "--objectReuse=true"));
      String note = "";
      if (scaled.containsKey(1)) {
        note =
            String.format(
                Locale.ROOT,
                "wall %.2f x direct; tables %s",
                flink.wallSeconds / scaled.get(1).wallSeconds,
                sameTables(work.resolve("out-direct-x1"), work.resolve("out-flink-x1"))
                    ? "byte-identical to direct"
                    : "DIFFER from direct");
      }
      add("embedded Flink, files to CSV, 1x corpus", flink, note);
    }

    print(HEADER, table);
    Path csv = work.resolve("benchmark.csv");
    try (OutputStream out = Files.newOutputStream(csv)) {
      CsvFiles.write(out, HEADER, table);
    }
    log("table written to " + csv);
    if (Boolean.parseBoolean(options.getOrDefault("pathological", "true"))) {
      measurePathological(root, files);
    }
  }

  /** The rows of {@link PathologicalRuns}, printed and written as {@code pathological.csv}. */
  private void measurePathological(Path root, List<Path> files) throws IOException {
    log("timing the analysis of the news corpus and of the pathological texts, one thread");
    List<List<String>> rows =
        new PathologicalRuns(new Annotator(Models.english())).measure(Corpus.articles(root, files));
    print(PathologicalRuns.HEADER, rows);
    Path csv = work.resolve("pathological.csv");
    try (OutputStream out = Files.newOutputStream(csv)) {
      CsvFiles.write(out, PathologicalRuns.HEADER, rows);
    }
    log("table written to " + csv);
  }

  /**
   * The report step of a run, timed inside it ({@code run.json}'s {@code report.write_seconds}:
   * reading the tables and manifest back, writing {@code report.html}), beside the whole run's wall
   * time measured from outside.
   */
  private void addReportRow(Path output, Measured run) throws IOException {
    JsonNode report =
        new ObjectMapper().readTree(output.resolve("run.json").toFile()).path("report");
    if (report.isMissingNode()) {
      log("the 1x run wrote no report.html: no report row");
      return;
    }
    double seconds = report.path("write_seconds").asDouble();
    add(
        "report.html: the report step of the 1x run",
        run.documents,
        run.tokens,
        seconds,
        -1,
        -1,
        String.format(
            Locale.ROOT,
            "%.2f%% of the run's wall; %d kB",
            100 * seconds / run.wallSeconds,
            report.path("bytes").asLong() / 1000));
  }

  /**
   * The packaged jar as a user types it ({@code java -jar newsnlp.jar}, which starts its worker JVM
   * with the tuned settings and its own class-data archive) beside the command with the tuned JVM
   * flags written out, run in one JVM ({@link #TUNED_COMMAND_FLAGS}, with an archive made as the
   * scheduled jobs used to make it), {@code pairs} times in turn on the same input. Each command
   * first runs once on one article, which makes its archive. The rows give the median of each; the
   * note the plain command's speed as a share of the tuned one's, pair by pair and their median.
   */
  private void compareJarCommands(Path input, Path oneArticle, int pairs) throws Exception {
    Path jar =
        Path.of(options.getOrDefault("jar", "target/newsnlp-" + Manifest.version() + ".jar"))
            .toAbsolutePath();
    if (!Files.isRegularFile(jar)) {
      log("no " + jar + " (mvn package builds it): the plain and tuned command rows are left out");
      return;
    }
    Path cache = work.resolve("launcher-cache");
    Path archive = work.resolve("tuned.jsa");
    List<String> plain = List.of("java", "-jar", jar.toString());
    List<String> tuned = new ArrayList<>(List.of("java"));
    tuned.addAll(TUNED_COMMAND_FLAGS);
    tuned.add("-XX:SharedArchiveFile=" + archive);
    tuned.addAll(List.of("-Dnewsnlp.relaunch=false", "-jar", jar.toString()));
    List<String> archiving = new ArrayList<>(List.of("java"));
    archiving.addAll(TUNED_COMMAND_FLAGS);
    archiving.add("-XX:ArchiveClassesAtExit=" + archive);
    archiving.addAll(List.of("-Dnewsnlp.relaunch=false", "-jar", jar.toString()));
    runCommand("plain-archive", plain, oneArticle, cache);
    runCommand("tuned-archive", archiving, oneArticle, cache);

    List<Measured> plainRuns = new ArrayList<>();
    List<Measured> tunedRuns = new ArrayList<>();
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < pairs; i++) {
      Measured p = runCommand("jar-plain", plain, input, cache);
      Measured t = runCommand("jar-tuned", tuned, input, cache);
      plainRuns.add(p);
      tunedRuns.add(t);
      ratios.add(t.wallSeconds / p.wallSeconds);
    }
    List<String> shown = new ArrayList<>();
    for (double r : ratios) {
      shown.add(String.format(Locale.ROOT, "%.3f", r));
    }
    add(
        "plain command: java -jar newsnlp.jar, 1x corpus, median of " + pairs,
        median(plainRuns),
        String.format(
            Locale.ROOT,
            "speed %.3f x the tuned command (median of the pairs %s)",
            medianOf(ratios),
            String.join(", ", shown)));
    add(
        "tuned command: java "
            + String.join(" ", TUNED_COMMAND_FLAGS)
            + " -XX:SharedArchiveFile=… -jar, 1x corpus, median of "
            + pairs,
        median(tunedRuns),
        "in one JVM, archive made by a run on one article");
  }

  /**
   * The JVM flags the scheduled jobs' crontab line gave before the jar started its own worker JVM:
   * the yardstick for the plain command.
   */
  static final List<String> TUNED_COMMAND_FLAGS =
      List.of("-Xmx2g", "-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC");

  private static Measured median(List<Measured> runs) {
    List<Measured> sorted = new ArrayList<>(runs);
    sorted.sort(java.util.Comparator.comparingDouble(Measured::wallSeconds));
    return sorted.get(sorted.size() / 2);
  }

  private static double medianOf(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    return sorted.get(sorted.size() / 2);
  }

  /**
   * Runs {@code command} on {@code input} as a whole process, timed from outside; CPU seconds and
   * peak memory (resident, of the largest process) from {@code /usr/bin/time} when it is there.
   */
  private Measured runCommand(String name, List<String> command, Path input, Path cache)
      throws Exception {
    Path output = work.resolve("out-" + name);
    List<String> full = new ArrayList<>();
    Path timing = work.resolve("time-" + name + ".txt");
    boolean timed = Files.isExecutable(Path.of("/usr/bin/time"));
    if (timed) {
      full.addAll(List.of("/usr/bin/time", "-o", timing.toString(), "-f", "%U %S %M"));
    }
    full.addAll(command);
    full.add("--inputs=" + input + "/**");
    full.add("--output=" + output);
    full.add("--progressSeconds=0");
    log("running " + name);
    ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
    builder.environment().put("XDG_CACHE_HOME", cache.toString());
    long t0 = System.nanoTime();
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = process.waitFor();
    double wall = (System.nanoTime() - t0) / 1e9;
    if (exit != 0) {
      throw new IllegalStateException(name + " failed with exit code " + exit + ":\n" + out);
    }
    double cpu = -1;
    long peakMb = -1;
    if (timed) {
      String[] f = Files.readString(timing).trim().split("\\s+");
      cpu = Double.parseDouble(f[f.length - 3]) + Double.parseDouble(f[f.length - 2]);
      peakMb = Long.parseLong(f[f.length - 1]) / 1024;
    }
    long[] counted = documentsAndTokens(output);
    int documents = (int) counted[0];
    long tokens = counted[1];
    return new Measured(documents, tokens, wall, cpu, peakMb, -1);
  }

  /** The rows of a run's {@code documents.csv} and the sum of its {@code tokens} column. */
  private static long[] documentsAndTokens(Path output) throws IOException {
    long documents = 0;
    long tokens = 0;
    try (Reader reader = Files.newBufferedReader(output.resolve("documents.csv"))) {
      for (CSVRecord record :
          CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
        documents++;
        tokens += Long.parseLong(record.get("tokens"));
      }
    }
    return new long[] {documents, tokens};
  }

  /** The single-thread loops; returns the limit in tokens per second on one thread. */
  private double measureLoops(Path root, List<Path> files) {
    List<Article> articles = Corpus.articles(root, files);
    Models models = Models.english();
    ModelLoop loop = new ModelLoop(models);
    Annotator annotator = new Annotator(models);
    // Warm-up: let the JIT compile the models' hot paths before the clock starts.
    List<Article> warmUp = articles.subList(0, Math.min(articles.size(), 1500));
    for (Article a : warmUp) {
      loop.run(a, null);
      annotator.annotate(a);
    }
    long t0 = System.nanoTime();
    long tokens = 0;
    for (Article a : articles) {
      tokens += loop.run(a, null);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    double limit = tokens / seconds;
    add(
        "limit: sentences+tokens+UPOS, one thread, texts in memory",
        articles.size(),
        tokens,
        seconds,
        -1,
        -1,
        "");
    table.add(
        row(
            "limit x " + CORES + " cores",
            articles.size(),
            tokens,
            seconds / CORES,
            -1,
            -1,
            "one-thread figure times the core count"));
    if (Boolean.parseBoolean(options.getOrDefault("annotator-loop", "true"))) {
      t0 = System.nanoTime();
      long annotated = 0;
      for (Article a : articles) {
        annotated += annotator.annotate(a).tokens().size();
      }
      double s = (System.nanoTime() - t0) / 1e9;
      add(
          "annotator (limit steps + lemma cache), one thread, in memory",
          articles.size(),
          annotated,
          s,
          -1,
          -1,
          String.format(Locale.ROOT, "%.2f x the one-thread limit", (annotated / s) / limit));
    }
    return limit;
  }

  /** A folder of links to the corpus files, {@code scale} times over under new ids. */
  private Path stage(Path root, List<Path> files, int scale, String name) throws IOException {
    Path dir = work.resolve("input-" + name);
    if (Files.isDirectory(dir)) {
      return dir;
    }
    for (int copy = 0; copy < scale; copy++) {
      for (Path file : files) {
        Path link = dir.resolve("copy" + copy).resolve(root.relativize(file).toString());
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, file);
      }
    }
    return dir;
  }

  /** The uncompressed size of the JSON Lines file the last {@link #stageJsonLines} wrote. */
  private long jsonLinesBytes;

  /**
   * A folder holding one JSON Lines file of the corpus, {@code scale} times over under new ids, in
   * news-please's field names: {@code id} the file's path without {@code .txt} (under {@code
   * copy<k>/}), {@code title} its first paragraph, {@code maintext} the text after it, so that each
   * line is analysed as its file is.
   */
  private Path stageJsonLines(Path root, List<Path> files, int scale, boolean gzip)
      throws IOException {
    Path dir = work.resolve("input-jsonl-x" + scale + (gzip ? "-gz" : ""));
    RunFolder.deleteTree(dir);
    Files.createDirectories(dir);
    Path file = dir.resolve(gzip ? "corpus.jsonl.gz" : "corpus.jsonl");
    ObjectMapper json = new ObjectMapper();
    List<Article> articles = Corpus.articles(root, files);
    long bytes = 0;
    try (OutputStream raw = Files.newOutputStream(file);
        OutputStream out =
            gzip ? new GZIPOutputStream(new BufferedOutputStream(raw), 1 << 16) : raw;
        OutputStream buffered = new BufferedOutputStream(out, 1 << 16)) {
      for (int copy = 0; copy < scale; copy++) {
        for (Article a : articles) {
          String text = a.text();
          int blank = text.indexOf("\n\n");
          Map<String, String> article = new LinkedHashMap<>();
          article.put("id", "copy" + copy + "/" + a.docId().replaceFirst("\\.txt$", ""));
          if (blank >= 0) {
            article.put("title", text.substring(0, blank));
          }
          article.put("maintext", blank >= 0 ? text.substring(blank + 2) : text);
          byte[] line = (json.writeValueAsString(article) + "\n").getBytes(StandardCharsets.UTF_8);
          buffered.write(line);
          bytes += line.length;
        }
      }
    }
    jsonLinesBytes = bytes;
    return dir;
  }

  private record Measured(
      int documents,
      long tokens,
      double wallSeconds,
      double cpuSeconds,
      long peakHeapMb,
      double firstDocumentSeconds) {
    double tokensPerSecond() {
      return tokens / wallSeconds;
    }
  }

  /**
   * The line the job prints when its first document is annotated ({@code ArticleSteps.annotate}).
   */
  private static final String FIRST_DOCUMENT = "first document annotated";

  /**
   * Runs the job in a fresh JVM on {@code input}; the wall time is the whole process's, and the
   * start-up is the time from starting the process to reading the first-document line.
   */
  private Measured runJob(String name, Path input, List<String> extra) throws Exception {
    return runJob(name, input, extra, false);
  }

  private Measured runJob(String name, Path input, List<String> extra, boolean defaultJit)
      throws Exception {
    boolean flink = extra.stream().anyMatch(a -> a.startsWith("--runner=Flink"));
    List<String> jvm = new ArrayList<>(defaultJit ? List.of() : jobJvmFlags());
    if (!flink) {
      // The archive holds the direct runner's class path; Flink's differs.
      jvm.addAll(sharedClassFlags);
    }
    return runJob(name, input, extra, jvm, flink ? classPath(true) : directClassPath);
  }

  /** The job's JVM flags: the {@code jvm} option's, or {@link #JOB_JVM_FLAGS}. */
  private List<String> jobJvmFlags() {
    String given = options.get("jvm");
    if (given == null) {
      return JOB_JVM_FLAGS;
    }
    return given.equals("none") ? List.of() : Arrays.asList(given.split(","));
  }

  private Measured runJob(
      String name, Path input, List<String> extra, List<String> jvm, String classPath)
      throws Exception {
    Path output = work.resolve("out-" + name);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + options.getOrDefault("heap", "1536m"));
    command.addAll(jvm);
    // Flink's and Spark's memory code reaches into JDK internals that Java 17 closes.
    for (String pkg : List.of("java.lang", "java.nio", "sun.nio.ch", "java.util")) {
      command.add("--add-opens=java.base/" + pkg + "=ALL-UNNAMED");
    }
    command.add("-cp");
    command.add(classPath);
    command.add(TimedRun.class.getName());
    // A folder with sub-folders: match every file below it.
    command.add("--inputs=" + input + "/**");
    command.add("--output=" + output);
    command.addAll(extra);
    log("running " + name);
    long t0 = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String timed = null;
    double firstDocument = -1;
    StringBuilder tail = new StringBuilder();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = out.readLine()) != null; ) {
        if (line.startsWith(TimedRun.PREFIX)) {
          timed = line;
        } else {
          if (line.contains("Unable to use shared archive")) {
            log(name + ": the class-data archive was not used: " + line);
          }
          if (firstDocument < 0 && line.contains(FIRST_DOCUMENT)) {
            firstDocument = (System.nanoTime() - t0) / 1e9;
          }
          tail.append(line).append('\n');
          if (tail.length() > 20_000) {
            tail.delete(0, tail.length() - 10_000);
          }
        }
      }
    }
    int exit = process.waitFor();
    double wall = (System.nanoTime() - t0) / 1e9;
    if (exit != 0 || timed == null) {
      throw new IllegalStateException(name + " failed with exit code " + exit + ":\n" + tail);
    }
    Map<String, Long> figures = new LinkedHashMap<>();
    for (String field : timed.split(" ")) {
      if (field.contains("=")) {
        figures.put(
            field.substring(0, field.indexOf('=')),
            Long.parseLong(field.substring(field.indexOf('=') + 1)));
      }
    }
    long[] counted = documentsAndTokens(output);
    int documents = (int) counted[0];
    long tokens = counted[1];
    return new Measured(
        documents,
        tokens,
        wall,
        figures.get("cpu_ms") / 1000.0,
        figures.get("peak_heap_mb"),
        firstDocument);
  }

  /**
   * Application class-data sharing, as the README describes it for scheduled runs: the direct
   * runner's class path as jars (an archive cannot hold classes from a directory), then one run of
   * the job on one article that writes the archive of the classes it loaded, which every later
   * direct-runner run maps instead of loading and verifying those classes again.
   */
  private void shareClasses(Path oneArticle) throws Exception {
    List<String> entries = new ArrayList<>();
    int n = 0;
    for (String entry : classPath(false).split(java.io.File.pathSeparator)) {
      Path path = Path.of(entry);
      if (Files.isDirectory(path)) {
        Path jar = work.resolve("classpath-" + n++ + ".jar");
        jarOf(path, jar);
        entries.add(jar.toString());
      } else {
        entries.add(entry);
      }
    }
    directClassPath = String.join(java.io.File.pathSeparator, entries);
    Path archive = work.resolve("newsnlp.jsa");
    List<String> jvm = new ArrayList<>(jobJvmFlags());
    jvm.add("-XX:ArchiveClassesAtExit=" + archive);
    runJob("class-data-archive", oneArticle, List.of(), jvm, directClassPath);
    sharedClassFlags = List.of("-XX:SharedArchiveFile=" + archive);
  }

  /** A jar of the files under {@code dir}. */
  private static void jarOf(Path dir, Path jar) throws IOException {
    try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
        var walk = Files.walk(dir)) {
      for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
        out.putNextEntry(
            new java.util.jar.JarEntry(dir.relativize(file).toString().replace('\\', '/')));
        Files.copy(file, out);
        out.closeEntry();
      }
    }
  }

  /**
   * This JVM's class path; without the Flink runner's jars unless the run is on Flink, so that a
   * direct-runner run has the class path of the job's own jar (the runner's option registrars alone
   * add a second to Beam's start-up).
   */
  private static String classPath(boolean flink) {
    String all = System.getProperty("java.class.path");
    if (flink) {
      return all;
    }
    List<String> kept = new ArrayList<>();
    for (String entry : all.split(java.io.File.pathSeparator)) {
      if (!entry.contains("beam-runners-flink") && !entry.contains("/org/apache/flink/")) {
        kept.add(entry);
      }
    }
    return String.join(java.io.File.pathSeparator, kept);
  }

  private static boolean sameTables(Path a, Path b) throws IOException {
    for (String table : List.of("documents.csv", "quotes.csv", "speakers.csv", "errors.csv")) {
      if (Files.mismatch(a.resolve(table), b.resolve(table)) != -1) {
        return false;
      }
    }
    return true;
  }

  private void add(String name, Measured m, String note) {
    table.add(row(name, m.documents, m.tokens, m.wallSeconds, m.cpuSeconds, m.peakHeapMb, note));
  }

  private void add(
      String name, int documents, long tokens, double wall, double cpu, long heap, String note) {
    table.add(row(name, documents, tokens, wall, cpu, heap, note));
  }

  private static List<String> row(
      String name, int documents, long tokens, double wall, double cpu, long heapMb, String note) {
    return List.of(
        name,
        Integer.toString(documents),
        Long.toString(tokens),
        String.format(Locale.ROOT, "%.1f", wall),
        String.format(Locale.ROOT, "%.0f", tokens / wall),
        String.format(Locale.ROOT, "%.1f", documents / wall),
        cpu < 0 ? "" : String.format(Locale.ROOT, "%.1f", cpu),
        cpu < 0 ? "" : String.format(Locale.ROOT, "%.2f", cpu / (wall * CORES)),
        heapMb < 0 ? "" : Long.toString(heapMb),
        note);
  }

  private static void print(List<String> header, List<List<String>> rows) {
    int[] widths = new int[header.size()];
    List<List<String>> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    for (List<String> r : all) {
      for (int i = 0; i < r.size(); i++) {
        widths[i] = Math.max(widths[i], r.get(i).length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (List<String> r : all) {
      sb.append("| ");
      for (int i = 0; i < r.size(); i++) {
        sb.append(String.format("%-" + widths[i] + "s", r.get(i))).append(" | ");
      }
      sb.setLength(sb.length() - 1);
      sb.append('\n');
      if (r == header) {
        sb.append('|');
        Arrays.stream(widths).forEach(w -> sb.append("-".repeat(w + 2)).append('|'));
        sb.append('\n');
      }
    }
    System.out.print(sb);
  }

  private static void log(String message) {
    System.err.println("benchmark: " + message);
  }
}
