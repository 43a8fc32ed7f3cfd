package org.newsnlp.pipeline;

import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTagList;
import org.newsnlp.annotate.Annotator;
import org.newsnlp.annotate.Models;
import org.newsnlp.model.Deadline;
import org.newsnlp.model.DocumentStats;
import org.newsnlp.model.JsonLinesPart;
import org.newsnlp.read.JsonArticles;
import org.newsnlp.read.JsonFields;
import org.newsnlp.read.JsonLinesReader;
import org.newsnlp.read.ReadArticles;

/**
 * Reads the lines of each part of a JSON Lines file ({@link JsonLinesReader}) and analyses each
 * article as soon as it is read, as {@link AnalyzeArticles} does.
 *
 * <p>Why reading and analysis share a step: the direct runner keeps a step's output in memory until
 * the step has finished its bundle, and it runs every bundle of one step before the next step's
 * (see {@link AnalyzeArticles}). A step that only read the lines would hold a whole gigabyte file
 * in memory before the first article was analysed; here only the article at hand is, and the parts
 * of one file are analysed on all workers at once.
 *
 * <p>Input: {@link JsonLinesPart}s ({@link ReadArticles#PARTS}). Outputs: {@link AnalyzeArticles}'
 * tags: {@link AnalyzeArticles#STATS}, {@link AnalyzeArticles#QUOTES}, {@link
 * AnalyzeArticles#TOKENS} (when built {@link #withTokens}) and {@link AnalyzeArticles#REJECTED}: an
 * error row of stage {@code read} for each line that is no article (it names the file and the
 * line), or of the stage that failed on an article. Counters: {@code articles_read} and {@code
 * inputs_rejected} for the lines, and those of {@link AnalyzeArticles}.
 */
public class AnalyzeJsonLines extends PTransform<PCollection<JsonLinesPart>, PCollectionTuple> {
  private final JsonFields fields;
  private final long maxDocumentBytes;
  private final boolean tokens;
  private final double maxDocumentSeconds;

  private AnalyzeJsonLines(
      JsonFields fields, long maxDocumentBytes, boolean tokens, double maxDocumentSeconds) {
    this.fields = fields;
    this.maxDocumentBytes = maxDocumentBytes;
    this.tokens = tokens;
    this.maxDocumentSeconds = maxDocumentSeconds;
  }

  /**
   * Reads articles from {@code fields}; a line over {@code maxDocumentBytes} is an error row, as
   * the read stage makes a file over it.
   */
  public static AnalyzeJsonLines reading(JsonFields fields, long maxDocumentBytes) {
    return new AnalyzeJsonLines(fields, maxDocumentBytes, false, 0);
  }

  /** A row per token on {@link AnalyzeArticles#TOKENS} when {@code tokens} is set. */
  public AnalyzeJsonLines withTokens(boolean tokens) {
    return new AnalyzeJsonLines(fields, maxDocumentBytes, tokens, maxDocumentSeconds);
  }

  /** Each article's time budget, as {@link AnalyzeArticles#withMaxDocumentSeconds}. */
  public AnalyzeJsonLines withMaxDocumentSeconds(double seconds) {
    return new AnalyzeJsonLines(fields, maxDocumentBytes, tokens, seconds);
  }

  @Override
  public PCollectionTuple expand(PCollection<JsonLinesPart> parts) {
    return parts.apply(
        "ReadAndAnalyzeEachLine",
        ParDo.of(new ReadAndAnalyzeFn(fields, maxDocumentBytes, tokens, maxDocumentSeconds))
            .withOutputTags(
                AnalyzeArticles.STATS,
                TupleTagList.of(AnalyzeArticles.QUOTES)
                    .and(AnalyzeArticles.SPEAKER_QUOTES)
                    .and(AnalyzeArticles.TOKENS)
                    .and(AnalyzeArticles.REJECTED)));
  }

  static class ReadAndAnalyzeFn extends DoFn<JsonLinesPart, DocumentStats> {
    private final Counter read = Metrics.counter(ReadArticles.class, "articles_read");
    private final Counter rejected = Metrics.counter(ReadArticles.class, "inputs_rejected");
    private final JsonFields fields;
    private final long maxDocumentBytes;
    private final boolean tokens;
    private final double maxDocumentSeconds;
    private transient Annotator annotator;
    private transient JsonLinesReader reader;

    ReadAndAnalyzeFn(
        JsonFields fields, long maxDocumentBytes, boolean tokens, double maxDocumentSeconds) {
      this.fields = fields;
      this.maxDocumentBytes = maxDocumentBytes;
      this.tokens = tokens;
      this.maxDocumentSeconds = maxDocumentSeconds;
    }

    @Setup
    public void setup() {
      annotator = new Annotator(Models.english());
      reader = new JsonLinesReader(new JsonArticles(fields), maxDocumentBytes);
    }

    @ProcessElement
    public void process(@Element JsonLinesPart part, MultiOutputReceiver out) {
      reader.read(
          part,
          article -> {
            read.inc();
            ArticleSteps.analyze(
                annotator, article, tokens, Deadline.after(maxDocumentSeconds), out);
          },
          row -> {
            rejected.inc();
            out.get(AnalyzeArticles.REJECTED).output(row);
          });
    }
  }
}
