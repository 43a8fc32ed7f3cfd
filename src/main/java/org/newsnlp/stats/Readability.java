package org.newsnlp.stats;

/**
 * Readability formulas with their published constants, computed from counts (so a spreadsheet user
 * can recompute each from the {@code documents.csv} columns). Each returns {@link Double#NaN} when
 * a denominator is zero, so that no score is invented for a text without words or sentences.
 *
 * <p>Where textstat deviates from the publication, the publication wins: Coleman–Liau uses 0.0588
 * (textstat: 0.058); Gunning's fog counts every word of three or more syllables as complex (no
 * exclusions for names or suffixes); Linsear Write and SMOG run on the whole text, not a 100-word
 * or 30-sentence sample.
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

  /** Gunning (1952): 0.4 × (words/sentences + 100 × polysyllabic/words). */
  public static double gunningFog(int words, int sentences, int polysyllabic) {
    if (words == 0 || sentences == 0) {
      return Double.NaN;
    }
    return 0.4 * ((double) words / sentences + 100.0 * polysyllabic / words);
  }

  /** McLaughlin (1969): 1.0430 × √(polysyllabic × 30/sentences) + 3.1291. */
  public static double smogIndex(int sentences, int polysyllabic) {
    if (sentences == 0) {
      return Double.NaN;
    }
    return 1.0430 * Math.sqrt(polysyllabic * 30.0 / sentences) + 3.1291;
  }

  /**
   * Coleman &amp; Liau (1975): 0.0588 × L − 0.296 × S − 15.8, with L letters and S sentences per
   * 100 words.
   */
  public static double colemanLiauIndex(int words, int sentences, int letters) {
    if (words == 0) {
      return Double.NaN;
    }
    double l = 100.0 * letters / words;
    double s = 100.0 * sentences / words;
    return 0.0588 * l - 0.296 * s - 15.8;
  }

  /** Smith &amp; Senter (1967): 4.71 × letters/words + 0.5 × words/sentences − 21.43. */
  public static double automatedReadabilityIndex(int words, int sentences, int letters) {
    if (words == 0 || sentences == 0) {
      return Double.NaN;
    }
    return 4.71 * letters / words + 0.5 * words / sentences - 21.43;
  }

  /**
   * New Dale–Chall (Chall &amp; Dale 1995; constants of Dale &amp; Chall 1948): 0.1579 × PDW +
   * 0.0496 × words/sentences, plus 3.6365 when PDW, the percentage of difficult words, exceeds 5.
   */
  public static double daleChallScore(int words, int sentences, int difficult) {
    if (words == 0 || sentences == 0) {
      return Double.NaN;
    }
    double pdw = 100.0 * difficult / words;
    double raw = 0.1579 * pdw + 0.0496 * words / sentences;
    return pdw > 5 ? raw + 3.6365 : raw;
  }

  /** Björnsson (1968): words/sentences + 100 × long words/words (long: more than 6 letters). */
  public static double lix(int words, int sentences, int longWords) {
    if (words == 0 || sentences == 0) {
      return Double.NaN;
    }
    return (double) words / sentences + 100.0 * longWords / words;
  }

  /** Anderson (1983): long words/sentences. */
  public static double rix(int sentences, int longWords) {
    if (sentences == 0) {
      return Double.NaN;
    }
    return (double) longWords / sentences;
  }

  /**
   * Linsear Write (O'Hayre 1966): r = (easy + 3 × hard)/sentences, where hard words have three or
   * more syllables and easy words the rest; the score is r/2 when r &gt; 20, else (r − 2)/2.
   */
  public static double linsearWrite(int words, int sentences, int polysyllabic) {
    if (words == 0 || sentences == 0) {
      return Double.NaN;
    }
    double r = ((words - polysyllabic) + 3.0 * polysyllabic) / sentences;
    return r > 20 ? r / 2 : (r - 2) / 2;
  }

  /** {@code numerator / denominator}, or NaN when the denominator is zero. */
  public static double ratio(double numerator, double denominator) {
    return denominator == 0 ? Double.NaN : numerator / denominator;
  }
}
