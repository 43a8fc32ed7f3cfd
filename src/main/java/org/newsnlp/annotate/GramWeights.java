package org.newsnlp.annotate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;

/**
 * The language-detector model's parameters, re-laid for its one question: the probabilities of the
 * model's languages for a text's distinct character 1- to 3-grams.
 *
 * <p>{@link GISModel} finds each gram's parameters through a map of strings to objects holding two
 * more arrays: about seven dependent memory reads per gram, for some 850 grams a text, and each
 * read a likely cache miss in a 146,000-gram model. Here a gram is a number (its chars packed in a
 * {@code long}), found by open addressing in one array; a gram with parameters for most languages
 * (the common ones) has a dense row of them, the others lie in two flat arrays (language,
 * parameter), grams with more languages first. The sums are GISModel's (uniform prior, parameters
 * added gram by gram, {@code StrictMath.exp}, division by the total), in the text's order of first
 * occurrence rather than a hash set's, so a probability may differ from OpenNLP's in its last bits
 * only ({@code LanguageDetectorTest} compares the two to 1e-12).
 */
final class GramWeights {
  private static final long EMPTY = 0;

  /**
   * Grams with at least this many languages keep a dense row (a parameter for every language, 0
   * where the model has none): adding a row needs no language index per parameter.
   */
  private static final int DENSE_MIN = 64;

  /** Marks a table value as a dense row's start rather than a sparse start and end. */
  private static final long DENSE = 1L << 62;

  /**
   * Open addressing: a gram's key at an even index; after it, its dense row's start with {@link
   * #DENSE} set, or its sparse parameters' start (high half) and end.
   */
  private final long[] table;

  private final int mask;
  private final double[] dense;
  private final byte[] outcomes;
  private final double[] parameters;
  private final int outcomeCount;
  private final double uniform;

  @SuppressWarnings("unchecked")
  GramWeights(GISModel model) {
    Map<String, Context> predicates = (Map<String, Context>) model.getDataStructures()[1];
    outcomeCount = model.getNumOutcomes();
    if (outcomeCount > Byte.MAX_VALUE) {
      throw new IllegalArgumentException("more outcomes than a byte holds: " + outcomeCount);
    }
    uniform = StrictMath.log(1.0 / outcomeCount);
    // Grams with more languages first (a bucket per count: this runs at start-up).
    List<List<Map.Entry<String, Context>>> byCount = new ArrayList<>();
    for (int c = 0; c <= outcomeCount; c++) {
      byCount.add(new ArrayList<>());
    }
    for (Map.Entry<String, Context> e : predicates.entrySet()) {
      if (e.getKey().isEmpty() || e.getKey().length() > 3) {
        throw new IllegalArgumentException("not a 1- to 3-gram: '" + e.getKey() + "'");
      }
      byCount.get(e.getValue().getOutcomes().length).add(e);
    }
    List<Map.Entry<String, Context>> entries = new ArrayList<>(predicates.size());
    for (int c = outcomeCount; c >= 0; c--) {
      entries.addAll(byCount.get(c));
    }
    int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 3 / 2)) * 2;
    table = new long[2 * capacity];
    mask = capacity - 1;
    int denseRows = 0;
    int total = 0;
    for (Map.Entry<String, Context> e : entries) {
      int count = e.getValue().getOutcomes().length;
      if (count >= DENSE_MIN) {
        denseRows++;
      } else {
        total += count;
      }
    }
    dense = new double[denseRows * outcomeCount];
    outcomes = new byte[total];
    parameters = new double[total];
    int row = 0;
    int at = 0;
    for (Map.Entry<String, Context> e : entries) {
      Context context = e.getValue();
      long value;
      if (context.getOutcomes().length >= DENSE_MIN) {
        for (int k = 0; k < context.getOutcomes().length; k++) {
          dense[row + context.getOutcomes()[k]] = context.getParameters()[k];
        }
        value = DENSE | row;
        row += outcomeCount;
      } else {
        int start = at;
        for (int k = 0; k < context.getOutcomes().length; k++) {
          outcomes[at] = (byte) context.getOutcomes()[k];
          parameters[at] = context.getParameters()[k];
          at++;
        }
        value = ((long) start << 32) | at;
      }
      long key = key(e.getKey(), 0, e.getKey().length());
      int slot = slot(key);
      while (table[2 * slot] != EMPTY) {
        slot = (slot + 1) & mask;
      }
      table[2 * slot] = key;
      table[2 * slot + 1] = value;
    }
  }

  /** The chars of {@code text} from {@code start} to {@code end} (1 to 3), never 0. */
  static long key(CharSequence text, int start, int end) {
    long key = end - start;
    for (int i = start; i < end; i++) {
      key = (key << 16) | text.charAt(i);
    }
    return key;
  }

  private int slot(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
  }

  /** A gram's table value (see {@link #table}), or -1 when the model lacks it. */
  private long find(long key) {
    int slot = slot(key);
    while (true) {
      long k = table[2 * slot];
      if (k == key) {
        return table[2 * slot + 1];
      }
      if (k == EMPTY) {
        return -1;
      }
      slot = (slot + 1) & mask;
    }
  }

  /**
   * The probability of each outcome for the distinct 1- to 3-grams of {@code text} (already
   * normalized as the model expects), into a new array.
   */
  double[] probabilities(CharSequence text) {
    double[] sums = new double[outcomeCount];
    Arrays.fill(sums, uniform);
    int length = text.length();
    long[] seen = new long[Integer.highestOneBit(Math.max(4, length * 3)) * 2];
    // In three passes, so that the table reads of one pass do not wait on each other: the distinct
    // grams in order of first occurrence, their parameters' places, then the sums in that order.
    long[] grams = new long[3 * length];
    int distinct = 0;
    for (int n = 1; n <= 3; n++) {
      for (int i = 0; i + n <= length; i++) {
        long key = key(text, i, i + n);
        if (firstTime(seen, key)) {
          grams[distinct++] = key;
        }
      }
    }
    for (int g = 0; g < distinct; g++) {
      grams[g] = find(grams[g]);
    }
    for (int g = 0; g < distinct; g++) {
      long found = grams[g];
      if (found < 0) {
        continue;
      }
      if ((found & DENSE) != 0) {
        // Adding 0.0 where the model has no parameter leaves a sum as it was.
        for (int o = 0, k = (int) found; o < outcomeCount; o++, k++) {
          sums[o] += dense[k];
        }
      } else {
        for (int k = (int) (found >>> 32), end = (int) found; k < end; k++) {
          sums[outcomes[k]] += parameters[k];
        }
      }
    }
    return GisSums.normalize(sums);
  }

  /** Adds {@code key} to the open-addressing set {@code seen}; whether it was absent. */
  private static boolean firstTime(long[] seen, long key) {
    int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & (seen.length - 1);
    while (true) {
      long k = seen[slot];
      if (k == key) {
        return false;
      }
      if (k == EMPTY) {
        seen[slot] = key;
        return true;
      }
      slot = (slot + 1) & (seen.length - 1);
    }
  }
}
