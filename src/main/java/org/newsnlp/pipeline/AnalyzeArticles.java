package org.newsnlp.pipeline;

import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newsnlp.annotate.Annotator;
import org.newsnlp.annotate.Models;
import org.newsnlp.annotate.TokenTable;
import org.newsnlp.model.Article;
import org.newsnlp.model.Deadline;
import org.newsnlp.model.DocumentStats;
import org.newsnlp.model.Quote;
import org.newsnlp.model.RejectedInput;
import org.newsnlp.model.SpeakerQuote;

/**
 * Annotates each article, finds its quotations and computes its statistics in one step ({@code
 * ArticleSteps}), so that an article's annotation lives only while its own rows are made.
 *
 * <p>Why one step: the direct runner works breadth first. With a step per stage, every group of
 * files the read stage produces is queued for annotation before the first annotated article is
 * queued for quotations, so the annotations of the whole input wait in memory (4 times the news
 * corpus, 17.5 million tokens, fill a 1.5 GB heap with token objects). Flink and Spark fuse
 * consecutive steps anyway. Counters: {@code articles_annotated}, {@code sentences}, {@code
 * tokens}, {@code quotes_found}, {@code documents_measured}, {@code token_rows} and a {@code
 * *_failures} counter per stage.
 *
 * <p>Input: {@link Article}s. Outputs: {@link #STATS} (one {@link DocumentStats} per article),
 * {@link #QUOTES} (its {@link Quote}s), {@link #SPEAKER_QUOTES} (a {@link SpeakerQuote} per quote
 * with a speaker, for {@link CountSpeakers}), {@link #TOKENS} (rows of {@link TokenTable}, only
 * when built {@link #withTokens}) and {@link #REJECTED} (an error row of the stage that failed; a
 * failure in the statistics keeps the article's quotations). An article that takes longer than
 * {@link #withMaxDocumentSeconds} becomes an error row {@code too_slow} of the stage it was in,
 * keeping what the stages before it gave, and its worker moves on.
 */
public class AnalyzeArticles extends PTransform<PCollection<Article>, PCollectionTuple> {
  public static final TupleTag<DocumentStats> STATS = new TupleTag<>() {};
  public static final TupleTag<Quote> QUOTES = new TupleTag<>() {};
  public static final TupleTag<SpeakerQuote> SPEAKER_QUOTES = new TupleTag<>() {};
  public static final TupleTag<List<String>> TOKENS = new TupleTag<>() {};
  public static final TupleTag<RejectedInput> REJECTED = new TupleTag<>() {};

  private final boolean tokens;
  private final double maxDocumentSeconds;

  private AnalyzeArticles(boolean tokens, double maxDocumentSeconds) {
    this.tokens = tokens;
    this.maxDocumentSeconds = maxDocumentSeconds;
  }

  /** Statistics, quotations and error rows, with no time limit. */
  public static AnalyzeArticles create() {
    return new AnalyzeArticles(false, 0);
  }

  /** As this one, and a row per token on {@link #TOKENS} when {@code tokens} is set. */
  public AnalyzeArticles withTokens(boolean tokens) {
    return new AnalyzeArticles(tokens, maxDocumentSeconds);
  }

  /**
   * As this one, with {@code seconds} for each article, from the start of its annotation to the end
   * of its statistics ({@link Deadline}); an article still being analysed then becomes an error row
   * {@code too_slow} of the stage it was in. 0 for no limit.
   */
  public AnalyzeArticles withMaxDocumentSeconds(double seconds) {
    return new AnalyzeArticles(tokens, seconds);
  }

  @Override
  public PCollectionTuple expand(PCollection<Article> articles) {
    return articles.apply(
        "AnalyzeEachArticle",
        ParDo.of(new AnalyzeFn(tokens, maxDocumentSeconds))
            .withOutputTags(
                STATS, TupleTagList.of(QUOTES).and(SPEAKER_QUOTES).and(TOKENS).and(REJECTED)));
  }

  static class AnalyzeFn extends DoFn<Article, DocumentStats> {
    private final boolean tokens;
    private final double maxDocumentSeconds;
    private transient Annotator annotator;

    AnalyzeFn(boolean tokens, double maxDocumentSeconds) {
      this.tokens = tokens;
      this.maxDocumentSeconds = maxDocumentSeconds;
    }

    @Setup
    public void setup() {
      annotator = new Annotator(Models.english());
    }

    @ProcessElement
    public void process(@Element Article article, MultiOutputReceiver out) {
      ArticleSteps.analyze(annotator, article, tokens, Deadline.after(maxDocumentSeconds), out);
    }
  }
}
