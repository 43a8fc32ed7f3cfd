package org.newsnlp.pipeline;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.newsnlp.annotate.Annotator;
import org.newsnlp.annotate.TokenTable;
import org.newsnlp.model.AnnotatedArticle;
import org.newsnlp.model.Article;
import org.newsnlp.model.Deadline;
import org.newsnlp.model.DocumentStats;
import org.newsnlp.model.Quote;
import org.newsnlp.model.QuotedArticle;
import org.newsnlp.model.RejectedInput;
import org.newsnlp.model.SpeakerQuote;
import org.newsnlp.quotes.QuoteExtractor;
import org.newsnlp.speakers.SpeakerQuotes;
import org.newsnlp.stats.DocumentStatsCalculator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The three per-article steps of {@link AnalyzeArticles} (annotation, quotations, statistics), each
 * with its counters and its error row. A step that fails on an article, or is still at work on it
 * when {@code deadline} passes, hands its error row to {@code rejected} and returns null; {@link
 * #analyze} runs the three on one article.
 */
final class ArticleSteps {
  private static final Counter ANNOTATED =
      Metrics.counter(AnalyzeArticles.class, "articles_annotated");
  private static final Counter SENTENCES = Metrics.counter(AnalyzeArticles.class, "sentences");
  private static final Counter TOKENS = Metrics.counter(AnalyzeArticles.class, "tokens");
  private static final Counter ANNOTATION_FAILURES =
      Metrics.counter(AnalyzeArticles.class, "annotation_failures");
  private static final Counter QUOTES_FOUND =
      Metrics.counter(AnalyzeArticles.class, "quotes_found");
  private static final Counter QUOTE_FAILURES =
      Metrics.counter(AnalyzeArticles.class, "quote_failures");
  private static final Counter MEASURED =
      Metrics.counter(AnalyzeArticles.class, "documents_measured");
  private static final Counter STATISTICS_FAILURES =
      Metrics.counter(AnalyzeArticles.class, "statistics_failures");
  private static final AtomicBoolean FIRST = new AtomicBoolean();
  private static final Logger LOG = LoggerFactory.getLogger(ArticleSteps.class);

  private static final Counter TOKEN_ROWS = Metrics.counter(AnalyzeArticles.class, "token_rows");

  private ArticleSteps() {}

  /**
   * Annotates {@code article}, finds its quotations and computes its statistics, giving its rows to
   * {@code out} under {@link AnalyzeArticles}' tags: the token rows when {@code tokens} is set.
   * Past {@code deadline}, the stage at work gives a {@code too_slow} row instead.
   */
  static void analyze(
      Annotator annotator,
      Article article,
      boolean tokens,
      Deadline deadline,
      DoFn.MultiOutputReceiver out) {
    AnnotatedArticle annotated =
        annotate(annotator, article, deadline, r -> out.get(AnalyzeArticles.REJECTED).output(r));
    if (annotated == null) {
      return;
    }
    if (tokens) {
      for (List<String> row : TokenTable.rows(annotated)) {
        TOKEN_ROWS.inc();
        out.get(AnalyzeArticles.TOKENS).output(row);
      }
    }
    QuotedArticle quoted =
        extractQuotes(annotated, deadline, r -> out.get(AnalyzeArticles.REJECTED).output(r));
    if (quoted == null) {
      return;
    }
    for (Quote quote : quoted.quotes()) {
      out.get(AnalyzeArticles.QUOTES).output(quote);
    }
    for (SpeakerQuote row : SpeakerQuotes.of(quoted)) {
      out.get(AnalyzeArticles.SPEAKER_QUOTES).output(row);
    }
    DocumentStats stats =
        measure(quoted, deadline, r -> out.get(AnalyzeArticles.REJECTED).output(r));
    if (stats != null) {
      out.get(AnalyzeArticles.STATS).output(stats);
    }
  }

  /** Annotates {@code article} (stage {@code annotate}). */
  static AnnotatedArticle annotate(
      Annotator annotator, Article article, Deadline deadline, Consumer<RejectedInput> rejected) {
    AnnotatedArticle result;
    try {
      result = annotator.annotate(article, deadline);
    } catch (Deadline.Exceeded e) {
      ANNOTATION_FAILURES.inc();
      rejected.accept(Rejections.tooSlow(article.path(), "annotate", deadline));
      return null;
    } catch (RuntimeException | StackOverflowError e) {
      ANNOTATION_FAILURES.inc();
      rejected.accept(Rejections.of(article.path(), "annotate", e));
      return null;
    }
    ANNOTATED.inc();
    SENTENCES.inc(result.sentences().size());
    TOKENS.inc(result.tokens().size());
    if (!FIRST.getAndSet(true)) {
      // How long a run takes to get going: the benchmark reads this line.
      LOG.info(
          String.format(
              Locale.ROOT,
              "first document annotated %.2f s after the JVM started",
              ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0));
    }
    return result;
  }

  /** Finds the quotations of {@code article} (stage {@code quotes}). */
  static QuotedArticle extractQuotes(
      AnnotatedArticle article, Deadline deadline, Consumer<RejectedInput> rejected) {
    List<Quote> quotes;
    try {
      quotes = QuoteExtractor.extract(article, deadline);
    } catch (Deadline.Exceeded e) {
      QUOTE_FAILURES.inc();
      rejected.accept(Rejections.tooSlow(article.article().path(), "quotes", deadline));
      return null;
    } catch (RuntimeException | StackOverflowError e) {
      QUOTE_FAILURES.inc();
      rejected.accept(Rejections.of(article.article().path(), "quotes", e));
      return null;
    }
    QUOTES_FOUND.inc(quotes.size());
    return new QuotedArticle(article, quotes);
  }

  /** Computes the statistics of {@code article} (stage {@code statistics}). */
  static DocumentStats measure(
      QuotedArticle article, Deadline deadline, Consumer<RejectedInput> rejected) {
    DocumentStats stats;
    try {
      stats = DocumentStatsCalculator.compute(article, deadline);
    } catch (Deadline.Exceeded e) {
      STATISTICS_FAILURES.inc();
      rejected.accept(
          Rejections.tooSlow(article.annotated().article().path(), "statistics", deadline));
      return null;
    } catch (RuntimeException | StackOverflowError e) {
      STATISTICS_FAILURES.inc();
      rejected.accept(Rejections.of(article.annotated().article().path(), "statistics", e));
      return null;
    }
    MEASURED.inc();
    return stats;
  }
}
