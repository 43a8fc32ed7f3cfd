package org.newsnlp.stats;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Syllable counts of the 126,046 words of the CMU Pronouncing Dictionary (the number of vowel
 * phonemes of each word's first pronunciation), compiled by {@code
 * src/scripts/cmudict_syllables.py} into the classpath resource {@value #RESOURCE}. Loaded once per
 * JVM on first use and never changed afterwards.
 */
public final class SyllableDictionary {
  static final String RESOURCE = "/org/newsnlp/stats/cmudict-syllables.txt.gz";

  private final Map<String, Integer> counts;

  private SyllableDictionary(Map<String, Integer> counts) {
    this.counts = Collections.unmodifiableMap(counts);
  }

  /** The dictionary; later calls in the same JVM return the same instance. */
  public static SyllableDictionary cmu() {
    return Holder.INSTANCE;
  }

  /** The CMU syllable count of a lower-case word, or -1 when the dictionary lacks it. */
  public int lookup(String lowerCaseWord) {
    Integer n = counts.get(lowerCaseWord);
    return n == null ? -1 : n;
  }

  /** Every word and its count, for tests that compare the rules with the dictionary. */
  public Map<String, Integer> entries() {
    return counts;
  }

  private static SyllableDictionary load() throws IOException {
    InputStream raw = SyllableDictionary.class.getResourceAsStream(RESOURCE);
    if (raw == null) {
      throw new IOException("syllable table " + RESOURCE + " is not on the classpath");
    }
    Map<String, Integer> counts = new HashMap<>(180_000);
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
      int current = -1;
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        if (line.startsWith("=")) {
          current = Integer.parseInt(line.substring(1));
        } else {
          counts.put(line, current);
        }
      }
    }
    return new SyllableDictionary(counts);
  }

  /** Initialised by the JVM on first access, exactly once, thread-safely. */
  private static final class Holder {
    static final SyllableDictionary INSTANCE = loadUnchecked();

    private static SyllableDictionary loadUnchecked() {
      try {
        return load();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
