package org.newsnlp.pipeline;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newsnlp.annotate.Annotator;
import org.newsnlp.annotate.Models;
import org.newsnlp.model.AnnotatedArticle;
import org.newsnlp.model.Article;
import org.newsnlp.model.RejectedInput;

/**
 * Annotates articles with paragraphs, sentences, tokens, UPOS tags and lemmas ({@link Annotator}).
 *
 * <p>Input: {@link Article}s. Output: {@link #ANNOTATED}, one {@link AnnotatedArticle} each, and
 * {@link #REJECTED}, an error row (stage {@code annotate}) for an article the annotator fails on.
 * Counters: {@code articles_annotated}, {@code sentences}, {@code tokens}, {@code
 * annotation_failures}. Models load once per JVM; each DoFn instance builds its own OpenNLP
 * {@code *ME} objects in {@code @Setup}, since they are not thread-safe.
 */
public class AnnotateArticles extends PTransform<PCollection<Article>, PCollectionTuple> {
  public static final TupleTag<AnnotatedArticle> ANNOTATED = new TupleTag<>() {};
  public static final TupleTag<RejectedInput> REJECTED = new TupleTag<>() {};

  @Override
  public PCollectionTuple expand(PCollection<Article> articles) {
    return articles.apply(
        "AnnotateEachArticle",
        ParDo.of(new AnnotateFn()).withOutputTags(ANNOTATED, TupleTagList.of(REJECTED)));
  }

  static class AnnotateFn extends DoFn<Article, AnnotatedArticle> {
    private final Counter annotated = Metrics.counter(AnnotateArticles.class, "articles_annotated");
    private final Counter sentences = Metrics.counter(AnnotateArticles.class, "sentences");
    private final Counter tokens = Metrics.counter(AnnotateArticles.class, "tokens");
    private final Counter failures = Metrics.counter(AnnotateArticles.class, "annotation_failures");
    private transient Annotator annotator;
    private static final AtomicBoolean FIRST = new AtomicBoolean();

    @Setup
    public void setup() {
      annotator = new Annotator(Models.english());
    }

    @ProcessElement
    public void process(@Element Article article, MultiOutputReceiver out) {
      AnnotatedArticle result;
      try {
        result = annotator.annotate(article);
      } catch (RuntimeException | StackOverflowError e) {
        failures.inc();
        out.get(REJECTED).output(Rejections.of(article.path(), "annotate", e));
        return;
      }
      annotated.inc();
      if (!FIRST.getAndSet(true)) {
        // How long a run takes to get going: the benchmark reads this line.
        System.err.printf(
            Locale.ROOT, "newsnlp: first document annotated %.2f s after the JVM started%n",
            ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
      }
      sentences.inc(result.sentences().size());
      tokens.inc(result.tokens().size());
      out.get(ANNOTATED).output(result);
    }
  }
}
