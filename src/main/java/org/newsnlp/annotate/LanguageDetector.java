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

  /** The most likely language of {@code text} and the model's confidence in it. */
  public static Language detect(String text) {
    return new LanguageDetectorME(Holder.MODEL).predictLanguage(text);
  }

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
