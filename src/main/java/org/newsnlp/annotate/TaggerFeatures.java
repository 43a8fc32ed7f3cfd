package org.newsnlp.annotate;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The English UD POS model's probabilities for a word, from its features already looked up in the
 * model, instead of from feature strings built and hashed for every word of every sentence.
 *
 * <p>The model's feature generator ({@code generator.featuregen} in the model jar) gives a word at
 * position {@code i}, in this order: {@code def}; its suffixes and prefixes of one to four chars
 * ({@code suf=}, {@code pre=}); its lower-cased form and those of the two words either side ({@code
 * w=}, {@code p1w=}, {@code p2w=}, {@code n1w=}, {@code n2w=}); {@code S=begin}, {@code p1S=begin}
 * or {@code p2S=begin} for the first three words; its token class and lower-cased form with class
 * ({@code wc=}, {@code w&c=}); and the previous one and two tags ({@code t=}, {@code t2=}).
 * Everything but the position and the tags depends on a word's text alone, so each distinct word's
 * features are looked up in the model once (per JVM, like {@link LemmaCache}'s answers) and a
 * sentence's contexts are assembled from them; the leading features that are the word's alone
 * ({@code def}, affixes, {@code w=}) are even summed once per word. The probabilities are summed in
 * the feature order and normalised exactly as {@link GISModel} does, so they are the same doubles.
 *
 * <p>{@link #forModel} checks that on a probe sentence before it is used: a model whose generator
 * or arithmetic differs gets {@code null}, and {@link BeamTagger} then asks the model with
 * OpenNLP's own feature strings.
 */
final class TaggerFeatures {
  private static final int AFFIX_LENGTH = 4;
  private static final int MAX_WORDS = 200_000;
  private static final Map<MaxentModel, Map<String, Word>> SHARED =
      Collections.synchronizedMap(new WeakHashMap<>());

  /**
   * Words with every feature class: sentence start, short and long words, capitals, digits,
   * punctuation, letters whose lower case differs by locale or in length, a surrogate pair.
   */
  private static final String[] PROBE = {
    "\"",
    "İstanbul",
    "Dr.",
    "Ünal",
    "said",
    "3,000",
    "of",
    "the",
    "42",
    "cafés",
    "in",
    "1999",
    "x-ray",
    "🙂",
    "A",
    "USA",
    "U.S.",
    "ΣΟΦΊΑ",
    "a",
    "12/5",
    "-",
    "running",
    "."
  };

  private final Map<String, Context> predicates;
  private final Map<String, Word> words;
  private final int outcomeCount;
  private final double uniform;
  private final Context definition;
  private final Context[] sentenceBegin;
  private final Context[] previousTag;
  private final Context[] previousTwoTags;

  /** The features of a position after the word's {@code start}: at most nine. */
  private final Context[] scratch = new Context[9];

  /**
   * One word's features, looked up; absent features (not in the model) left out. The features that
   * lead a position's context and depend on the word alone ({@code def}, affixes, {@code w=}) are
   * already summed onto the uniform prior, in order, into {@code start}: the same additions in the
   * same order, done once per distinct word.
   */
  record Word(
      double[] start,
      Context previous1,
      Context previous2,
      Context next1,
      Context next2,
      Context wordClass,
      Context wordAndClass) {}

  @SuppressWarnings("unchecked")
  private TaggerFeatures(GISModel model) {
    this.predicates = (Map<String, Context>) model.getDataStructures()[1];
    this.words = SHARED.computeIfAbsent(model, m -> new ConcurrentHashMap<>());
    this.outcomeCount = model.getNumOutcomes();
    this.uniform = StrictMath.log(1.0 / outcomeCount);
    this.definition = predicates.get("def");
    this.sentenceBegin =
        new Context[] {
          predicates.get("S=begin"), predicates.get("p1S=begin"), predicates.get("p2S=begin")
        };
    this.previousTag = new Context[outcomeCount];
    this.previousTwoTags = new Context[outcomeCount * outcomeCount];
    for (int a = 0; a < outcomeCount; a++) {
      previousTag[a] = predicates.get("t=" + model.getOutcome(a));
      for (int b = 0; b < outcomeCount; b++) {
        previousTwoTags[a * outcomeCount + b] =
            predicates.get("t2=" + model.getOutcome(a) + "," + model.getOutcome(b));
      }
    }
  }

  /**
   * Feature tables for {@code model}, or {@code null} when they would not give exactly the
   * probabilities of {@code model.eval(contexts.getContext(…))} on the probe sentence. {@code
   * contexts} must be a fresh generator of the model's factory; it is left as it was found for any
   * other sentence.
   */
  static TaggerFeatures forModel(MaxentModel model, POSContextGenerator contexts) {
    if (!(model instanceof GISModel gis)) {
      return null;
    }
    TaggerFeatures features = new TaggerFeatures(gis);
    String[] probe = PROBE.clone();
    Word[] probeWords = features.words(probe);
    double[] fast = new double[features.outcomeCount];
    for (int i = 0; i < probe.length; i++) {
      String[] tags = new String[i];
      int previous = -1;
      int beforePrevious = -1;
      for (int t = 0; t < i; t++) {
        beforePrevious = previous;
        previous = (t * 7 + 3) % features.outcomeCount;
        tags[t] = gis.getOutcome(previous);
      }
      double[] expected = gis.eval(contexts.getContext(i, probe, tags, new Object[0]));
      if (!Arrays.equals(
          expected, features.probabilities(i, probeWords, previous, beforePrevious, fast))) {
        return null;
      }
    }
    return features;
  }

  /** The looked-up features of each of a sentence's words. */
  Word[] words(String[] sentence) {
    if (words.size() > MAX_WORDS) {
      words.clear();
    }
    Word[] looked = new Word[sentence.length];
    for (int i = 0; i < sentence.length; i++) {
      Word word = words.get(sentence[i]);
      if (word == null) {
        word = lookUp(sentence[i]);
        words.put(sentence[i], word);
      }
      looked[i] = word;
    }
    return looked;
  }

  private Word lookUp(String token) {
    double[] start = new double[outcomeCount];
    Arrays.fill(start, uniform);
    GisSums.add(start, definition);
    int affixCount = Math.min(AFFIX_LENGTH, token.length());
    for (int length = 1; length <= affixCount; length++) {
      GisSums.add(start, predicates.get("suf=" + token.substring(token.length() - length)));
    }
    for (int length = 1; length <= affixCount; length++) {
      GisSums.add(start, predicates.get("pre=" + token.substring(0, length)));
    }
    String lower = StringUtil.toLowerCase(token);
    GisSums.add(start, predicates.get("w=" + lower));
    String wordClass = FeatureGeneratorUtil.tokenFeature(token);
    return new Word(
        start,
        predicates.get("p1w=" + lower),
        predicates.get("p2w=" + lower),
        predicates.get("n1w=" + lower),
        predicates.get("n2w=" + lower),
        predicates.get("wc=" + wordClass),
        predicates.get("w&c=" + lower + "," + wordClass));
  }

  /**
   * The outcome probabilities at position {@code i} of {@code sentence}, into {@code
   * probabilities}, given the outcome indices of the previous tag and the one before it ({@code -1}
   * where there is none): the word's {@code start} sums, then the rest of the context's parameters
   * in the generator's order, then {@link GISModel}'s {@code StrictMath.exp} and division by the
   * total.
   */
  double[] probabilities(
      int i, Word[] sentence, int previous, int beforePrevious, double[] probabilities) {
    Context[] rest = scratch;
    int n = 0;
    if (i >= 1) {
      n = add(rest, n, sentence[i - 1].previous1());
    }
    if (i >= 2) {
      n = add(rest, n, sentence[i - 2].previous2());
    }
    if (i + 1 < sentence.length) {
      n = add(rest, n, sentence[i + 1].next1());
    }
    if (i + 2 < sentence.length) {
      n = add(rest, n, sentence[i + 2].next2());
    }
    if (i < sentenceBegin.length) {
      n = add(rest, n, sentenceBegin[i]);
    }
    Word word = sentence[i];
    n = add(rest, n, word.wordClass());
    n = add(rest, n, word.wordAndClass());
    if (i >= 1) {
      n = add(rest, n, previousTag[previous]);
    }
    if (i >= 2) {
      n = add(rest, n, previousTwoTags[beforePrevious * outcomeCount + previous]);
    }
    System.arraycopy(word.start(), 0, probabilities, 0, outcomeCount);
    for (int f = 0; f < n; f++) {
      GisSums.add(probabilities, rest[f]);
    }
    return GisSums.normalize(probabilities);
  }

  private static int add(Context[] out, int n, Context feature) {
    if (feature != null) {
      out[n++] = feature;
    }
    return n;
  }
}
