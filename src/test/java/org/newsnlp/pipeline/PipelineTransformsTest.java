package org.newsnlp.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsnlp.TestPipelines;
import org.newsnlp.annotate.Annotator;
import org.newsnlp.annotate.Models;
import org.newsnlp.model.AnnotatedArticle;
import org.newsnlp.model.Article;
import org.newsnlp.model.ArticleLayout;
import org.newsnlp.model.Deadline;
import org.newsnlp.model.QuotedArticle;
import org.newsnlp.model.RejectedInput;
import org.newsnlp.model.Span;
import org.newsnlp.read.LayoutReader;
import org.newsnlp.run.RunLog;

/**
 * Protects AnalyzeArticles and its steps: good documents flow through, a document a step fails on
 * comes out as an error row of that step while the others carry on, and the row leads to the stack
 * trace in the run's log.
 */
class PipelineTransformsTest {
  static final String GOOD_TEXT =
      "Council Backs Plan\n\n\"We will build it,\" said Mayor Ann Lee. The vote was 7-2.\n\n"
          + "Work starts in May.\n";

  static Article good() {
    return new Article(
        "good",
        "in/good.txt",
        GOOD_TEXT,
        "UTF-8",
        GOOD_TEXT.length(),
        LayoutReader.read(GOOD_TEXT));
  }

  /** An article whose layout points past its text: the annotator cannot work on it. */
  static Article broken() {
    ArticleLayout layout = new ArticleLayout("", -1, -1, "", "", List.of(new Span(0, 500)));
    return new Article("broken", "in/broken.txt", "Short text.", "UTF-8", 11, layout);
  }

  /** Each error row as "path:stage:reason". */
  private static PCollection<String> pathStageReason(PCollection<RejectedInput> rejected) {
    return rejected.apply(
        "Reason",
        MapElements.into(TypeDescriptors.strings())
            .via(r -> r.path() + ":" + r.stage() + ":" + r.reason()));
  }

  @Test
  void eachStepTurnsAFailureIntoAnErrorRowOfItsStage() {
    List<RejectedInput> rows = new ArrayList<>();
    Annotator annotator = new Annotator(Models.english());
    assertNull(ArticleSteps.annotate(annotator, broken(), Deadline.NONE, rows::add));
    AnnotatedArticle inconsistent =
        new AnnotatedArticle(
            broken(),
            List.of(new AnnotatedArticle.Paragraph(0, 0, 400, false)),
            List.of(),
            List.of());
    assertNull(ArticleSteps.extractQuotes(inconsistent, Deadline.NONE, rows::add));
    assertNull(
        ArticleSteps.measure(new QuotedArticle(inconsistent, List.of()), Deadline.NONE, rows::add));
    assertEquals(
        List.of(
            "in/broken.txt:annotate:internal_error",
            "in/broken.txt:quotes:internal_error",
            "in/broken.txt:statistics:internal_error"),
        rows.stream().map(r -> r.path() + ":" + r.stage() + ":" + r.reason()).toList());

    AnnotatedArticle annotated = ArticleSteps.annotate(annotator, good(), Deadline.NONE, rows::add);
    QuotedArticle quoted = ArticleSteps.extractQuotes(annotated, Deadline.NONE, rows::add);
    assertEquals(
        List.of("We will build it,|Ann Lee"),
        quoted.quotes().stream().map(q -> q.text() + "|" + q.speaker()).toList());
    assertEquals(4, ArticleSteps.measure(quoted, Deadline.NONE, rows::add).sentences());
    assertEquals(3, rows.size(), "the good article adds no error row");
  }

  @Test
  void eachStepStillAtWorkWhenItsTimeIsUpGivesATooSlowRowOfItsStage() {
    // a budget too small to measure: the first check stops the step, whatever the machine
    Deadline over = Deadline.after(1e-9);
    List<RejectedInput> rows = new ArrayList<>();
    Annotator annotator = new Annotator(Models.english());
    AnnotatedArticle annotated = ArticleSteps.annotate(annotator, good(), Deadline.NONE, rows::add);
    QuotedArticle quoted = ArticleSteps.extractQuotes(annotated, Deadline.NONE, rows::add);
    assertNull(ArticleSteps.annotate(annotator, good(), over, rows::add));
    assertNull(ArticleSteps.extractQuotes(annotated, over, rows::add));
    assertNull(ArticleSteps.measure(quoted, over, rows::add));
    assertEquals(
        List.of(
            "in/good.txt:annotate:too_slow",
            "in/good.txt:quotes:too_slow",
            "in/good.txt:statistics:too_slow"),
        rows.stream().map(r -> r.path() + ":" + r.stage() + ":" + r.reason()).toList());
    assertEquals(
        "newsnlp stopped this document in stage quotes when it had taken 0.000000001 s"
            + " (--maxDocumentSeconds); it is probably not prose (a table, a log, encoded data):"
            + " check the file, or raise the limit",
        rows.get(1).detail());
  }

  @Test
  void anInternalErrorsStackTraceIsInTheRunLogWhereTheRowSays(@TempDir Path dir)
      throws IOException {
    Path log = dir.resolve("run.log");
    Pipeline p = TestPipelines.withChecks();
    PCollectionTuple out = p.apply(Create.of(broken())).apply(AnalyzeArticles.create());
    PAssert.that(
            out.get(AnalyzeArticles.REJECTED)
                .apply(
                    "Detail",
                    MapElements.into(TypeDescriptors.strings()).via(RejectedInput::detail)))
        .satisfies(
            details -> {
              String detail = details.iterator().next();
              assertTrue(
                  detail.contains(
                      "the stack trace is in run.log under \"internal_error in stage annotate on"
                          + " in/broken.txt\""),
                  detail);
              return null;
            });
    try (RunLog running = RunLog.start(log)) {
      p.run().waitUntilFinish();
    }
    String text = Files.readString(log);
    int entry = text.indexOf("internal_error in stage annotate on in/broken.txt");
    assertTrue(entry >= 0, text);
    assertTrue(
        text.indexOf("\tat org.newsnlp.annotate.", entry) > entry,
        "the stack trace follows the entry: " + text);
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
    PAssert.that(pathStageReason(out.get(AnalyzeArticles.REJECTED)))
        .containsInAnyOrder("in/broken.txt:annotate:internal_error");
    p.run().waitUntilFinish();
  }

  @Test
  void analyzeTurnsADocumentOverItsTimeIntoATooSlowRowAndGoesOn() {
    Pipeline p = TestPipelines.withChecks();
    // a budget too small to measure: the first check stops the document, whatever the machine
    PCollectionTuple out =
        p.apply(Create.of(good(), broken()))
            .apply(AnalyzeArticles.create().withMaxDocumentSeconds(1e-9));
    PAssert.that(out.get(AnalyzeArticles.STATS)).empty();
    PAssert.that(out.get(AnalyzeArticles.QUOTES)).empty();
    PAssert.that(pathStageReason(out.get(AnalyzeArticles.REJECTED)))
        .containsInAnyOrder("in/good.txt:annotate:too_slow", "in/broken.txt:annotate:too_slow");
    p.run().waitUntilFinish();
  }
}
