package org.newsnlp.annotate;

import java.util.Arrays;
import java.util.PriorityQueue;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.DefaultPOSSequenceValidator;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.SequenceValidator;

/**
 * UPOS tagging with the POS model's own beam search, without the bookkeeping that made OpenNLP's
 * search cost as much as the model itself: exactly {@link POSTaggerME}'s tags (on sentences of up
 * to {@link #MAX_SEARCH_WORDS} words; longer ones are tagged in pieces).
 *
 * <p>The search is Ratnaparkhi's, as {@code POSTaggerME} runs it: at each word, each of the best
 * {@code beam} partial tag sequences (3, from the model's manifest) asks the model for the next
 * tag's probabilities; the tags scoring at least the {@code beam}-th best probability, and allowed
 * by the tag dictionary, extend that sequence (by the log of the probability); the {@code beam}
 * best extensions go on to the next word. OpenNLP's implementation sorts every probability array to
 * find that threshold and copies the whole tag list and probability list into every new partial
 * sequence, so a sentence of n words costs O(n²) copying; in the profile of the news corpus the
 * sort and the copies took as many samples as the model's evaluations. Here the threshold is found
 * in one pass over the probabilities, and a partial sequence is a link to its parent. The model,
 * its feature contexts, the validator, the arithmetic ({@code StrictMath.log}, summed in the same
 * order) and the order of candidates are the same, so the tags are too ({@code BeamTaggerTest}
 * compares them with {@code POSTaggerME} on the seeds and, when present, the news corpus).
 *
 * <p>The model's feature generator caches a position's features (previous tags included) by
 * position only, so every path at a word gets the first path's context: the model is asked once per
 * word. For the English UD model the context is assembled from each word's features looked up once
 * ({@link TaggerFeatures}) rather than from feature strings.
 *
 * <p>Not thread-safe (the context generator keeps a per-sentence cache): one per {@link Annotator}.
 */
public final class BeamTagger {
  /** OpenNLP's floor for a sequence's score; a candidate at or below it is dropped. */
  private static final double MIN_SEQUENCE_SCORE = -100000;

  private static final Object[] NO_ADDITIONAL_CONTEXT = new Object[0];

  private final MaxentModel model;
  private final POSContextGenerator contexts;
  private final SequenceValidator<String> validator;

  /** Whether the validator allows every tag (no tag dictionary), so that it need not be asked. */
  private final boolean everyTagAllowed;

  /** The model's features looked up per word, or null to ask the model with feature strings. */
  private final TaggerFeatures features;

  private final int beam;
  private final String[] outcomes;
  private final double[] probabilities;

  /** A partial tag sequence: its last tag (an outcome index), its parent and its score. */
  private record Path(Path parent, int outcome, double score, int length) {
    String[] tags(String[] names) {
      String[] tags = new String[length];
      Path p = this;
      for (int i = length - 1; i >= 0; i--) {
        tags[i] = names[p.outcome];
        p = p.parent;
      }
      return tags;
    }
  }

  public BeamTagger(POSModel posModel) {
    this(posModel, true);
  }

  /**
   * A tagger that looks up the model's features per word when {@code lookUpPerWord} and the model
   * allows it ({@link TaggerFeatures#forModel}), else asks the model with its feature strings.
   */
  BeamTagger(POSModel posModel, boolean lookUpPerWord) {
    Object artifact = posModel.getArtifact("pos.model");
    if (!(artifact instanceof MaxentModel maxent)) {
      throw new IllegalArgumentException(
          "the POS model is not a maximum-entropy model, which BeamTagger needs: " + artifact);
    }
    POSTaggerFactory factory = posModel.getFactory();
    String beamSize = posModel.getManifestProperty("BeamSize");
    this.beam = beamSize == null ? POSTaggerME.DEFAULT_BEAM_SIZE : Integer.parseInt(beamSize);
    this.model = maxent;
    this.contexts = factory.getPOSContextGenerator(beam);
    this.validator = factory.getSequenceValidator();
    this.everyTagAllowed =
        validator.getClass() == DefaultPOSSequenceValidator.class
            && factory.getTagDictionary() == null;
    this.features = lookUpPerWord ? TaggerFeatures.forModel(maxent, contexts) : null;
    this.outcomes = new String[maxent.getNumOutcomes()];
    for (int i = 0; i < outcomes.length; i++) {
      outcomes[i] = maxent.getOutcome(i);
    }
    this.probabilities = new double[outcomes.length];
  }

  /** Whether the model's features are looked up per word ({@link TaggerFeatures}). */
  boolean looksUpFeaturesPerWord() {
    return features != null;
  }

  /**
   * The most words tagged in one search. Each word costs the best path at most log(1/outcomes), so
   * a sentence of some tens of thousands of words (a table, a list, a page of brackets) would sink
   * every path below {@link #MIN_SEQUENCE_SCORE} and leave no tags at all; longer sentences are
   * tagged in pieces of this many words.
   */
  static final int MAX_SEARCH_WORDS = 10_000;

  /** The tags of a sentence's {@code words}, one per word. */
  public String[] tag(String[] words) {
    if (words.length <= MAX_SEARCH_WORDS) {
      return search(words);
    }
    String[] tags = new String[words.length];
    for (int from = 0; from < words.length; from += MAX_SEARCH_WORDS) {
      int to = Math.min(words.length, from + MAX_SEARCH_WORDS);
      String[] piece = search(Arrays.copyOfRange(words, from, to));
      System.arraycopy(piece, 0, tags, from, piece.length);
    }
    return tags;
  }

  private String[] search(String[] words) {
    // Best first; OpenNLP's Sequence orders the same way.
    PriorityQueue<Path> current =
        new PriorityQueue<>(beam, (a, b) -> Double.compare(b.score(), a.score()));
    PriorityQueue<Path> next =
        new PriorityQueue<>(beam, (a, b) -> Double.compare(b.score(), a.score()));
    current.add(new Path(null, -1, 0, 0));
    TaggerFeatures.Word[] looked = features == null ? null : features.words(words);
    for (int i = 0; i < words.length; i++) {
      int extend = Math.min(beam, current.size());
      String[] evaluated = null;
      double[] scores = null;
      double threshold = 0;
      for (int k = 0; k < extend && !current.isEmpty(); k++) {
        Path top = current.remove();
        String[] prior = everyTagAllowed && features != null ? null : top.tags(outcomes);
        if (features != null) {
          if (k == 0) {
            // The model's feature cache (keyed by position only) gives every path at a position
            // the first path's context, so the first path's probabilities serve them all.
            int before = top.parent() == null ? -1 : top.parent().outcome();
            scores = features.probabilities(i, looked, top.outcome(), before, probabilities);
            threshold = kthLargest(scores, beam);
          }
        } else {
          String[] context = contexts.getContext(i, words, prior, NO_ADDITIONAL_CONTEXT);
          if (!Arrays.equals(context, evaluated)) {
            // The same context gives the same probabilities: with the model's feature cache
            // (keyed by position only) every path at a position gets the first path's context.
            scores = model.eval(context, probabilities);
            threshold = kthLargest(scores, beam);
            evaluated = context;
          }
        }
        for (int o = 0; o < scores.length; o++) {
          if (scores[o] >= threshold) {
            offer(top, o, scores[o], i, words, prior, next);
          }
        }
        if (next.isEmpty()) {
          // Nothing above the threshold was allowed: every allowed tag extends the sequence.
          for (int o = 0; o < scores.length; o++) {
            offer(top, o, scores[o], i, words, prior, next);
          }
        }
      }
      current.clear();
      PriorityQueue<Path> swap = current;
      current = next;
      next = swap;
    }
    if (current.isEmpty()) {
      return new String[0];
    }
    return current.remove().tags(outcomes);
  }

  private void offer(
      Path top,
      int outcome,
      double probability,
      int i,
      String[] words,
      String[] prior,
      PriorityQueue<Path> next) {
    if (everyTagAllowed || validator.validSequence(i, words, prior, outcomes[outcome])) {
      Path extended =
          new Path(top, outcome, top.score() + StrictMath.log(probability), top.length() + 1);
      if (extended.score() > MIN_SEQUENCE_SCORE) {
        next.add(extended);
      }
    }
  }

  /**
   * The {@code k}-th largest value, counting repeats, as {@code sorted[length - k]} of the sorted
   * array (the smallest value when there are fewer than {@code k}).
   */
  static double kthLargest(double[] values, int k) {
    if (values.length <= k) {
      double min = Double.POSITIVE_INFINITY;
      for (double v : values) {
        min = Math.min(min, v);
      }
      return min;
    }
    double[] top = new double[k];
    int filled = 0;
    for (double v : values) {
      if (filled < k) {
        int at = filled++;
        while (at > 0 && top[at - 1] < v) {
          top[at] = top[at - 1];
          at--;
        }
        top[at] = v;
      } else if (v > top[k - 1]) {
        int at = k - 1;
        while (at > 0 && top[at - 1] < v) {
          top[at] = top[at - 1];
          at--;
        }
        top[at] = v;
      }
    }
    return top[k - 1];
  }
}
