package org.newsnlp.stats;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Counts the syllables of a word as spoken. A word in the CMU Pronouncing Dictionary gets the
 * dictionary's count; a number is counted as read out ("1994" = "nineteen ninety-four" = 5, see
 * {@link NumberWords}); a possessive or a hyphenated compound is counted by its parts; any other
 * word gets the rule-based {@link #estimate}. Every word has at least one syllable.
 */
public final class Syllables {
  private static final Pattern LEADING_MARKS = Pattern.compile("^[^\\p{L}\\p{N}]+");
  private static final Pattern INNER_JOINER = Pattern.compile("[-\u2013/.'][\\p{L}\\p{N}]");
  private static final Pattern JOINERS = Pattern.compile("[-\u2013/.']+");
  private static final Pattern LETTER_DIGIT_BOUNDARY =
      Pattern.compile("(?<=\\p{L})(?=[0-9])|(?<=[0-9])(?=\\p{L})");

  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]");
  private static final Pattern CONSONANT_LE = Pattern.compile("[^aeiouy]l(e|es|ed)$");

  /** "-es" said as a syllable: after a sibilant ("horses", "boxes", "churches", "pages"). */
  private static final Pattern SOUNDED_ES = Pattern.compile("(ch|sh|[cgsxz])es$");

  private Syllables() {}

  /** Syllables of {@code word} as spoken; 0 for a token without letters or digits. */
  public static int count(String word) {
    return count(word, SyllableDictionary.cmu());
  }

  static int count(String word, SyllableDictionary dictionary) {
    return count(word, word.toLowerCase(Locale.ROOT), dictionary);
  }

  /** {@link #count(String)} with the word already lower-cased ({@code Locale.ROOT}). */
  static int count(String word, String lowerWord, SyllableDictionary dictionary) {
    String w = lowerWord.replace('\u2019', '\'').replace('\u2018', '\'');
    // Most words are entries as they stand: one look-up, no pattern.
    int direct = dictionary.lookup(w);
    if (direct > 0) {
      return direct;
    }
    w = LEADING_MARKS.matcher(w).replaceAll("");
    // Abbreviations are dictionary entries with their dots: "mr." (mister) = 2, "u.s." = 2.
    String dotted = withoutTrailingMarks(w, true);
    if (dotted.endsWith(".")) {
      int known = dictionary.lookup(dotted);
      if (known > 0) {
        return known;
      }
    }
    w = withoutTrailingMarks(w, false);
    if (w.isEmpty()) {
      return 0;
    }
    int known = dictionary.lookup(w);
    if (known > 0) {
      return known;
    }
    if (NumberWords.isNumber(w)) {
      return countWords(NumberWords.spell(w), dictionary);
    }
    if (w.endsWith("'s") && w.length() > 2) {
      // "'s" adds a syllable only after a sibilant: "Bush's", "Alex's". No word ends in "'s's",
      // but a token can: its repeats are taken off here, not by a call each.
      int end = w.length() - 2;
      int extra = endsWithSibilant(w, end) ? 1 : 0;
      while (end > 4 && w.startsWith("'s's", end - 4)) {
        end -= 2;
        extra++;
      }
      return count(w.substring(0, end), dictionary) + extra;
    }
    if (INNER_JOINER.matcher(w).find()) {
      // Each part is shorter than the word, so this ends.
      int total = 0;
      for (String part : JOINERS.split(w)) {
        total += count(part, dictionary);
      }
      return Math.max(1, total);
    }
    if (hasLetterAndDigit(w)) {
      // "IE6", "S300", "1990s": letters and digits read in turn. Each part is a run of letters or
      // of digits, so no part is the whole word again.
      int total = 0;
      for (String part : LETTER_DIGIT_BOUNDARY.split(w)) {
        if (part.matches("[0-9]+")) {
          total += countWords(NumberWords.spell(part), dictionary);
        } else if (!part.equals("s")) {
          int inDictionary = dictionary.lookup(part);
          total += inDictionary > 0 ? inDictionary : estimate(part);
        }
      }
      return Math.max(1, total);
    }
    if (word.length() > 1
        && word.length() <= 5
        && word.equals(word.toUpperCase(Locale.ROOT))
        && !w.matches(".*[aeiouy].*")) {
      // An acronym without vowels is spelled out: "NWSC" = en-double-u-es-see.
      int total = 0;
      for (char c : w.toCharArray()) {
        total += c == 'w' ? 3 : 1;
      }
      return total;
    }
    return estimate(w);
  }

  /**
   * {@code w} without the marks at its end (anything but a letter or number; dots kept when {@code
   * keepDots}). A loop: a pattern anchored at the end is quadratic in a run of marks.
   */
  private static String withoutTrailingMarks(String w, boolean keepDots) {
    int end = w.length();
    while (end > 0) {
      int cp = w.codePointBefore(end);
      if (isLetterOrNumber(cp) || keepDots && cp == '.') {
        break;
      }
      end -= Character.charCount(cp);
    }
    return w.substring(0, end);
  }

  /** {@code \p{L}} or {@code \p{N}}, as the patterns read them. */
  private static boolean isLetterOrNumber(int cp) {
    int type = Character.getType(cp);
    return Character.isLetter(cp)
        || type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** A letter and a digit 0-9 in either order: "IE6", "S300", "1990s". */
  private static boolean hasLetterAndDigit(String w) {
    boolean letter = false;
    boolean digit = false;
    for (int i = 0; i < w.length() && !(letter && digit); ) {
      int cp = w.codePointAt(i);
      letter |= Character.isLetter(cp);
      digit |= cp >= '0' && cp <= '9';
      i += Character.charCount(cp);
    }
    return letter && digit;
  }

  /**
   * {@code w}'s first {@code n} characters end in s, z, x, ch, sh, ce, ge, se or ze: where "'s" is
   * said as a syllable.
   */
  private static boolean endsWithSibilant(String w, int n) {
    if (n == 0) {
      return false;
    }
    char last = w.charAt(n - 1);
    if (last == 's' || last == 'z' || last == 'x') {
      return true;
    }
    if (n < 2) {
      return false;
    }
    char before = w.charAt(n - 2);
    return last == 'h' && (before == 'c' || before == 's')
        || last == 'e' && (before == 'c' || before == 'g' || before == 's' || before == 'z');
  }

  private static int countWords(String words, SyllableDictionary dictionary) {
    int total = 0;
    for (String w : words.split("[\\s-]+")) {
      if (!w.isEmpty()) {
        int n = dictionary.lookup(w);
        total += n > 0 ? n : estimate(w);
      }
    }
    return Math.max(1, total);
  }

  /**
   * The rule-based count for a word the dictionary lacks. Counts groups of vowels (y is a vowel
   * after a consonant), then corrects for what English spelling hides:
   *
   * <ul>
   *   <li>a silent final e ("made") and a silent e in "-es" and "-ed" ("takes", "named"), but not
   *       after a sibilant ("horses") or t/d ("wanted"), nor in consonant + "le" ("table",
   *       "tables", "tickled");
   *   <li>two vowels said apart (hiatus): "ia", "io", "iu" except after c, s, t, x, g ("nation",
   *       "special"), "eo", "ua" and "uo" except after q or g, "ii", "iet", "uel", a final "ea",
   *       consonant + "ier" or "iest" at the end, "ism", and a leading "Mc";
   *   <li>a silent e before a suffix ("hopefulness", "loosely").
   * </ul>
   *
   * Built from the CMU words whose {@code String.hashCode()} is not a multiple of 10; the test
   * {@code SyllablesTest} measures it on the rest.
   */
  public static int estimate(String word) {
    String w = NON_LETTERS.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
    if (w.isEmpty()) {
      return 1;
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
    count += hiatus(w);
    int n = w.length();
    boolean consonantLe = n > 3 && CONSONANT_LE.matcher(w).find();
    if (count > 1 && !consonantLe) {
      if (n > 2 && w.endsWith("e") && !isVowel(w.charAt(n - 2))) {
        count--;
      } else if (n > 3
          && w.endsWith("es")
          && !isVowel(w.charAt(n - 3))
          && !SOUNDED_ES.matcher(w).find()) {
        count--;
      } else if (n > 3
          && w.endsWith("ed")
          && !isVowel(w.charAt(n - 3))
          && w.charAt(n - 3) != 't'
          && w.charAt(n - 3) != 'd') {
        count--;
      }
    }
    return Math.max(1, count);
  }

  private static final java.util.regex.Pattern HIATUS =
      java.util.regex.Pattern.compile(
          "(?<![cstxg])i[aou]|eo|(?<![qg])u[ao]|ii|iet|uel|ea$|(?<=[^aeiou])ie(r|st)$|ism|^mc");

  /** A silent e before a suffix: "hopefulness", "loosely", "datelines". */
  private static final java.util.regex.Pattern SILENT_E_BEFORE_SUFFIX =
      java.util.regex.Pattern.compile(
          "[aeiouy][^aeiouy]e(ly|ful|fully|ness|ment|ments|less|line|lines|work|works)$");

  private static int hiatus(String w) {
    int extra = 0;
    java.util.regex.Matcher m = HIATUS.matcher(w);
    while (m.find()) {
      extra++;
    }
    if (SILENT_E_BEFORE_SUFFIX.matcher(w).find()) {
      extra--;
    }
    return extra;
  }

  private static boolean isVowel(char c) {
    return "aeiouàáâäèéêëìíîïòóôöùúûü".indexOf(c) >= 0;
  }
}
