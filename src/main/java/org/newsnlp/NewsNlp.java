package org.newsnlp;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
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
import org.newsnlp.annotate.LanguageDetector;
import org.newsnlp.annotate.Models;
import org.newsnlp.model.RejectedInput;
import org.newsnlp.options.JobFile;
import org.newsnlp.options.NewsNlpOptions;
import org.newsnlp.pipeline.AnalyzeArticles;
import org.newsnlp.read.ReadArticles;
import org.newsnlp.run.Manifest;
import org.newsnlp.run.Progress;
import org.newsnlp.run.RunFolder;
import org.newsnlp.run.RunLock;
import org.newsnlp.run.SeenInputs;
import org.newsnlp.stats.DaleChallWords;
import org.newsnlp.stats.SyllableDictionary;
import org.newsnlp.write.CsvTable;
import org.newsnlp.write.OutputTables;
import org.newsnlp.write.WriteCsvTable;

/**
 * The newsnlp batch job: reads articles, annotates them with OpenNLP, finds quotations, computes
 * statistics and writes {@code documents.csv}, {@code quotes.csv}, {@code errors.csv} and {@code
 * inputs.csv}, with a manifest {@code run.json}.
 *
 * <p>A plain run writes straight into {@code --output}. A dated run ({@code --job} or {@code
 * --runDate}) writes into {@code <output>/<job>/<runDate>/}, published whole only when it succeeds,
 * under a lock that keeps a second run of the same job and date out.
 */
public final class NewsNlp {
  /** The run finished; rejected inputs, if any, are in errors.csv. */
  public static final int EXIT_OK = 0;

  /** The run failed: nothing was published. */
  public static final int EXIT_FAILED = 1;

  /** The options could not be understood. */
  public static final int EXIT_USAGE = 2;

  /** The run finished, but inputs were rejected and {@code --failOnRejected} was given. */
  public static final int EXIT_REJECTED_INPUTS = 3;

  /** Another run of the same job and date holds the lock; this one did nothing. */
  public static final int EXIT_LOCKED = 4;

  private NewsNlp() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Parses {@code args}, runs the job and returns the process exit code. */
  public static int run(String[] args) {
    Instant started = Instant.now();
    if (runsInThisJvm(args)) {
      preloadModels();
    }
    NewsNlpOptions options;
    Map<String, String> given;
    RunFolder folder;
    try {
      PipelineOptionsFactory.register(NewsNlpOptions.class);
      if (Arrays.asList(args).contains("--help")) {
        args = new String[] {"--help=" + NewsNlpOptions.class.getName()};
      }
      String[] merged = JobFile.merge(args);
      options = PipelineOptionsFactory.fromArgs(merged).withValidation().as(NewsNlpOptions.class);
      given = JobFile.options(merged);
      folder = runFolder(options);
    } catch (Exception e) {
      System.err.println("newsnlp: " + e.getMessage());
      System.err.println("newsnlp: --help lists the options");
      return EXIT_USAGE;
    }
    tuneDirectRunner(options, given.keySet());
    if (folder == null) {
      return runInto(Path.of(options.getOutput()), options, given, started, Map.of());
    }
    try (RunLock lock = RunLock.acquire(folder.lockFile())) {
      if (lock.staleHolder() != null) {
        System.err.println(
            "newsnlp: cleared a stale lock left by a run that did not finish ("
                + lock.staleHolder()
                + ")");
      }
      int leftovers = folder.removeLeftovers();
      if (leftovers > 0) {
        System.err.println("newsnlp: removed " + leftovers + " unfinished run folder(s)");
      }
      Map<String, String> seen =
          options.getIncremental()
              ? SeenInputs.processedBefore(folder.seenInputsFile(), folder.runDate())
              : Map.of();
      Path temporary = folder.newTemporary();
      int code = runInto(temporary, options, given, started, seen);
      if (code == EXIT_FAILED) {
        try {
          RunFolder.deleteTree(temporary);
        } catch (IOException e) {
          System.err.println("newsnlp: could not remove " + temporary + ": " + e.getMessage());
        }
        return code;
      }
      folder.publish(temporary);
      SeenInputs.update(
          folder.seenInputsFile(), folder.destination().resolve("inputs.csv"), folder.runDate());
      System.err.println("newsnlp: published " + folder.destination());
      return code;
    } catch (RunLock.HeldException e) {
      System.err.println(
          "newsnlp: job "
              + folder.job()
              + " for "
              + folder.runDate()
              + " is already running: "
              + e.getMessage());
      return EXIT_LOCKED;
    } catch (IOException | RuntimeException e) {
      System.err.println("newsnlp: the run failed: " + e);
      return EXIT_FAILED;
    }
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
    return !Arrays.asList(args).contains("--help");
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

  /** Runs the pipeline with its tables going to {@code dir}, then writes the manifest there. */
  private static int runInto(
      Path dir,
      NewsNlpOptions options,
      Map<String, String> given,
      Instant started,
      Map<String, String> seen) {
    options.setOutput(dir.toString());
    try {
      Pipeline pipeline = Pipeline.create(options);
      build(pipeline, options, seen);
      PipelineResult result = pipeline.run();
      PipelineResult.State state = Progress.await(result, options.getProgressSeconds(), System.err);
      if (state != PipelineResult.State.DONE) {
        System.err.println("newsnlp: the run ended in state " + state);
        return EXIT_FAILED;
      }
      System.err.println("newsnlp: counters " + Progress.counters(result));
      String job = given.containsKey("job") ? jobName(options.getJob()) : "";
      Manifest.Summary summary =
          Manifest.write(
              dir,
              new Manifest.RunFacts(
                  job,
                  options.getRunDate() == null ? "" : options.getRunDate(),
                  started,
                  Instant.now(),
                  options.getRunner().getSimpleName(),
                  given,
                  Models.fileNames()));
      System.err.printf(
          "newsnlp: %d inputs, %d skipped, %d documents, %d quotes, %d errors %s; tables in %s%n",
          summary.inputsMatched(),
          summary.inputsSkipped(),
          summary.documents(),
          summary.quotes(),
          summary.errors(),
          summary.errorsByReason(),
          dir);
      return summary.errors() > 0 && options.getFailOnRejected() ? EXIT_REJECTED_INPUTS : EXIT_OK;
    } catch (IOException | RuntimeException e) {
      System.err.println("newsnlp: the run failed: " + e);
      e.printStackTrace();
      return EXIT_FAILED;
    }
  }

  /** The dated folder of this run, or null for a plain run into {@code --output}. */
  static RunFolder runFolder(NewsNlpOptions options) {
    String layout = options.getLayout();
    if (layout == null) {
      layout = options.getJob() == null && options.getRunDate() == null ? "flat" : "dated";
    }
    if (!layout.equals("flat") && !layout.equals("dated")) {
      throw new IllegalArgumentException("--layout=" + layout + ": use flat or dated");
    }
    if (layout.equals("flat")) {
      if (options.getIncremental()) {
        throw new IllegalArgumentException(
            "--incremental needs a dated layout (--job or --runDate)");
      }
      return null;
    }
    if (options.getRunDate() == null) {
      options.setRunDate(LocalDate.now(ZoneOffset.UTC).toString());
    }
    try {
      LocalDate.parse(options.getRunDate());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "--runDate=" + options.getRunDate() + " is not a date of the form YYYY-MM-DD");
    }
    String job = options.getJob() == null ? "default" : jobName(options.getJob());
    return new RunFolder(Path.of(options.getOutput()), job, options.getRunDate());
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
   * As {@link #build(Pipeline, NewsNlpOptions)}, skipping inputs whose path maps to their current
   * SHA-256 in {@code unchanged}.
   */
  public static void build(
      Pipeline pipeline, NewsNlpOptions options, Map<String, String> unchanged) {
    PCollectionTuple read =
        pipeline.apply(
            "ReadArticles",
            ReadArticles.from(inputPattern(options))
                .withMaxDocumentBytes(options.getMaxDocumentBytes())
                .skippingUnchanged(unchanged));
    PCollectionTuple analysed =
        read.get(ReadArticles.ARTICLES)
            .apply("AnalyzeArticles", AnalyzeArticles.create().withTokens(options.getEmitTokens()));
    PCollection<RejectedInput> rejected =
        PCollectionList.of(read.get(ReadArticles.REJECTED))
            .and(analysed.get(AnalyzeArticles.REJECTED))
            .apply("GatherRejections", Flatten.pCollections());

    analysed
        .get(AnalyzeArticles.STATS)
        .apply("WriteDocuments", writeTable(OutputTables.DOCUMENTS, options));
    analysed
        .get(AnalyzeArticles.QUOTES)
        .apply("WriteQuotes", writeTable(OutputTables.QUOTES, options));
    if (options.getEmitTokens()) {
      analysed
          .get(AnalyzeArticles.TOKENS)
          .apply("WriteTokens", writeTable(OutputTables.TOKENS, options));
    }
    rejected.apply("WriteErrors", writeTable(OutputTables.ERRORS, options));
    read.get(ReadArticles.INPUTS).apply("WriteInputs", writeTable(OutputTables.INPUTS, options));
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

  /** A folder given as {@code --inputs} means every file in it. */
  static String inputPattern(NewsNlpOptions options) {
    String inputs = options.getInputs();
    if (!inputs.contains("://") && new File(inputs).isDirectory()) {
      return inputs.endsWith("/") ? inputs + "*" : inputs + "/*";
    }
    return inputs;
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
