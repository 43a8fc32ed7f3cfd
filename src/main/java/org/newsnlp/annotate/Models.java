package org.newsnlp.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP English Universal Dependencies models (EWT, release 1.3), read once per JVM from the
 * model jars on the classpath and shared: models are immutable and thread-safe, unlike the {@code
 * *ME} objects built from them. Nothing is downloaded.
 */
public final class Models {
  public static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  public static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  public static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  public static final String LEMMA_MODEL = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

  private final SentenceModel sentences;
  private final TokenizerModel tokens;
  private final POSModel pos;
  private final LemmatizerModel lemmas;

  private Models() throws IOException {
    sentences = new SentenceModel(open(SENTENCE_MODEL));
    tokens = new TokenizerModel(open(TOKEN_MODEL));
    pos = new POSModel(open(POS_MODEL));
    lemmas = new LemmatizerModel(open(LEMMA_MODEL));
  }

  /** The model files by task, for a run's manifest. */
  public static java.util.Map<String, String> fileNames() {
    return java.util.Map.of(
        "sentence", SENTENCE_MODEL.substring(1),
        "tokenizer", TOKEN_MODEL.substring(1),
        "pos", POS_MODEL.substring(1),
        "lemmatizer", LEMMA_MODEL.substring(1));
  }

  /** The models, loaded on first use; later calls in the same JVM return the same instance. */
  public static Models english() {
    return Holder.INSTANCE;
  }

  public SentenceModel sentences() {
    return sentences;
  }

  public TokenizerModel tokens() {
    return tokens;
  }

  public POSModel pos() {
    return pos;
  }

  public LemmatizerModel lemmas() {
    return lemmas;
  }

  private static InputStream open(String resource) throws IOException {
    InputStream in = Models.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IOException(
          "OpenNLP model "
              + resource
              + " is not on the classpath: the opennlp-models-*-en jars"
              + " must be dependencies of the build");
    }
    return in;
  }

  /** Initialised by the JVM on first access, exactly once, thread-safely. */
  private static final class Holder {
    static final Models INSTANCE = load();

    private static Models load() {
      try {
        return new Models();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
