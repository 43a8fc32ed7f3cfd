package org.newsnlp.stats;

import java.util.Locale;

/**
 * Counts syllables in an English word by rule: groups of vowels (y counts as a vowel after a
 * consonant), less a silent final e, plus a syllable for a final consonant + "le". Numbers count as
 * one syllable per digit (a crude stand-in for reading them out). Every word counts at least one
 * syllable.
 */
public final class Syllables {
  private Syllables() {}

  public static int count(String word) {
    String w = word.toLowerCase(Locale.ROOT).replaceAll("[’']s$", "").replaceAll("[^\\p{L}\\p{N}]", "");
    if (w.isEmpty()) {
      return 0;
    }
    if (w.chars().allMatch(Character::isDigit)) {
      return w.length();
    }
    int count = 0;
    boolean previousVowel = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      boolean vowel = isVowel(c) || (c == 'y' && i > 0 && !previousVowel);
      if (vowel && !previousVowel) {
        count++;
      }
      previousVowel = vowel;
    }
    int n = w.length();
    if (n > 2 && w.endsWith("e") && !isVowel(w.charAt(n - 2)) && count > 1) {
      boolean consonantLe = w.endsWith("le") && !isVowel(w.charAt(n - 3));
      if (!consonantLe) {
        count--;
      }
    }
    if (n > 3 && (w.endsWith("ed")) && count > 1) {
      char before = w.charAt(n - 3);
      if (before != 't' && before != 'd' && !isVowel(before)) {
        count--;
      }
    }
    return Math.max(1, count);
  }

  private static boolean isVowel(char c) {
    return "aeiouàáâäèéêëìíîïòóôöùúûü".indexOf(c) >= 0;
  }
}
