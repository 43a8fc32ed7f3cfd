package org.newsnlp.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.StringUtil;

/**
 * Detects a text's language with OpenNLP's language-detector model ({@code
 * opennlp-models-langdetect} 1.0.0, ISO 639-3 codes such as {@code eng}, {@code fra}, {@code deu}),
 * read once per JVM from the classpath. The model is immutable and shared, so the detector is safe
 * to use from any thread.
 *
 * <p>The model's features are the distinct character 1- to 3-grams of the normalized, lower-cased
 * text. {@link LanguageDetectorME} gathers them through a general n-gram counter (a character
 * buffer per n-gram, a count per n-gram, then a second map of counts) and a map of strings to find
 * each n-gram's parameters; {@link #rank} normalizes the text as OpenNLP does but skips the
 * patterns that cannot match ({@link LanguageNormalizer}) and sums the same parameters from a table
 * keyed by the packed n-gram ({@link GramWeights}). {@code LanguageDetectorTest} checks that the
 * ranking agrees with {@code LanguageDetectorME}'s (same languages in the same order, probabilities
 * equal to 1e-12: only the order in which the parameters are added up differs) on the seeds and the
 * news corpus.
 */
public final class LanguageDetector {
  public static final String MODEL = "/langdetect-183.bin";
  public static final String ENGLISH = "eng";

  private LanguageDetector() {}

  /**
   * The language of {@code text} and the model's probability for it: English unless the model
   * prefers another language by more than {@value #MARGIN} times English's probability. On a short
   * text the probabilities are spread thin over the model's 103 languages and a headline of names
   * can come out as Maori ("Putin meets Khamenei in Tehran": mri 0.019, barely ahead of English);
   * the margin keeps such an English text English, while a sentence of French or German is still
   * told apart.
   */
  public static Language detect(String text) {
    Language[] ranked = rank(sample(text));
    Language top = ranked[0];
    if (top.getLang().equals(ENGLISH)) {
      return top;
    }
    for (Language l : ranked) {
      if (l.getLang().equals(ENGLISH) && l.getConfidence() * MARGIN >= top.getConfidence()) {
        return l;
      }
    }
    return top;
  }

  /**
   * The text the model reads: the first {@value #SAMPLE_CHARS} characters, cut back to the last
   * whitespace before that. The model's cost grows with the text (every character n-gram is a
   * feature for each of 103 languages), and a newspaper article settles its language well within
   * that length; on long articles the whole text cost more than tagging it.
   */
  static String sample(String text) {
    if (text.length() <= SAMPLE_CHARS) {
      return text;
    }
    int end = SAMPLE_CHARS;
    while (end > SAMPLE_CHARS / 2 && !Character.isWhitespace(text.charAt(end))) {
      end--;
    }
    if (end == SAMPLE_CHARS / 2) {
      // No space to cut at (a script written without spaces): cut anywhere but inside a pair.
      end =
          Character.isHighSurrogate(text.charAt(SAMPLE_CHARS - 1))
              ? SAMPLE_CHARS - 1
              : SAMPLE_CHARS;
    }
    return text.substring(0, end);
  }

  /** The most characters of a text that the model reads. */
  static final int SAMPLE_CHARS = 1_000;

  /** Every language of the model with its probability for {@code text}, most probable first. */
  static Language[] rank(String text) {
    String normalized =
        StringUtil.toLowerCaseCharBuffer(LanguageNormalizer.normalize(text)).toString();
    double[] probabilities = Holder.WEIGHTS.probabilities(normalized);
    MaxentModel model = Holder.MODEL.getMaxentModel();
    Language[] ranked = new Language[probabilities.length];
    for (int i = 0; i < probabilities.length; i++) {
      ranked[i] = new Language(model.getOutcome(i), probabilities[i]);
    }
    Arrays.sort(ranked, (a, b) -> Double.compare(b.getConfidence(), a.getConfidence()));
    return ranked;
  }

  /** How many times English's probability another language needs to be reported instead. */
  static final double MARGIN = 2.0;

  /** Initialised by the JVM on first access, exactly once, thread-safely. */
  private static final class Holder {
    static final LanguageDetectorModel MODEL = load();
    static final GramWeights WEIGHTS = new GramWeights((GISModel) MODEL.getMaxentModel());

    private static LanguageDetectorModel load() {
      try (InputStream in = LanguageDetector.class.getResourceAsStream(LanguageDetector.MODEL)) {
        if (in == null) {
          throw new IOException(
              "OpenNLP model "
                  + LanguageDetector.MODEL
                  + " is not on the classpath: the"
                  + " opennlp-models-langdetect jar must be a dependency of the build");
        }
        return new LanguageDetectorModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
