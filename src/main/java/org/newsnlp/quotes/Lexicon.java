package org.newsnlp.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** A word list read from a classpath resource: one entry a line, {@code #} starts a comment. */
final class Lexicon {
  private final Set<String> words;

  private Lexicon(Set<String> words) {
    this.words = Set.copyOf(words);
  }

  static Lexicon load(String resource) {
    Set<String> words = new HashSet<>();
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("word list " + resource + " is not on the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Lexicon(words);
  }

  boolean contains(String word) {
    return words.contains(word.toLowerCase(Locale.ROOT));
  }
}
