package org.newsnlp.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Test;
import org.newsnlp.TestPipelines;
import org.newsnlp.model.AnnotatedArticle;
import org.newsnlp.model.Article;
import org.newsnlp.model.ArticleLayout;
import org.newsnlp.model.QuotedArticle;
import org.newsnlp.model.RejectedInput;
import org.newsnlp.model.Span;
import org.newsnlp.read.LayoutReader;

/**
 * Protects the wiring of AnnotateArticles, ExtractQuotes and ComputeDocumentStats, and of the fused
 * AnalyzeArticles the job runs: good documents flow through, and a document a stage fails on comes
 * out as an error row of that stage while the others carry on.
 */
class PipelineTransformsTest {
  static final String GOOD_TEXT =
      "Council Backs Plan\n\n\"We will build it,\" said Mayor Ann Lee. The vote was 7-2.\n\n"
          + "Work starts in May.\n";

  static Article good() {
    return new Article(
        "good",
        "/in/good.txt",
        GOOD_TEXT,
        "UTF-8",
        GOOD_TEXT.length(),
        LayoutReader.read(GOOD_TEXT));
  }

  /** An article whose layout points past its text: the annotator cannot work on it. */
  static Article broken() {
    ArticleLayout layout = new ArticleLayout("", -1, -1, "", "", List.of(new Span(0, 500)));
    return new Article("broken", "/in/broken.txt", "Short text.", "UTF-8", 11, layout);
  }

  @Test
  void annotateSendsGoodArticlesOnAndBrokenOnesToErrors() {
    Pipeline p = TestPipelines.withChecks();
    PCollectionTuple out = p.apply(Create.of(good(), broken())).apply(new AnnotateArticles());
    PAssert.that(
            out.get(AnnotateArticles.ANNOTATED)
                .apply(
                    "Shape",
                    MapElements.into(TypeDescriptors.strings())
                        .via(
                            a ->
                                a.docId()
                                    + ":"
                                    + a.paragraphs().size()
                                    + "p:"
                                    + a.sentences().size()
                                    + "s")))
        .containsInAnyOrder("good:3p:4s");
    PAssert.that(
            out.get(AnnotateArticles.REJECTED)
                .apply(
                    "Reason",
                    MapElements.into(TypeDescriptors.strings())
                        .via(r -> r.path() + ":" + r.stage() + ":" + r.reason())))
        .containsInAnyOrder("/in/broken.txt:annotate:internal_error");
    p.run().waitUntilFinish();
  }

  @Test
  void extractQuotesFindsTheSpeakerAndRejectsInconsistentInput() {
    Pipeline p = TestPipelines.withChecks();
    AnnotatedArticle bad =
        new AnnotatedArticle(
            broken(),
            List.of(new AnnotatedArticle.Paragraph(0, 0, 400, false)),
            List.of(),
            List.of());
    PCollectionTuple annotated = p.apply(Create.of(good())).apply(new AnnotateArticles());
    PCollectionTuple quoted =
        org.apache.beam.sdk.values.PCollectionList.of(annotated.get(AnnotateArticles.ANNOTATED))
            .and(p.apply("Bad", Create.of(bad)))
            .apply(org.apache.beam.sdk.transforms.Flatten.pCollections())
            .apply(new ExtractQuotes());
    PAssert.that(
            quoted
                .get(ExtractQuotes.QUOTED)
                .apply(
                    "Quotes",
                    MapElements.into(TypeDescriptors.strings()).via(q -> q.quotes().toString())))
        .satisfies(
            all -> {
              List<String> list = new java.util.ArrayList<>();
              all.forEach(list::add);
              assertEquals(1, list.size());
              assertEquals(true, list.get(0).contains("text=We will build it,"), list.get(0));
              assertEquals(true, list.get(0).contains("speaker=Ann Lee"), list.get(0));
              return null;
            });
    PAssert.that(
            quoted
                .get(ExtractQuotes.REJECTED)
                .apply(
                    "Reason",
                    MapElements.into(TypeDescriptors.strings()).via(RejectedInput::stage)))
        .containsInAnyOrder("quotes");
    p.run().waitUntilFinish();
  }

  @Test
  void computeDocumentStatsCountsAndRejectsInconsistentInput() {
    Pipeline p = TestPipelines.withChecks();
    QuotedArticle bad =
        new QuotedArticle(
            new AnnotatedArticle(
                broken(),
                List.of(new AnnotatedArticle.Paragraph(0, 0, 400, false)),
                List.of(),
                List.of()),
            List.of());
    PCollectionTuple annotated = p.apply(Create.of(good())).apply(new AnnotateArticles());
    PCollectionTuple measured =
        org.apache.beam.sdk.values.PCollectionList.of(
                annotated
                    .get(AnnotateArticles.ANNOTATED)
                    .apply(new ExtractQuotes())
                    .get(ExtractQuotes.QUOTED))
            .and(p.apply("Bad", Create.of(bad)))
            .apply(org.apache.beam.sdk.transforms.Flatten.pCollections())
            .apply(new ComputeDocumentStats());
    PAssert.that(
            measured
                .get(ComputeDocumentStats.STATS)
                .apply(
                    "Counts",
                    MapElements.into(TypeDescriptors.strings())
                        .via(s -> s.docId() + ":" + s.sentences() + ":" + s.quotes())))
        .containsInAnyOrder("good:4:1");
    PAssert.that(
            measured
                .get(ComputeDocumentStats.REJECTED)
                .apply(
                    "Reason",
                    MapElements.into(TypeDescriptors.strings())
                        .via(r -> r.path() + ":" + r.stage())))
        .containsInAnyOrder("/in/broken.txt:statistics");
    p.run().waitUntilFinish();
  }

  @Test
  void analyzeGivesStatsQuotesTokensAndErrorRowsInOneStep() {
    Pipeline p = TestPipelines.withChecks();
    PCollectionTuple out =
        p.apply(Create.of(good(), broken())).apply(AnalyzeArticles.create().withTokens(true));
    PAssert.that(
            out.get(AnalyzeArticles.STATS)
                .apply(
                    "Counts",
                    MapElements.into(TypeDescriptors.strings())
                        .via(s -> s.docId() + ":" + s.sentences() + ":" + s.quotes())))
        .containsInAnyOrder("good:4:1");
    PAssert.that(
            out.get(AnalyzeArticles.QUOTES)
                .apply(
                    "Speakers",
                    MapElements.into(TypeDescriptors.strings())
                        .via(q -> q.docId() + ":" + q.speaker())))
        .containsInAnyOrder("good:Ann Lee");
    PAssert.that(
            out.get(AnalyzeArticles.TOKENS)
                .apply("Documents", MapElements.into(TypeDescriptors.strings()).via(r -> r.get(0))))
        .satisfies(
            ids -> {
              int n = 0;
              for (String id : ids) {
                assertEquals("good", id);
                n++;
              }
              assertEquals(true, n > 15, n + " token rows");
              return null;
            });
    PAssert.that(
            out.get(AnalyzeArticles.REJECTED)
                .apply(
                    "Reason",
                    MapElements.into(TypeDescriptors.strings())
                        .via(r -> r.path() + ":" + r.stage() + ":" + r.reason())))
        .containsInAnyOrder("/in/broken.txt:annotate:internal_error");
    p.run().waitUntilFinish();
  }
}
