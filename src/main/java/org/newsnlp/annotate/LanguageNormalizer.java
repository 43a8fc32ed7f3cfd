package org.newsnlp.annotate;

import java.util.regex.Pattern;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;

/**
 * The text normalization of OpenNLP's language detector ({@code LanguageDetectorFactory}'s: emoji,
 * URLs and e-mail addresses, hashtags and mentions, "RT", emoticons, laughter, digits, runs of
 * whitespace and of one repeated character), with the same result, at a fraction of the cost on
 * news text.
 *
 * <p>OpenNLP runs eleven regular expressions over every text, most of which can match nothing in an
 * ordinary article. Here each one runs only when a quick scan finds what any match must contain
 * ("http" or "@" for addresses; "#" or "@"; "rt" before a space or colon; an emoticon's two or
 * three chars; a laugh's "h"/"j", vowels and the same letter again; three equal chars or a
 * surrogate for repeats). The three that match in almost every article are done by hand: the
 * "emoji" class, which holds the hyphen ({@link #emojiRunsToSpace}); digit runs ({@code \d+} to a
 * space) and whitespace runs ({@code \s{2,}} to a space), both classes ASCII-only in Java's
 * patterns. {@code LanguageNormalizerTest} compares the result with OpenNLP's normalizers on
 * invented edge cases, the seeds and the news corpus.
 */
final class LanguageNormalizer {
  private static final CharSequenceNormalizer URLS = UrlCharSequenceNormalizer.getInstance();
  // TwitterCharSequenceNormalizer's four patterns (OpenNLP 2.5), run one by one so that each can
  // be skipped.
  private static final Pattern HASH_USER = Pattern.compile("[#@]\\S+");
  private static final Pattern RT = Pattern.compile("\\b(rt[ :])+", Pattern.CASE_INSENSITIVE);
  private static final Pattern FACE = Pattern.compile("[:;x]-?[()dop]", Pattern.CASE_INSENSITIVE);
  private static final Pattern LAUGH =
      Pattern.compile("([hj])+([aieou])+(\\1+\\2+)+", Pattern.CASE_INSENSITIVE);
  // ShrinkCharSequenceNormalizer's repeat pattern.
  private static final Pattern REPEATED = Pattern.compile("(.)\\1{2,}", Pattern.CASE_INSENSITIVE);

  private LanguageNormalizer() {}

  /** {@code text} as OpenNLP's language detector normalizes it (before lower-casing). */
  static String normalize(String text) {
    String s = text;
    s = emojiRunsToSpace(s);
    if (s.contains("http") || s.indexOf('@') >= 0) {
      s = URLS.normalize(s).toString();
    }
    if (s.indexOf('#') >= 0 || s.indexOf('@') >= 0) {
      s = HASH_USER.matcher(s).replaceAll(" ");
    }
    if (mayHaveRetweet(s)) {
      s = RT.matcher(s).replaceAll(" ");
    }
    if (mayHaveFace(s)) {
      s = FACE.matcher(s).replaceAll(" ");
    }
    if (mayLaugh(s)) {
      s = LAUGH.matcher(s).replaceAll("$1$2$1$2");
    }
    s = digitRunsToSpace(s);
    s = whitespaceRunsToSpace(s);
    if (mayRepeat(s)) {
      s = REPEATED.matcher(s).replaceAll("$1$1");
    }
    return s.trim();
  }

  /**
   * OpenNLP's emoji pattern → one space for each run. Its class is written as the ranges
   * U+D83C–U+DBFF and U+DC00–U+DFFF, but Java joins the escapes for U+DBFF and U+DC00 into one code
   * point, so the class holds the hyphen and the code points from U+D83C to U+10FC00: it also takes
   * out hyphens. The pattern reads a surrogate pair as one code point.
   */
  static String emojiRunsToSpace(String s) {
    int i = 0;
    while (i < s.length() && !isEmojiClass(s.charAt(i))) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    out.append(s, 0, i);
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (isEmojiClass(cp)) {
        out.append(' ');
        while (i < s.length() && isEmojiClass(s.codePointAt(i))) {
          i += Character.charCount(s.codePointAt(i));
        }
      } else {
        out.appendCodePoint(cp);
        i += Character.charCount(cp);
      }
    }
    return out.toString();
  }

  /** A char that may begin a code point of the emoji class: the hyphen or any from U+D800. */
  private static boolean isEmojiClass(char c) {
    return c == '-' || c >= '\uD800';
  }

  private static boolean isEmojiClass(int codePoint) {
    return codePoint == '-' || codePoint >= 0xD83C && codePoint <= 0x10FC00;
  }

  /** "rt" in any case before a space or colon: what {@code \b(rt[ :])+} needs. */
  private static boolean mayHaveRetweet(String s) {
    for (int i = 0; i + 2 < s.length(); i++) {
      if ((s.charAt(i) | 0x20) == 'r'
          && (s.charAt(i + 1) | 0x20) == 't'
          && (s.charAt(i + 2) == ' ' || s.charAt(i + 2) == ':')) {
        return true;
      }
    }
    return false;
  }

  /** {@code [:;x]-?[()dop]} without case: a face char, perhaps a hyphen, a mouth char. */
  private static boolean mayHaveFace(String s) {
    for (int i = 0; i + 1 < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ':' || c == ';' || c == 'x' || c == 'X') {
        if (isMouth(s.charAt(i + 1))
            || s.charAt(i + 1) == '-' && i + 2 < s.length() && isMouth(s.charAt(i + 2))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isMouth(char c) {
    return c == '(' || c == ')' || (c | 0x20) == 'd' || (c | 0x20) == 'o' || (c | 0x20) == 'p';
  }

  /**
   * What {@code ([hj])+([aieou])+(\1+\2+)+} needs, without case: an "h" or "j", one or more vowels,
   * and the same letter again.
   */
  private static boolean mayLaugh(String s) {
    for (int i = 0; i + 2 < s.length(); i++) {
      char c = (char) (s.charAt(i) | 0x20);
      if ((c == 'h' || c == 'j') && isAscii(s.charAt(i)) && isVowel(s.charAt(i + 1))) {
        int j = i + 1;
        while (j < s.length() && isVowel(s.charAt(j))) {
          j++;
        }
        if (j < s.length() && (s.charAt(j) | 0x20) == c && isAscii(s.charAt(j))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isAscii(char c) {
    return c < 0x80;
  }

  private static boolean isVowel(char c) {
    char l = (char) (c | 0x20);
    return isAscii(c) && (l == 'a' || l == 'e' || l == 'i' || l == 'o' || l == 'u');
  }

  /**
   * What {@code (.)\1{2,}} needs: three equal chars in a row, equal without ASCII case; or any
   * surrogate, whose pairs the pattern reads as one character.
   */
  private static boolean mayRepeat(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isSurrogate(c)) {
        return true;
      }
      if (i + 2 < s.length()
          && sameIgnoringAsciiCase(c, s.charAt(i + 1))
          && sameIgnoringAsciiCase(c, s.charAt(i + 2))) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameIgnoringAsciiCase(char a, char b) {
    return a == b || isAscii(a) && isAscii(b) && Character.isLetter(a) && (a | 0x20) == (b | 0x20);
  }

  /** {@code \d+} → one space: {@code \d} is {@code [0-9]}. */
  static String digitRunsToSpace(String s) {
    int first = firstDigit(s);
    if (first < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    out.append(s, 0, first);
    int i = first;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        out.append(' ');
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
          i++;
        }
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static int firstDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        return i;
      }
    }
    return -1;
  }

  /** {@code \s{2,}} → one space: {@code \s} is {@code [ \t\n\x0B\f\r]}; a single one stays. */
  static String whitespaceRunsToSpace(String s) {
    StringBuilder out = null;
    int i = 0;
    while (i < s.length()) {
      int end = i;
      while (end < s.length() && isSpace(s.charAt(end))) {
        end++;
      }
      if (end - i >= 2) {
        if (out == null) {
          out = new StringBuilder(s.length());
          out.append(s, 0, i);
        }
        out.append(' ');
        i = end;
      } else {
        if (out != null) {
          out.append(s.charAt(i));
        }
        i++;
      }
    }
    return out == null ? s : out.toString();
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
