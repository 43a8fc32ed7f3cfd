package org.newsnlp.stats;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The New Dale–Chall list of familiar words (Chall &amp; Dale 1995; 2,942 entries as published in
 * npm {@code dale-chall} 2.0.1, MIT), from the classpath resource {@value #RESOURCE}, loaded once
 * per JVM.
 *
 * <p>A word is familiar when its lower-case form or its lemma is on the list (the published rules
 * count regular inflections of a listed word as familiar: "helped", "houses"), when it is a proper
 * noun (names count as familiar) or when it is a number. Every other word is difficult.
 */
public final class DaleChallWords {
  static final String RESOURCE = "/org/newsnlp/stats/dale-chall.txt";

  private final Set<String> words;

  private DaleChallWords(Set<String> words) {
    this.words = Set.copyOf(words);
  }

  /** The list; later calls in the same JVM return the same instance. */
  public static DaleChallWords list() {
    return Holder.INSTANCE;
  }

  /**
   * True when {@code word} (as written; {@code lowerWord} lower-cased with {@code Locale.ROOT})
   * with lemma {@code lowerLemma} (lower-cased) and tag {@code upos} is familiar.
   */
  boolean isFamiliar(String word, String lowerWord, String lowerLemma, String upos) {
    if (upos.startsWith("PROPN") || upos.equals("NUM") || NumberWords.isNumber(word)) {
      return true;
    }
    return words.contains(lowerWord.replace('\u2019', '\''))
        || words.contains(lowerLemma.replace('\u2019', '\''));
  }

  /** Number of entries. */
  public int size() {
    return words.size();
  }

  private static DaleChallWords load() throws IOException {
    InputStream raw = DaleChallWords.class.getResourceAsStream(RESOURCE);
    if (raw == null) {
      throw new IOException("Dale-Chall list " + RESOURCE + " is not on the classpath");
    }
    Set<String> words = new HashSet<>();
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          words.add(line.strip());
        }
      }
    }
    return new DaleChallWords(words);
  }

  /** Initialised by the JVM on first access, exactly once, thread-safely. */
  private static final class Holder {
    static final DaleChallWords INSTANCE = loadUnchecked();

    private static DaleChallWords loadUnchecked() {
      try {
        return load();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
