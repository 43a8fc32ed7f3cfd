package org.newsnlp.annotate;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Lemmatizes with OpenNLP's statistical lemmatizer at a fraction of its cost, giving the model's
 * own answer for the word in its sentence in all but a few tokens in ten thousand.
 *
 * <p>The lemmatizer decides a word's lemma (an edit script, its "outcome") from the word, its tag
 * and the outcome chosen for the previous word, and searches the sentence with a beam of three.
 * This class walks the sentence once, left to right, keeping the best outcome at each word (greedy
 * decoding instead of the beam), and remembers each (word, tag, previous outcome) → outcome answer,
 * so that a word seen before in the same context costs a map look-up instead of a model evaluation;
 * a new one costs the model's feature look-ups and sums, not its probabilities ({@link
 * BestOutcome}). Asking the model about each word alone, the earlier strategy, agreed with its
 * sentence-level output on only 99.37% of the news corpus's tokens ("rose/NOUN" → "rise"), because
 * it dropped the previous outcome; src/site/markdown/design.md has the measured agreement of this
 * one.
 *
 * <p>One per {@link Annotator}. The remembered answers are shared by every instance on the same
 * model in the JVM, so that worker threads do not each ask the model the same questions; bounded,
 * and simply cleared when full.
 */
public final class LemmaCache {
  /** Above the ~310,000 (word, tag, previous outcome) keys of the whole news corpus. */
  private static final int MAX_ENTRIES = 400_000;

  private static final String SENTENCE_START = "";

  private final LemmatizerContextGenerator contexts;
  private final BestOutcome best;
  private static final Map<LemmatizerModel, Map<Key, Answer>> SHARED =
      Collections.synchronizedMap(new WeakHashMap<>());

  private final Map<Key, Answer> cache;

  /**
   * A question to the model. Written-out equals and hashCode: a record's generated ones go through
   * an invokedynamic bootstrap that the client compiler (the batch jobs' JIT) does not inline.
   */
  private record Key(String word, String tag, String previousOutcome) {
    @Override
    public int hashCode() {
      return (word.hashCode() * 31 + tag.hashCode()) * 31 + previousOutcome.hashCode();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k
          && word.equals(k.word)
          && tag.equals(k.tag)
          && previousOutcome.equals(k.previousOutcome);
    }
  }

  private record Answer(String outcome, String lemma) {}

  public LemmaCache(LemmatizerModel lemmatizerModel) {
    Object artifact = lemmatizerModel.getArtifact("lemmatizer.model");
    if (!(artifact instanceof MaxentModel maxent)) {
      throw new IllegalArgumentException(
          "the lemmatizer model is not a maximum-entropy model, which LemmaCache needs: "
              + artifact);
    }
    this.contexts = lemmatizerModel.getFactory().getContextGenerator();
    this.best = new BestOutcome(maxent);
    this.cache = SHARED.computeIfAbsent(lemmatizerModel, m -> new ConcurrentHashMap<>());
  }

  /** The lemmas of a sentence's {@code words} with their {@code tags}, one per word. */
  public String[] lemmatize(String[] words, String[] tags) {
    String[] outcomes = new String[words.length];
    String[] lemmas = new String[words.length];
    if (cache.size() > MAX_ENTRIES) {
      cache.clear();
    }
    for (int i = 0; i < words.length; i++) {
      Key key = new Key(words[i], tags[i], i == 0 ? SENTENCE_START : outcomes[i - 1]);
      Answer answer = cache.get(key);
      if (answer == null) {
        // The context generator reads the word and tag at i and the outcome at i - 1 only.
        String outcome = best.of(contexts.getContext(i, words, tags, outcomes));
        String lemma =
            LemmatizerME.decodeLemmas(new String[] {words[i]}, new String[] {outcome})[0];
        answer = new Answer(outcome, lemma);
        cache.put(key, answer);
      }
      outcomes[i] = answer.outcome();
      lemmas[i] = answer.lemma();
    }
    return lemmas;
  }
}
