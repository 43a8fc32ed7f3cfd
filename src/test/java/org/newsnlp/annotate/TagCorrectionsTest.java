package org.newsnlp.annotate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** Protects the two tag corrections and the places they must not fire. */
class TagCorrectionsTest {

  @Test
  void capitalisedNounInsideSentenceIsProperNoun() {
    assertArrayEquals(
        new String[] {"DET", "NOUN", "ADP", "PROPN", "VERB"},
        TagCorrections.correct(
            new String[] {"the", "church", "of", "Scientology", "said"},
            new String[] {"DET", "NOUN", "ADP", "NOUN", "VERB"}));
  }

  @Test
  void firstWordAndWordAfterQuoteKeepTheirTag() {
    assertArrayEquals(
        new String[] {"NOUN", "VERB", "PUNCT", "NOUN"},
        TagCorrections.correct(
            new String[] {"Officials", "said", "\"", "Children"},
            new String[] {"NOUN", "VERB", "PUNCT", "NOUN"}));
  }

  @Test
  void titleCaseLineIsLeftAlone() {
    String[] tags = {"PROPN", "NOUN", "VERB", "NOUN"};
    assertArrayEquals(
        tags,
        TagCorrections.correct(new String[] {"Putin", "Meeting", "Discusses", "Syria"}, tags));
  }

  @Test
  void capitalisedPossessiveIsProperNounAndParticle() {
    assertArrayEquals(
        new String[] {"ADP", "PROPN+PART", "NOUN", "PRON+AUX"},
        TagCorrections.correct(
            new String[] {"of", "Warhol's", "work", "It's"},
            new String[] {"ADP", "NOUN", "NOUN", "PRON+AUX"}));
  }
}
