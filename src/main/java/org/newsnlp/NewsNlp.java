package org.newsnlp;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.newsnlp.annotate.LanguageDetector;
import org.newsnlp.annotate.Models;
import org.newsnlp.model.RejectedInput;
import org.newsnlp.options.Help;
import org.newsnlp.options.JobFile;
import org.newsnlp.options.JsonFieldOption;
import org.newsnlp.options.NewsNlpOptions;
import org.newsnlp.options.OptionChecks;
import org.newsnlp.options.RunnerSettings;
import org.newsnlp.pipeline.AnalyzeArticles;
import org.newsnlp.pipeline.AnalyzeJsonLines;
import org.newsnlp.pipeline.CountSpeakers;
import org.newsnlp.read.InputFiles;
import org.newsnlp.read.JsonFields;
import org.newsnlp.read.ReadArticles;
import org.newsnlp.report.RunReport;
import org.newsnlp.run.Manifest;
import org.newsnlp.run.Progress;
import org.newsnlp.run.RunFolder;
import org.newsnlp.run.RunLifecycle;
import org.newsnlp.stats.DaleChallWords;
import org.newsnlp.stats.SyllableDictionary;
import org.newsnlp.write.CsvTable;
import org.newsnlp.write.OutputTables;
import org.newsnlp.write.WriteCsvTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The newsnlp batch job: reads articles, annotates them with OpenNLP, finds quotations, computes
 * statistics and writes {@code documents.csv}, {@code quotes.csv}, {@code speakers.csv}, {@code
 * errors.csv} and {@code inputs.csv}, with a manifest {@code run.json} and a log {@code run.log}.
 *
 * <p>{@link #run} reads as its steps: parse the options, check them (any mistake: exit code 2
 * before any work), then, in the run's staging folder under its lock ({@link RunLifecycle}), build
 * the pipeline, run it, write the manifest and report. A plain run publishes into {@code --output},
 * a dated run ({@code --job} or {@code --runDate}) into {@code <output>/<job>/<runDate>/}; either
 * way the tables appear only when the run has finished.
 */
public final class NewsNlp {
  private static final Logger LOG = LoggerFactory.getLogger(NewsNlp.class);

  /** The run finished; rejected inputs, if any, are in errors.csv. */
  public static final int EXIT_OK = 0;

  /** The run failed: nothing was published. */
  public static final int EXIT_FAILED = 1;

  /** A mistake in the options, found before any work. */
  public static final int EXIT_USAGE = 2;

  /** The run finished, but inputs were rejected and {@code --failOnRejected} was given. */
  public static final int EXIT_REJECTED_INPUTS = 3;

  /** Another run into the same destination holds the lock; this one did nothing. */
  public static final int EXIT_LOCKED = 4;

  private NewsNlp() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Parses {@code args}, checks them, runs the job and returns the process exit code. */
  public static int run(String[] args) {
    Instant started = Instant.now();
    if (Help.isRequest(args)) {
      Help.print(args, System.out);
      return EXIT_OK;
    }
    if (runsInThisJvm(args)) {
      preloadModels();
    }
    NewsNlpOptions options;
    Map<String, String> given;
    try {
      String[] merged = JobFile.merge(args);
      List<String> switches = OptionChecks.switchProblems(merged);
      if (!switches.isEmpty()) {
        return usageError(switches);
      }
      given = JobFile.options(merged);
      PipelineOptionsFactory.register(NewsNlpOptions.class);
      options =
          PipelineOptionsFactory.fromArgs(withRunnerSettings(merged, given))
              .withValidation()
              .as(NewsNlpOptions.class);
    } catch (IOException | RuntimeException e) {
      return usageError(List.of(e.getMessage()));
    }
    List<String> problems = OptionChecks.problems(options);
    if (!problems.isEmpty()) {
      return usageError(problems);
    }
    // checked as the user typed them (a "~" the shell left alone is named as such), then made
    // absolute for executors whose working folder is not this one
    options.setInputs(RunnerSettings.absolute(options.getInputs()));
    options.setOutput(RunnerSettings.absolute(options.getOutput()));
    tuneDirectRunner(options, given.keySet());
    RunFolder folder = runFolder(options);
    RunLifecycle.Result result =
        RunLifecycle.execute(
            folder,
            options.getIncremental(),
            (staging, seen) -> runPipeline(options, given, started, staging, seen, folder));
    return exitCode(result, options);
  }

  private static int usageError(List<String> problems) {
    for (String problem : problems) {
      LOG.error(problem);
    }
    LOG.error("nothing was run; --help lists the options");
    return EXIT_USAGE;
  }

  private static int exitCode(RunLifecycle.Result result, NewsNlpOptions options) {
    if (result instanceof RunLifecycle.Published published) {
      return published.summary().errors() > 0 && options.getFailOnRejected()
          ? EXIT_REJECTED_INPUTS
          : EXIT_OK;
    }
    return result instanceof RunLifecycle.Locked ? EXIT_LOCKED : EXIT_FAILED;
  }

  /**
   * Builds and runs the pipeline with its tables going to {@code staging}, then writes the manifest
   * and (unless {@code --report=false}) the report there and logs the counts; null when the
   * pipeline did not finish.
   */
  static Manifest.Summary runPipeline(
      NewsNlpOptions options,
      Map<String, String> given,
      Instant started,
      Path staging,
      Map<String, String> seen,
      RunFolder folder)
      throws IOException {
    options.setOutput(staging.toString());
    Pipeline pipeline = Pipeline.create(options);
    build(pipeline, options, seen);
    PipelineResult result = pipeline.run();
    PipelineResult.State state = Progress.await(result, options.getProgressSeconds());
    if (state != PipelineResult.State.DONE) {
      LOG.error("the pipeline ended in state {}", state);
      return null;
    }
    LOG.info("counters {}", Progress.counters(result));
    Manifest.Summary summary =
        Manifest.write(
            staging,
            new Manifest.RunFacts(
                given.containsKey("job") ? jobName(options.getJob()) : "",
                options.getRunDate() == null ? "" : options.getRunDate(),
                started,
                Instant.now(),
                options.getRunner().getSimpleName(),
                given,
                InputFiles.of(options.getInputs()).folder(),
                Models.fileNames()));
    if (options.getReport()) {
      writeReport(staging, folder);
    }
    LOG.info(
        "{} inputs, {} skipped, {} documents, {} quotes, {} errors {}",
        summary.inputsMatched(),
        summary.inputsSkipped(),
        summary.documents(),
        summary.quotes(),
        summary.errors(),
        summary.errorsByReason());
    return summary;
  }

  /** Writes report.html beside the staged tables and lists it in their manifest. */
  private static void writeReport(Path staging, RunFolder folder) throws IOException {
    long start = System.nanoTime();
    Path jobFolder = folder instanceof RunFolder.Dated dated ? dated.jobFolder() : null;
    Path report = RunReport.write(staging, jobFolder);
    double seconds = (System.nanoTime() - start) / 1e9;
    Manifest.listReport(staging, report, seconds);
    LOG.info(
        "wrote {} ({} kB) in {} ms",
        RunFolder.REPORT,
        java.nio.file.Files.size(report) / 1000,
        Math.round(seconds * 1000));
  }

  /**
   * {@code args} with what a Flink or Spark run needs and the command line leaves out ({@link
   * RunnerSettings}): Spark's driver settings go into the system properties, where Spark reads
   * them; a Flink configuration folder for an embedded cluster under {@code mvn exec:java} is added
   * as {@code --flinkConfDir}.
   */
  static String[] withRunnerSettings(String[] args, Map<String, String> given) throws IOException {
    RunnerSettings.sparkDriverOnLoopback(given, System.getProperties(), System.getenv())
        .forEach(System::setProperty);
    Optional<Path> flinkConf =
        RunnerSettings.flinkConfigurationForOwnClassLoader(
            given,
            System.getenv(),
            NewsNlp.class.getClassLoader(),
            ClassLoader.getSystemClassLoader());
    if (flinkConf.isEmpty()) {
      return args;
    }
    String[] all = Arrays.copyOf(args, args.length + 1);
    all[args.length] = "--flinkConfDir=" + flinkConf.get();
    return all;
  }

  /**
   * True unless the command line names a runner other than the direct runner: only then do the
   * workers run in this JVM, so that models loaded here are the ones they use.
   */
  static boolean runsInThisJvm(String[] args) {
    for (String arg : args) {
      if (arg.startsWith("--runner=") && !arg.equals("--runner=DirectRunner")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Loads the models and word lists on a background thread while Beam reads the options and builds
   * the pipeline (about a second each on this machine's two cores), so that the direct runner's
   * workers find them ready. A failure here is left to the workers to report, as it would be
   * without this.
   */
  static void preloadModels() {
    Thread loader =
        new Thread(
            () -> {
              try {
                Models.english();
                LanguageDetector.detect("The council met on Tuesday to agree on a budget.");
                SyllableDictionary.cmu();
                DaleChallWords.list();
              } catch (RuntimeException | LinkageError e) {
                // The workers load the same models and report the same failure as error rows.
              }
            },
            "newsnlp-model-loader");
    loader.setDaemon(true);
    loader.start();
  }

  /** Where this run publishes: {@code --output} itself, or its dated folder. */
  static RunFolder runFolder(NewsNlpOptions options) {
    String layout = options.getLayout();
    if (layout == null) {
      layout = options.getJob() == null && options.getRunDate() == null ? "flat" : "dated";
    }
    Path output = Path.of(options.getOutput());
    if (layout.equals("flat")) {
      return new RunFolder.Flat(output, OutputTables.ALL.stream().map(CsvTable::fileName).toList());
    }
    if (options.getRunDate() == null) {
      options.setRunDate(LocalDate.now(ZoneOffset.UTC).toString());
    }
    String job = options.getJob() == null ? "default" : jobName(options.getJob());
    return new RunFolder.Dated(output, job, options.getRunDate());
  }

  /** {@code nightly} for {@code pipelines/nightly.properties}. */
  static String jobName(String jobFile) {
    String name = Path.of(jobFile).getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** Adds the whole job to {@code pipeline}: read, annotate, analyse, write. */
  public static void build(Pipeline pipeline, NewsNlpOptions options) {
    build(pipeline, options, Map.of());
  }

  /**
   * As {@link #build(Pipeline, NewsNlpOptions)}, skipping inputs whose relative path maps to their
   * current SHA-256 in {@code unchanged}.
   */
  public static void build(
      Pipeline pipeline, NewsNlpOptions options, Map<String, String> unchanged) {
    JsonFields fields = JsonFieldOption.fieldsOf(options);
    PCollectionTuple read =
        pipeline.apply(
            "ReadArticles",
            ReadArticles.from(options.getInputs())
                .withMaxDocumentBytes(options.getMaxDocumentBytes())
                .withJsonFields(fields)
                .skippingUnchanged(unchanged));
    PCollectionTuple files =
        read.get(ReadArticles.ARTICLES)
            .apply(
                "AnalyzeArticles",
                AnalyzeArticles.create()
                    .withTokens(options.getEmitTokens())
                    .withMaxDocumentSeconds(options.getMaxDocumentSeconds()));
    PCollectionTuple lines =
        read.get(ReadArticles.PARTS)
            .apply(
                "AnalyzeJsonLines",
                AnalyzeJsonLines.reading(fields, options.getMaxDocumentBytes())
                    .withTokens(options.getEmitTokens())
                    .withMaxDocumentSeconds(options.getMaxDocumentSeconds()));
    PCollection<RejectedInput> rejected =
        PCollectionList.of(read.get(ReadArticles.REJECTED))
            .and(files.get(AnalyzeArticles.REJECTED))
            .and(lines.get(AnalyzeArticles.REJECTED))
            .apply("GatherRejections", Flatten.pCollections());

    gather(files, lines, AnalyzeArticles.STATS, "GatherDocuments")
        .apply("WriteDocuments", writeTable(OutputTables.DOCUMENTS, options));
    gather(files, lines, AnalyzeArticles.QUOTES, "GatherQuotes")
        .apply("WriteQuotes", writeTable(OutputTables.QUOTES, options));
    gather(files, lines, AnalyzeArticles.SPEAKER_QUOTES, "GatherSpeakerQuotes")
        .apply("CountSpeakers", CountSpeakers.create())
        .apply("WriteSpeakers", writeTable(OutputTables.SPEAKERS, options));
    if (options.getEmitTokens()) {
      gather(files, lines, AnalyzeArticles.TOKENS, "GatherTokens")
          .apply("WriteTokens", writeTable(OutputTables.TOKENS, options));
    }
    rejected.apply("WriteErrors", writeTable(OutputTables.ERRORS, options));
    read.get(ReadArticles.INPUTS).apply("WriteInputs", writeTable(OutputTables.INPUTS, options));
  }

  /** The rows {@code tag} names of the articles of files and of JSON Lines, together. */
  private static <T> PCollection<T> gather(
      PCollectionTuple files, PCollectionTuple lines, TupleTag<T> tag, String name) {
    return PCollectionList.of(files.get(tag))
        .and(lines.get(tag))
        .apply(name, Flatten.pCollections());
  }

  /**
   * One sorted file per table by default; with {@code --shards=N}, N files per table, split by
   * document so that no worker has to hold a whole table.
   */
  static <T> WriteCsvTable<T> writeTable(CsvTable<T> table, NewsNlpOptions options) {
    return WriteCsvTable.of(table)
        .to(options.getOutput())
        .withShards(options.getShards())
        .withExcelBom(options.getExcelBom());
  }

  /**
   * Production settings for the direct runner unless the command line chose otherwise: one worker
   * thread per core, no immutability or encodability checks (tests keep them on), and a
   * non-blocking run so that progress can be reported.
   */
  static void tuneDirectRunner(NewsNlpOptions options, Set<String> given) {
    if (options.getRunner() != DirectRunner.class) {
      return;
    }
    DirectOptions direct = options.as(DirectOptions.class);
    if (!given.contains("enforceImmutability")) {
      direct.setEnforceImmutability(false);
    }
    if (!given.contains("enforceEncodability")) {
      direct.setEnforceEncodability(false);
    }
    if (!given.contains("targetParallelism")) {
      direct.setTargetParallelism(Runtime.getRuntime().availableProcessors());
    }
    if (!given.contains("blockOnRun")) {
      direct.setBlockOnRun(false);
    }
  }
}
