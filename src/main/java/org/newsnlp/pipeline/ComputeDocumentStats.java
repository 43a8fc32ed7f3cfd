package org.newsnlp.pipeline;

import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newsnlp.model.DocumentStats;
import org.newsnlp.model.QuotedArticle;
import org.newsnlp.model.RejectedInput;
import org.newsnlp.stats.DocumentStatsCalculator;

/**
 * Computes one statistics row per article ({@link DocumentStatsCalculator}).
 *
 * <p>Input: {@link QuotedArticle}s. Output: {@link #STATS}, one {@link DocumentStats} each, and
 * {@link #REJECTED}, an error row (stage {@code statistics}) for an article that fails. Counters:
 * {@code documents_measured}, {@code statistics_failures}.
 */
public class ComputeDocumentStats extends PTransform<PCollection<QuotedArticle>, PCollectionTuple> {
  public static final TupleTag<DocumentStats> STATS = new TupleTag<>() {};
  public static final TupleTag<RejectedInput> REJECTED = new TupleTag<>() {};

  @Override
  public PCollectionTuple expand(PCollection<QuotedArticle> articles) {
    return articles.apply(
        "MeasureEachArticle",
        ParDo.of(new MeasureFn()).withOutputTags(STATS, TupleTagList.of(REJECTED)));
  }

  static class MeasureFn extends DoFn<QuotedArticle, DocumentStats> {
    @ProcessElement
    public void process(@Element QuotedArticle article, MultiOutputReceiver out) {
      DocumentStats stats = ArticleSteps.measure(article, r -> out.get(REJECTED).output(r));
      if (stats != null) {
        out.get(STATS).output(stats);
      }
    }
  }
}
