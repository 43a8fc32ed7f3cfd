package org.newsnlp.annotate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;

/**
 * The beam tagger must give exactly {@link POSTaggerME}'s tags: on the seeds, on invented awkward
 * sentences, and (when {@code ../shared} is beside the project) on every 20th article of the news
 * corpus.
 */
class BeamTaggerTest {
  @Test
  void givesPosTaggerMesTags() throws IOException {
    List<String> texts =
        SampleTexts.seedsInventedAndNews(
            "Buffalo buffalo Buffalo buffalo buffalo buffalo Buffalo buffalo.",
            "\"No,\" said Ms. Okafor -- 42 % of 3,000 ... !!! ??? ( ) [ ] { }",
            "a");
    Models models = Models.english();
    POSTaggerME reference = new POSTaggerME(models.pos());
    BeamTagger tagger = new BeamTagger(models.pos());
    BeamTagger withStrings = new BeamTagger(models.pos(), false);
    assertTrue(tagger.looksUpFeaturesPerWord(), "the UD model's features pass the probe check");
    assertFalse(withStrings.looksUpFeaturesPerWord());
    long tokens = 0;
    for (String[] words : SampleTexts.sentenceWords(texts, models)) {
      String[] expected = reference.tag(words);
      assertArrayEquals(expected, tagger.tag(words), String.join(" ", words));
      assertArrayEquals(expected, withStrings.tag(words), String.join(" ", words));
      tokens += words.length;
    }
    assertTrue(tokens > 1_000, "compared " + tokens + " tokens");
    assertArrayEquals(new String[0], tagger.tag(new String[0]));
    assertArrayEquals(new String[0], withStrings.tag(new String[0]));
  }

  @Test
  void kthLargestIsTheSortedArraysElement() {
    Random random = new Random(3);
    for (int round = 0; round < 1_000; round++) {
      double[] values = new double[random.nextInt(20)];
      for (int i = 0; i < values.length; i++) {
        // Few distinct values, so that repeats are common.
        values[i] = random.nextInt(5) / 4.0;
      }
      int k = 1 + random.nextInt(4);
      if (values.length == 0) {
        continue;
      }
      double[] sorted = values.clone();
      Arrays.sort(sorted);
      assertEquals(sorted[Math.max(0, values.length - k)], BeamTagger.kthLargest(values, k));
    }
  }

  @Test
  void aSentenceTooLongForOneSearchIsTaggedInPieces() {
    // 30,000 brackets: one search sinks every path below the model's floor and gives no tags
    String[] words = new String[3 * BeamTagger.MAX_SEARCH_WORDS];
    Arrays.fill(words, "(");
    String[] tags = new BeamTagger(Models.english().pos()).tag(words);
    assertEquals(words.length, tags.length);
    String[] piece =
        new BeamTagger(Models.english().pos())
            .tag(Arrays.copyOf(words, BeamTagger.MAX_SEARCH_WORDS));
    assertArrayEquals(piece, Arrays.copyOf(tags, BeamTagger.MAX_SEARCH_WORDS));
    assertTrue(Arrays.stream(tags).allMatch(t -> t != null && !t.isEmpty()));
  }
}
