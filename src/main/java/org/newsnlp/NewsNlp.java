package org.newsnlp;

import java.io.File;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.newsnlp.model.DocumentStats;
import org.newsnlp.model.Quote;
import org.newsnlp.model.QuotedArticle;
import org.newsnlp.model.RejectedInput;
import org.newsnlp.options.JobFile;
import org.newsnlp.options.NewsNlpOptions;
import org.newsnlp.pipeline.AnnotateArticles;
import org.newsnlp.pipeline.ComputeDocumentStats;
import org.newsnlp.pipeline.ExtractQuotes;
import org.newsnlp.read.ReadArticles;
import org.newsnlp.write.WriteCsvTable;

/**
 * The newsnlp batch job: reads articles, annotates them with OpenNLP, finds quotations, computes
 * statistics and writes {@code documents.csv}, {@code quotes.csv} and {@code errors.csv}.
 *
 * <p>Exit codes: 0 when the run finished (rejected inputs are listed in {@code errors.csv}, they
 * do not fail the run), 2 for unusable options, 1 when the run failed.
 */
public final class NewsNlp {
  public static final int EXIT_OK = 0;
  public static final int EXIT_FAILED = 1;
  public static final int EXIT_USAGE = 2;

  private NewsNlp() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Parses {@code args}, runs the job and returns the process exit code. */
  public static int run(String[] args) {
    NewsNlpOptions options;
    try {
      PipelineOptionsFactory.register(NewsNlpOptions.class);
      String[] merged = JobFile.merge(args);
      options = PipelineOptionsFactory.fromArgs(merged).withValidation().as(NewsNlpOptions.class);
      tuneDirectRunner(options, JobFile.names(merged));
    } catch (Exception e) {
      System.err.println("newsnlp: " + e.getMessage());
      System.err.println("newsnlp: --help=org.newsnlp.options.NewsNlpOptions lists the options");
      return EXIT_USAGE;
    }
    try {
      PipelineResult.State state = run(options).waitUntilFinish();
      if (state != PipelineResult.State.DONE) {
        System.err.println("newsnlp: the run ended in state " + state);
        return EXIT_FAILED;
      }
      System.err.println("newsnlp: tables written to " + options.getOutput());
      return EXIT_OK;
    } catch (RuntimeException e) {
      System.err.println("newsnlp: the run failed: " + e);
      e.printStackTrace();
      return EXIT_FAILED;
    }
  }

  /** Builds the pipeline for {@code options} and starts it. */
  public static PipelineResult run(NewsNlpOptions options) {
    Pipeline pipeline = Pipeline.create(options);
    build(pipeline, options);
    return pipeline.run();
  }

  /** Adds the whole job to {@code pipeline}: read, annotate, analyse, write. */
  public static void build(Pipeline pipeline, NewsNlpOptions options) {
    String output = options.getOutput();
    PCollectionTuple read = pipeline.apply("ReadArticles", ReadArticles.from(inputPattern(options)));
    PCollectionTuple annotated =
        read.get(ReadArticles.ARTICLES).apply("AnnotateArticles", new AnnotateArticles());
    PCollectionTuple quoted =
        annotated.get(AnnotateArticles.ANNOTATED).apply("ExtractQuotes", new ExtractQuotes());
    PCollectionTuple measured =
        quoted.get(ExtractQuotes.QUOTED).apply("ComputeDocumentStats", new ComputeDocumentStats());
    PCollection<Quote> quotes =
        quoted
            .get(ExtractQuotes.QUOTED)
            .apply(
                "ListQuotes",
                FlatMapElements.into(TypeDescriptor.of(Quote.class)).via(QuotedArticle::quotes));
    PCollection<RejectedInput> rejected =
        PCollectionList.of(read.get(ReadArticles.REJECTED))
            .and(annotated.get(AnnotateArticles.REJECTED))
            .and(quoted.get(ExtractQuotes.REJECTED))
            .and(measured.get(ComputeDocumentStats.REJECTED))
            .apply("GatherRejections", Flatten.pCollections());

    measured
        .get(ComputeDocumentStats.STATS)
        .apply(
            "WriteDocuments",
            WriteCsvTable.of(
                output, "documents.csv", DocumentStats.header(), DocumentStats::toCsv,
                DocumentStats::docId));
    quotes.apply(
        "WriteQuotes",
        WriteCsvTable.of(output, "quotes.csv", Quote.header(), Quote::toCsv, NewsNlp::quoteOrder));
    rejected.apply(
        "WriteErrors",
        WriteCsvTable.of(
            output, "errors.csv", RejectedInput.header(), RejectedInput::toCsv, RejectedInput::path));
  }

  /** Quotes sort by document, then by where they start. */
  static String quoteOrder(Quote q) {
    return q.docId() + '\u0000' + String.format("%010d", q.start());
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
   * thread per core, and no immutability or encodability checks (tests keep them on).
   */
  static void tuneDirectRunner(NewsNlpOptions options, java.util.Set<String> given) {
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
  }
}
