package org.newsnlp.quotes;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.newsnlp.evaluate.QuoteScore;

/**
 * Protects the quotation accuracy measured on the PolNeAR dev split (issue 3): annotates the dev
 * articles with the real models, extracts their quotations, and scores them as {@code
 * ../shared/tools/score_quotes.py} does ({@link QuoteScore} is its port, also behind the {@code
 * evaluate quotes} command). Skips itself when {@code ../shared} is absent: the corpus is never
 * part of the repository.
 */
class QuoteAccuracyTest {

  @Test
  void devScoresStayAtOrAboveTheirFloors() throws Exception {
    assumeTrue(
        GoldCorpus.present("dev"),
        "../shared/eval/quotes/dev/gold.csv is absent: the PolNeAR dev split lives beside the "
            + "project, not in it, so the accuracy regression test cannot run here");
    QuoteScore.Result s =
        QuoteScore.extractAndScore(
            GoldCorpus.split("dev").resolve("gold.csv"), GoldCorpus.split("dev"));
    String report = s.report();
    System.out.println(report);
    // Issue 12's targets are marked F1 0.97, marked+speaker F1 0.91, all-attribution F1 0.72 and
    // named-speaker accuracy 0.93; with one row per attributed passage the code reaches 0.968,
    // 0.893, 0.708 and 0.927 (src/site/markdown/quotations.md). Every floor sits just under what
    // the code reaches today: a change that loses ground fails, one that gains raises them.
    assertAll(
        () ->
            assertTrue(
                s.marked()[2] >= MARKED_F1, "marked F1 fell below " + MARKED_F1 + "\n" + report),
        () ->
            assertTrue(
                s.markedSpeaker()[2] >= MARKED_SPEAKER_F1,
                "marked+speaker F1 fell below " + MARKED_SPEAKER_F1 + "\n" + report),
        () ->
            assertTrue(
                s.all()[2] >= ALL_F1, "all-attribution F1 fell below " + ALL_F1 + "\n" + report),
        () ->
            assertTrue(
                s.speakerAccuracyNames() >= NAMED_SPEAKERS,
                "named-speaker accuracy fell below " + NAMED_SPEAKERS + "\n" + report));
  }

  static final double MARKED_F1 = 0.967;
  static final double MARKED_SPEAKER_F1 = 0.893;
  static final double ALL_F1 = 0.707;
  static final double NAMED_SPEAKERS = 0.926;
}
