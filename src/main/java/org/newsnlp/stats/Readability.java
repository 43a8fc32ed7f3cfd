package org.newsnlp.stats;

/**
 * Readability formulas with their published constants. Each returns {@link Double#NaN} when a
 * denominator is zero, so that no score is invented for a text without words or sentences.
 */
public final class Readability {
  private Readability() {}

  /** Flesch (1948): 206.835 − 1.015 × words/sentences − 84.6 × syllables/words. */
  public static double fleschReadingEase(int words, int sentences, int syllables) {
    if (words == 0 || sentences == 0) {
      return Double.NaN;
    }
    return 206.835 - 1.015 * words / sentences - 84.6 * syllables / (double) words;
  }

  /** Kincaid et al. (1975): 0.39 × words/sentences + 11.8 × syllables/words − 15.59. */
  public static double fleschKincaidGrade(int words, int sentences, int syllables) {
    if (words == 0 || sentences == 0) {
      return Double.NaN;
    }
    return 0.39 * words / sentences + 11.8 * syllables / (double) words - 15.59;
  }

  /** {@code numerator / denominator}, or NaN when the denominator is zero. */
  public static double ratio(double numerator, double denominator) {
    return denominator == 0 ? Double.NaN : numerator / denominator;
  }
}
