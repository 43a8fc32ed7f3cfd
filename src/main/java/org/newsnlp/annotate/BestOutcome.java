package org.newsnlp.annotate;

import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A maximum-entropy model's most probable outcome for a context, as {@code
 * model.getBestOutcome(model.eval(context))} gives it, without the probabilities.
 *
 * <p>{@link GISModel#eval} turns each outcome's summed parameters into a probability ({@code
 * StrictMath.exp}, then division by the total) before the best is picked; for the lemmatizer's 860
 * outcomes that was most of the cost of a lemma the memo did not know. Both steps keep the order of
 * the sums, so the best outcome is the one with the largest sum. It is taken from the sums when it
 * leads every other outcome by more than {@value #MARGIN}, far beyond what rounding in {@code exp}
 * and the division could undo; closer than that (a near tie) the model is asked the usual way. Not
 * thread-safe (one scratch array): one per user.
 */
final class BestOutcome {
  static final double MARGIN = 1e-9;

  private final MaxentModel model;

  /** The GIS model's parameters by feature, or null to always ask the model. */
  private final Map<String, Context> predicates;

  private final double uniform;
  private final double[] sums;

  @SuppressWarnings("unchecked")
  BestOutcome(MaxentModel model) {
    this.model = model;
    this.predicates =
        model instanceof GISModel gis ? (Map<String, Context>) gis.getDataStructures()[1] : null;
    this.uniform = StrictMath.log(1.0 / model.getNumOutcomes());
    this.sums = new double[model.getNumOutcomes()];
  }

  String of(String[] context) {
    if (predicates == null) {
      return model.getBestOutcome(model.eval(context));
    }
    Arrays.fill(sums, uniform);
    for (String feature : context) {
      GisSums.add(sums, predicates.get(feature));
    }
    int best = 0;
    for (int o = 1; o < sums.length; o++) {
      if (sums[best] < sums[o]) {
        best = o;
      }
    }
    double runnerUp = Double.NEGATIVE_INFINITY;
    for (int o = 0; o < sums.length; o++) {
      if (o != best && sums[o] > runnerUp) {
        runnerUp = sums[o];
      }
    }
    if (sums[best] - runnerUp > MARGIN) {
      return model.getOutcome(best);
    }
    return model.getBestOutcome(model.eval(context));
  }
}
