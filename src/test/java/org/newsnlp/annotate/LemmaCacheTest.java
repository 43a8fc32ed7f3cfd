package org.newsnlp.annotate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import opennlp.tools.lemmatizer.LemmatizerME;
import org.junit.jupiter.api.Test;

/**
 * Protects the lemma strategy's reason to exist: on ordinary sentences it gives the lemmatizer's
 * own sentence-level answers, including where the previous word's outcome decides (the earlier
 * word-by-word cache turned "rose/NOUN" into "rise"), and a cached answer equals a fresh one.
 */
class LemmaCacheTest {
  private static final String[][] SENTENCES = {
    {
      "Shares rose sharply after the company said profits had risen .",
      "NOUN VERB ADV ADP DET NOUN VERB NOUN AUX VERB PUNCT"
    },
    {"She gave him a rose from her garden .", "PRON VERB PRON DET NOUN ADP PRON NOUN PUNCT"},
    {"The mice were running faster than the cats .", "DET NOUN AUX VERB ADV ADP DET NOUN PUNCT"},
  };

  @Test
  void agreesWithTheSentenceLevelLemmatizer() {
    Models models = Models.english();
    LemmatizerME model = new LemmatizerME(models.lemmas());
    LemmaCache cache = new LemmaCache(models.lemmas());
    for (int round = 0; round < 2; round++) {
      for (String[] s : SENTENCES) {
        String[] words = s[0].split(" ");
        String[] tags = s[1].split(" ");
        assertArrayEquals(model.lemmatize(words, tags), cache.lemmatize(words, tags), s[0]);
      }
    }
  }
}
