package org.newsnlp.annotate;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;

/**
 * {@link GISModel}'s arithmetic, for the classes that ask its models without feature strings
 * ({@link TaggerFeatures}, {@link GramWeights}, {@link BestOutcome}): the same operations in the
 * same order, so the same doubles.
 */
final class GisSums {
  private GisSums() {}

  /** Adds a feature's parameters to the sums of its outcomes; nothing for an absent feature. */
  static void add(double[] sums, Context feature) {
    if (feature != null) {
      int[] outcomes = feature.getOutcomes();
      double[] parameters = feature.getParameters();
      for (int a = 0; a < outcomes.length; a++) {
        sums[outcomes[a]] += parameters[a];
      }
    }
  }

  /** The sums turned into probabilities in place: {@code StrictMath.exp}, then the total. */
  static double[] normalize(double[] sums) {
    double total = 0.0;
    for (int o = 0; o < sums.length; o++) {
      sums[o] = StrictMath.exp(sums[o]);
      total += sums[o];
    }
    for (int o = 0; o < sums.length; o++) {
      sums[o] /= total;
    }
    return sums;
  }
}
