package org.newsnlp.pipeline;

import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newsnlp.model.AnnotatedArticle;
import org.newsnlp.model.QuotedArticle;
import org.newsnlp.model.RejectedInput;
import org.newsnlp.quotes.QuoteExtractor;

/**
 * Finds each article's quotations with their speakers and cues ({@link QuoteExtractor}).
 *
 * <p>Input: {@link AnnotatedArticle}s. Output: {@link #QUOTED}, each article with its quotations,
 * and {@link #REJECTED}, an error row (stage {@code quotes}) for an article the extractor fails on.
 * Counters: {@code quotes_found}, {@code quote_failures}.
 */
public class ExtractQuotes extends PTransform<PCollection<AnnotatedArticle>, PCollectionTuple> {
  public static final TupleTag<QuotedArticle> QUOTED = new TupleTag<>() {};
  public static final TupleTag<RejectedInput> REJECTED = new TupleTag<>() {};

  @Override
  public PCollectionTuple expand(PCollection<AnnotatedArticle> articles) {
    return articles.apply(
        "FindQuotations",
        ParDo.of(new ExtractFn()).withOutputTags(QUOTED, TupleTagList.of(REJECTED)));
  }

  static class ExtractFn extends DoFn<AnnotatedArticle, QuotedArticle> {
    @ProcessElement
    public void process(@Element AnnotatedArticle article, MultiOutputReceiver out) {
      QuotedArticle quoted = ArticleSteps.extractQuotes(article, r -> out.get(REJECTED).output(r));
      if (quoted != null) {
        out.get(QUOTED).output(quoted);
      }
    }
  }
}
