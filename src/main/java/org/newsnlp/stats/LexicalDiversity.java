package org.newsnlp.stats;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lexical diversity of a sequence of lower-cased words, with textacy's definitions ({@code
 * textacy.text_stats.diversity}): type-token ratio, MTLD (McCarthy &amp; Jarvis 2010, threshold
 * 0.72, mean of a forward and a backward pass) and HD-D (sample size 42). A measure that is
 * undefined for the text (no words; fewer words than HD-D's sample) is {@link Double#NaN}, where
 * textacy raises an error.
 */
public final class LexicalDiversity {
  public static final double MTLD_THRESHOLD = 0.72;
  public static final int HDD_SAMPLE = 42;

  private LexicalDiversity() {}

  /** Distinct words over words. */
  public static double typeTokenRatio(List<String> words) {
    return words.isEmpty() ? Double.NaN : (double) new HashSet<>(words).size() / words.size();
  }

  /** Mean of the forward and backward MTLD runs. */
  public static double mtld(List<String> words) {
    if (words.isEmpty()) {
      return Double.NaN;
    }
    return (mtldRun(words, false) + mtldRun(words, true)) / 2;
  }

  private static double mtldRun(List<String> words, boolean backward) {
    Set<String> types = new HashSet<>();
    int factorWords = 0;
    double factors = 0;
    double ttr = 1;
    int n = words.size();
    for (int k = 0; k < n; k++) {
      String w = words.get(backward ? n - 1 - k : k);
      factorWords++;
      types.add(w);
      ttr = (double) types.size() / factorWords;
      if (ttr < MTLD_THRESHOLD) {
        factors++;
        factorWords = 0;
        types.clear();
      }
    }
    // As textacy: a text that never falls below the threshold is one factor if its TTR is 1,
    // else a partial one; a partial last factor counts by how far its TTR fell.
    if (factors == 0) {
      factors = ttr == 1 ? 1 : (1 - ttr) / (1 - MTLD_THRESHOLD);
    } else if (factorWords > 0) {
      factors += (1 - ttr) / (1 - MTLD_THRESHOLD);
    }
    return n / factors;
  }

  /**
   * HD-D: the sum over word types of (1 − P(the type is absent from a random 42-word sample)) / 42,
   * with the hypergeometric probability P = C(N − f, 42) / C(N, 42) for a type seen f times among N
   * words.
   */
  public static double hdd(List<String> words) {
    int n = words.size();
    if (n < HDD_SAMPLE) {
      return Double.NaN;
    }
    Map<String, Integer> freq = new HashMap<>();
    for (String w : words) {
      freq.merge(w, 1, Integer::sum);
    }
    double sum = 0;
    for (int f : freq.values()) {
      double absent = 1;
      for (int i = 0; i < HDD_SAMPLE; i++) {
        double numerator = n - f - i;
        if (numerator <= 0) {
          absent = 0;
          break;
        }
        absent *= numerator / (n - i);
      }
      sum += (1 - absent) / HDD_SAMPLE;
    }
    return sum;
  }
}
