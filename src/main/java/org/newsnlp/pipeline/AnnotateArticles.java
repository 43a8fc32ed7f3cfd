package org.newsnlp.pipeline;

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
 * annotation_failures}. Models load once per JVM; each DoFn instance builds its own OpenNLP {@code
 * *ME} objects in {@code @Setup}, since they are not thread-safe.
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
    private transient Annotator annotator;

    @Setup
    public void setup() {
      annotator = new Annotator(Models.english());
    }

    @ProcessElement
    public void process(@Element Article article, MultiOutputReceiver out) {
      AnnotatedArticle result =
          ArticleSteps.annotate(annotator, article, r -> out.get(REJECTED).output(r));
      if (result != null) {
        out.get(ANNOTATED).output(result);
      }
    }
  }
}
