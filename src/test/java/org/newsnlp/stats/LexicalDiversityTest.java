package org.newsnlp.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Protects TTR, MTLD and HD-D against values worked by hand with textacy's definitions. */
class LexicalDiversityTest {

  @Test
  void typeTokenRatio() {
    assertEquals(0.75, LexicalDiversity.typeTokenRatio(List.of("a", "b", "c", "a")), 1e-12);
  }

  @Test
  void mtldCountsFullAndPartialFactors() {
    // a b a: TTR 2/3 < 0.72 ends a factor; the last "b" is a partial factor of TTR 1, worth 0.
    // 4 words / 1 factor = 4, both ways.
    assertEquals(4.0, LexicalDiversity.mtld(List.of("a", "b", "a", "b")), 1e-12);
    // TTR never falls below 0.72 (ends at 0.75): one partial factor (1 - 0.75)/(1 - 0.72).
    assertEquals(4 / (0.25 / 0.28), LexicalDiversity.mtld(List.of("a", "b", "c", "a")), 1e-12);
    // All words distinct: one factor, MTLD = the number of words.
    assertEquals(3.0, LexicalDiversity.mtld(List.of("a", "b", "c")), 1e-12);
  }

  @Test
  void hddEqualsTypesOverSampleWhenTheTextIsTheSample() {
    // 42 words: every type is in the only possible 42-word sample, so HD-D = types/42.
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 42; i++) {
      words.add("w" + (i % 21));
    }
    assertEquals(0.5, LexicalDiversity.hdd(words), 1e-12);
  }

  @Test
  void hddWithOneWordMoreThanTheSample() {
    // 43 words: w0 twice, w1..w41 once. A once-seen type is absent from a 42-word sample with
    // probability 1/43, a twice-seen one never: 41 * (42/43)/42 + 1/42 = 41/43 + 1/42.
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 42; i++) {
      words.add("w" + i);
    }
    words.add("w0");
    assertEquals(41.0 / 43 + 1.0 / 42, LexicalDiversity.hdd(words), 1e-12);
  }

  @Test
  void undefinedMeasuresAreNaN() {
    assertTrue(Double.isNaN(LexicalDiversity.mtld(List.of())));
    assertTrue(Double.isNaN(LexicalDiversity.hdd(List.of("a", "b"))));
  }
}
