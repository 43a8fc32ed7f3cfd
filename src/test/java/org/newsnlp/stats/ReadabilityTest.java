package org.newsnlp.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Protects every readability formula against values worked by hand from one set of counts: 100
 * words, 5 sentences, 150 syllables, 10 polysyllabic words, 450 letters, 20 long words.
 */
class ReadabilityTest {
  private static final double EXACT = 1e-9;

  @Test
  void flesch() {
    // 206.835 - 1.015 * 20 - 84.6 * 1.5 = 59.635
    assertEquals(59.635, Readability.fleschReadingEase(100, 5, 150), EXACT);
    // 0.39 * 20 + 11.8 * 1.5 - 15.59 = 9.91
    assertEquals(9.91, Readability.fleschKincaidGrade(100, 5, 150), EXACT);
  }

  @Test
  void gunningFog() {
    // 0.4 * (20 + 100 * 10/100) = 12
    assertEquals(12.0, Readability.gunningFog(100, 5, 10), EXACT);
  }

  @Test
  void smog() {
    // 1.0430 * sqrt(10 * 30/5) + 3.1291 = 1.0430 * 7.745967 + 3.1291 = 11.208143
    assertEquals(11.208143, Readability.smogIndex(5, 10), 1e-6);
  }

  @Test
  void colemanLiauWithThePublishedConstant() {
    // L = 450, S = 5: 0.0588 * 450 - 0.296 * 5 - 15.8 = 26.46 - 1.48 - 15.8 = 9.18
    // (textstat's 0.058 would give 8.955)
    assertEquals(9.18, Readability.colemanLiauIndex(100, 5, 450), EXACT);
  }

  @Test
  void automatedReadabilityIndex() {
    // 4.71 * 4.5 + 0.5 * 20 - 21.43 = 21.195 + 10 - 21.43 = 9.765
    assertEquals(9.765, Readability.automatedReadabilityIndex(100, 5, 450), EXACT);
  }

  @Test
  void daleChallAddsItsConstantAboveFivePercentDifficult() {
    // PDW 8: 0.1579 * 8 + 0.0496 * 20 + 3.6365 = 1.2632 + 0.992 + 3.6365 = 5.8917
    assertEquals(5.8917, Readability.daleChallScore(100, 5, 8), EXACT);
    // PDW 4: 0.6316 + 0.992 = 1.6236, no adjustment
    assertEquals(1.6236, Readability.daleChallScore(100, 5, 4), EXACT);
  }

  @Test
  void lixAndRix() {
    // 20 + 100 * 20/100 = 40; 20/5 = 4
    assertEquals(40.0, Readability.lix(100, 5, 20), EXACT);
    assertEquals(4.0, Readability.rix(5, 20), EXACT);
  }

  @Test
  void linsearWriteOnBothSidesOfTwenty() {
    // r = (90 + 3 * 10)/5 = 24 > 20: 24/2 = 12
    assertEquals(12.0, Readability.linsearWrite(100, 5, 10), EXACT);
    // r = 120/10 = 12: (12 - 2)/2 = 5
    assertEquals(5.0, Readability.linsearWrite(100, 10, 10), EXACT);
  }

  @Test
  void noWordsOrSentencesMeansNoScore() {
    assertTrue(Double.isNaN(Readability.gunningFog(0, 0, 0)));
    assertTrue(Double.isNaN(Readability.smogIndex(0, 3)));
    assertTrue(Double.isNaN(Readability.colemanLiauIndex(0, 1, 0)));
    assertTrue(Double.isNaN(Readability.daleChallScore(10, 0, 1)));
    assertTrue(Double.isNaN(Readability.rix(0, 1)));
  }
}
