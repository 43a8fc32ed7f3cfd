package org.newsnlp.pipeline;

import java.util.List;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.newsnlp.annotate.TokenTable;
import org.newsnlp.model.AnnotatedArticle;

/**
 * Turns annotated articles into the rows of {@code tokens.csv} ({@link TokenTable}), one row per
 * token, for {@code --emitTokens=true}.
 *
 * <p>Input: {@link AnnotatedArticle}s. Output: rows of cells in {@link TokenTable#header()} order.
 * Counter: {@code token_rows}. Cannot fail on an article that annotation produced.
 */
public class ListTokens extends PTransform<PCollection<AnnotatedArticle>, PCollection<List<String>>> {
  @Override
  public PCollection<List<String>> expand(PCollection<AnnotatedArticle> articles) {
    return articles.apply("ListEachArticlesTokens", ParDo.of(new ListFn()));
  }

  static class ListFn extends DoFn<AnnotatedArticle, List<String>> {
    private final Counter rows = Metrics.counter(ListTokens.class, "token_rows");

    @ProcessElement
    public void process(@Element AnnotatedArticle article, OutputReceiver<List<String>> out) {
      for (List<String> row : TokenTable.rows(article)) {
        rows.inc();
        out.output(row);
      }
    }
  }
}
