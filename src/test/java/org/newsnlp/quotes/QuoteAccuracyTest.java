package org.newsnlp.quotes;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsnlp.model.AnnotatedArticle;
import org.newsnlp.model.Quote;

/**
 * Protects the quotation accuracy measured on the PolNeAR dev split (issue 3): annotates the dev
 * articles with the real models, extracts their quotations, and scores them as
 * {@code ../shared/tools/score_quotes.py} does ({@link QuoteScorer} is its port). Skips itself when
 * {@code ../shared} is absent: the corpus is never part of the repository.
 */
class QuoteAccuracyTest {

  @Test
  void devScoresStayAtOrAboveTheirFloors() throws Exception {
    assumeTrue(GoldCorpus.present("dev"),
        "../shared/eval/quotes/dev/gold.csv is absent: the PolNeAR dev split lives beside the "
            + "project, not in it, so the accuracy regression test cannot run here");
    List<Quote> quotes = new ArrayList<>();
    for (AnnotatedArticle article : GoldCorpus.annotate("dev")) {
      quotes.addAll(QuoteExtractor.extract(article));
    }
    QuoteScorer.Scores s = QuoteScorer.score(
        QuoteScorer.loadGold(GoldCorpus.split("dev").resolve("gold.csv")),
        QuoteScorer.fromQuotes(quotes));
    String report = s.report();
    System.out.println(report);
    // Issue 3's targets are marked F1 0.97, marked+speaker F1 0.88, all-attribution F1 0.65 and
    // named-speaker accuracy 0.92. The all-attribution target is met and guarded above it; the
    // other three are not met yet (dev: 0.969, 0.853, 0.870), so their floors sit just under what
    // the code reaches today: a change that loses ground fails, one that gains should raise them.
    assertAll(
        () -> assertTrue(s.markedF1() >= MARKED_F1, "marked F1 fell below " + MARKED_F1 + "\n" + report),
        () -> assertTrue(s.markedSpkF1() >= MARKED_SPEAKER_F1,
            "marked+speaker F1 fell below " + MARKED_SPEAKER_F1 + "\n" + report),
        () -> assertTrue(s.allF1() >= ALL_F1, "all-attribution F1 fell below " + ALL_F1 + "\n" + report),
        () -> assertTrue(s.speakerAccNames() >= NAMED_SPEAKERS,
            "named-speaker accuracy fell below " + NAMED_SPEAKERS + "\n" + report));
  }

  static final double MARKED_F1 = 0.965;
  static final double MARKED_SPEAKER_F1 = 0.848;
  static final double ALL_F1 = 0.70;
  static final double NAMED_SPEAKERS = 0.865;
}
