package org.newsnlp.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Detects a text's language with OpenNLP's language-detector model ({@code
 * opennlp-models-langdetect} 1.0.0, ISO 639-3 codes such as {@code eng}, {@code fra}, {@code
 * deu}), read once per JVM from the classpath. The model is immutable and shared; each call builds
 * its own cheap {@link LanguageDetectorME}, so the detector is safe to use from any thread.
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
    Language[] ranked = new LanguageDetectorME(Holder.MODEL).predictLanguages(text);
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

  /** How many times English's probability another language needs to be reported instead. */
  static final double MARGIN = 2.0;

  /** Initialised by the JVM on first access, exactly once, thread-safely. */
  private static final class Holder {
    static final LanguageDetectorModel MODEL = load();

    private static LanguageDetectorModel load() {
      try (InputStream in = LanguageDetector.class.getResourceAsStream(LanguageDetector.MODEL)) {
        if (in == null) {
          throw new IOException(
              "OpenNLP model " + LanguageDetector.MODEL + " is not on the classpath: the"
                  + " opennlp-models-langdetect jar must be a dependency of the build");
        }
        return new LanguageDetectorModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
