package org.newsnlp.annotate;

import java.util.Set;

/**
 * Corrects two systematic errors the EWT tagger model makes on news text, measured on the GUM news
 * documents (see src/site/markdown/accuracy.md):
 *
 * <ul>
 *   <li>A capitalised word inside a sentence that the model calls {@code NOUN} is almost always a
 *       name or part of one ("the Church of Scientology", "the Civic Party"): it becomes {@code
 *       PROPN}. EWT's web text has few names of organisations, news text is full of them. The rule
 *       is off in title-case lines (headlines), where capitals say nothing.
 *   <li>A capitalised word with a possessive 's, kept as one token as UD's multiword tokens are,
 *       tagged {@code NOUN}, {@code ADJ} or {@code NOUN+PART}, is {@code PROPN+PART} ("Warhol's").
 * </ul>
 */
final class TagCorrections {
  /** Tokens after which a capital says nothing: the word opens a sentence, quote or clause. */
  private static final Set<String> OPENERS =
      Set.of(
          "\"", "'", "(", "[", ":", ";", "-", "--", "\u2013", "\u2014", "\u201C", "\u2018", "...");

  private TagCorrections() {}

  static String[] correct(String[] words, String[] tags) {
    String[] out = tags.clone();
    boolean titleCase = isTitleCase(words);
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) {
        continue;
      }
      if (isPossessive(w)) {
        if (tags[i].equals("NOUN") || tags[i].equals("ADJ") || tags[i].equals("NOUN+PART")) {
          out[i] = "PROPN+PART";
        }
      } else if (tags[i].equals("NOUN") && !titleCase && i > 0 && !OPENERS.contains(words[i - 1])) {
        out[i] = "PROPN";
      }
    }
    return out;
  }

  private static boolean isPossessive(String w) {
    return w.length() > 2 && (w.endsWith("'s") || w.endsWith("\u2019s"));
  }

  /** More than half of the words (three or more) start with a capital: a headline or a title. */
  static boolean isTitleCase(String[] words) {
    int letters = 0;
    int capitals = 0;
    for (String w : words) {
      if (!w.isEmpty() && Character.isLetter(w.codePointAt(0))) {
        letters++;
        if (Character.isUpperCase(w.codePointAt(0))) {
          capitals++;
        }
      }
    }
    return letters >= 3 && capitals * 2 > letters;
  }
}
