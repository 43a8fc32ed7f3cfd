package org.newsnlp.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Protects the Flesch formulas against hand-worked values and the no-words case. */
class ReadabilityFormulaTest {
  @Test
  void fleschOnHandWorkedCounts() {
    // 100 words, 5 sentences, 150 syllables:
    // 206.835 - 1.015 * 20 - 84.6 * 1.5 = 206.835 - 20.3 - 126.9 = 59.635
    assertEquals(59.635, Readability.fleschReadingEase(100, 5, 150), 1e-9);
    // 0.39 * 20 + 11.8 * 1.5 - 15.59 = 7.8 + 17.7 - 15.59 = 9.91
    assertEquals(9.91, Readability.fleschKincaidGrade(100, 5, 150), 1e-9);
  }

  @Test
  void noWordsMeansNoScore() {
    assertTrue(Double.isNaN(Readability.fleschReadingEase(0, 0, 0)));
    assertTrue(Double.isNaN(Readability.fleschKincaidGrade(10, 0, 12)));
  }

  @Test
  void syllablesByRule() {
    assertEquals(1, Syllables.count("said"));
    assertEquals(3, Syllables.count("government"));
    assertEquals(2, Syllables.count("table"));
    assertEquals(1, Syllables.count("make"));
    assertEquals(2, Syllables.count("wanted"));
    assertEquals(1, Syllables.count("jumped"));
  }
}
