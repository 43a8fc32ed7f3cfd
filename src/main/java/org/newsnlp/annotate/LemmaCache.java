package org.newsnlp.annotate;

import java.util.HashMap;
import java.util.Map;
import opennlp.tools.lemmatizer.Lemmatizer;

/**
 * Lemmatizes through OpenNLP's statistical lemmatizer, remembering each (word, tag) → lemma answer
 * so that a word seen before costs a map look-up instead of a model evaluation. One cache per
 * {@link Annotator}; it is bounded and simply cleared when full.
 */
final class LemmaCache {
  private static final int MAX_ENTRIES = 200_000;
  private final Lemmatizer lemmatizer;
  private final Map<String, String> cache = new HashMap<>();

  LemmaCache(Lemmatizer lemmatizer) {
    this.lemmatizer = lemmatizer;
  }

  String[] lemmatize(String[] words, String[] tags) {
    String[] result = new String[words.length];
    int missing = 0;
    for (int i = 0; i < words.length; i++) {
      result[i] = cache.get(key(words[i], tags[i]));
      if (result[i] == null) {
        missing++;
      }
    }
    if (missing == 0) {
      return result;
    }
    if (cache.size() > MAX_ENTRIES) {
      cache.clear();
    }
    for (int i = 0; i < words.length; i++) {
      if (result[i] == null) {
        // One word at a time, so that the answer depends on (word, tag) alone and can be reused.
        result[i] = lemmatizer.lemmatize(new String[] {words[i]}, new String[] {tags[i]})[0];
        cache.put(key(words[i], tags[i]), result[i]);
      }
    }
    return result;
  }

  private static String key(String word, String tag) {
    return word + '\u0000' + tag;
  }
}
