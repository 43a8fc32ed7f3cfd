package org.newsnlp.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * Mends sentence boundaries the statistical model gets wrong in news text. First it removes false
 * breaks:
 *
 * <ul>
 *   <li>after a title ("Mr.", "Messrs.", "Gen."), never a sentence end;
 *   <li>before a word in lower case ("Gawker.com have stated"), since a sentence starts with a
 *       capital, a digit or a mark; also after a quoted question or exclamation ("“Why not?” she
 *       asked") and an abbreviation closing a parenthesis ("Ruiz (R-Fla.) said");
 *   <li>after an initial ("L. Ron Hubbard") or a dotted abbreviation ("U.S. President") unless the
 *       next word is one that typically opens a sentence ("The", "He", "In", ...).
 * </ul>
 *
 * Then it adds breaks the model misses:
 *
 * <ul>
 *   <li>after a dotted abbreviation followed by such an opening word ("held in Washington D.C. The
 *       team came second");
 *   <li>before a picture credit ("... at the new school Image: City Hall."), so that a caption
 *       without final punctuation is its own unit;
 *   <li>after a leading dateline: a date ("Monday, March 2, 2026 On Sunday, ...") or a place ending
 *       in a dash before a sentence ("Harborville, Maine, United States - Last week ...",
 *       "RIVERTON, Mar 3 - Rain fell ...", "LONDON (Newswire) - ...").
 *   <li>before a capitalised preposition opening a clause right after a word ("... of the Green
 *       Party In the North district ..."): a caption run into its paragraph.
 * </ul>
 *
 * All offsets are into the paragraph text given.
 */
final class SentenceBoundaries {
  private static final Set<String> TITLES =
      Set.of(
          "mr", "mrs", "ms", "messrs", "mmes", "dr", "prof", "gen", "sen", "rep", "gov", "lt",
          "col", "sgt", "capt", "cmdr", "adm", "maj", "rev", "st", "fr", "jr", "sr", "vs", "ft",
          "mt", "pres", "supt", "det", "insp", "hon", "amb", "atty", "corp", "inc", "ltd", "co",
          "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec", "no", "nos");

  /** Words that commonly open a sentence and rarely follow an abbreviation inside one. */
  private static final Set<String> OPENERS =
      Set.of(
          "The",
          "A",
          "An",
          "He",
          "She",
          "It",
          "They",
          "We",
          "I",
          "You",
          "This",
          "That",
          "These",
          "Those",
          "There",
          "His",
          "Her",
          "Its",
          "Their",
          "Our",
          "My",
          "But",
          "And",
          "Yet",
          "So",
          "In",
          "On",
          "At",
          "After",
          "Before",
          "When",
          "While",
          "However",
          "Meanwhile",
          "If",
          "As",
          "For",
          "With",
          "Some",
          "Many",
          "Most",
          "Other",
          "According",
          "Also",
          "Now",
          "Then");

  private static final Pattern FINAL_PUNCTUATION = Pattern.compile("[.!?][\"'\u201D\u2019)\\]]*$");

  /**
   * A quotation ending in ? or ! ("“Why not?” he asked") or an abbreviation closing a parenthesis
   * ("Rubio (R-Fla.) said"): before a word in lower case, the sentence goes on.
   */
  private static final Pattern QUOTED_QUESTION_OR_ABBREVIATION =
      Pattern.compile("(?:[!?][\"'\u201D\u2019]+|\\p{Lu}\\p{L}{0,3}\\.\\))$");

  private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^\\p{Punct}+");
  private static final Pattern LIST_ITEM = Pattern.compile("\\p{Ll}\\)\\s");
  private static final Pattern DOTTED = Pattern.compile("(?:\\p{L}\\.){1,4}");
  private static final Pattern ABBREVIATION_THEN_OPENER =
      Pattern.compile("(?<=\\s|^)(?:\\p{Lu}\\.){2,4}(?=\\s+(\\p{Lu}\\p{L}*)\\b)");
  private static final Pattern CREDIT =
      Pattern.compile(
          "(?<=[\\p{L}\\p{N}.!?\"')\\]])\\s+(?=(?:Image|Photo|Picture|Photograph):\\s)");
  private static final Pattern DATE_LINE =
      Pattern.compile(
          "^(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\\s+)?"
              + "(?:January|February|March|April|May|June|July|August|September|October|November"
              + "|December)\\s+\\d{1,2},\\s+\\d{4}(?=\\s+\\p{Lu})");
  private static final Pattern PLACE_LINE =
      Pattern.compile(
          "^\\p{Lu}[\\p{L}.]*(?:,?\\s+(?:\\p{Lu}[\\p{L}.]*|\\d{1,4}|\\(\\p{Lu}[\\p{L}.]*\\))){0,6}"
              + "\\s+[-\u2013\u2014](?=\\s+\\p{Lu}(?s:.*)[.!?][\"')]*$)");
  private static final Pattern RUN_IN_CAPTION =
      Pattern.compile("(?<=[\\p{L}\\p{N}])\\s+(?=(?:In|On|At|During)\\s+the\\s)");

  private SentenceBoundaries() {}

  static Span[] refine(String paragraph, Span[] detected) {
    List<Span> merged = new ArrayList<>();
    if (detected.length > 0) {
      Span current = detected[0];
      for (int i = 1; i < detected.length; i++) {
        Span next = detected[i];
        if (falseBreak(paragraph, current, next)) {
          current = new Span(current.getStart(), next.getEnd());
        } else {
          merged.add(current);
          current = next;
        }
      }
      merged.add(current);
    }
    List<Span> out = new ArrayList<>(merged.size() + 2);
    for (int i = 0; i < merged.size(); i++) {
      split(paragraph, merged.get(i), i == 0, out);
    }
    return out.toArray(new Span[0]);
  }

  /**
   * How far back from a sentence's end its last word and final marks are read. A sentence grows
   * with each false break merged into it, so reading all of it at each break would make a paragraph
   * of abbreviations quadratic; no title, abbreviation or run of closing marks is this long.
   */
  private static final int TAIL = 64;

  private static boolean falseBreak(String text, Span sentence, Span next) {
    String following = text.substring(next.getStart(), next.getEnd());
    int cp = following.isEmpty() ? 'A' : following.codePointAt(0);
    int end = sentence.getEnd();
    int tail = Math.max(sentence.getStart(), end - TAIL);
    if (Character.isLowerCase(cp)
        && (!FINAL_PUNCTUATION.matcher(text).region(tail, end).find()
            || LIST_ITEM.matcher(following).lookingAt()
            || QUOTED_QUESTION_OR_ABBREVIATION.matcher(text).region(tail, end).find())) {
      return true;
    }
    if (end == sentence.getStart() || text.charAt(end - 1) != '.') {
      return false;
    }
    int wordStart = end - 1;
    while (wordStart > tail && !Character.isWhitespace(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    String lastWord = text.substring(wordStart, end);
    String bare =
        LEADING_PUNCTUATION.matcher(lastWord.substring(0, lastWord.length() - 1)).replaceFirst("");
    if (TITLES.contains(bare.toLowerCase(Locale.ROOT))) {
      return true;
    }
    if (DOTTED.matcher(bare + ".").matches() && Character.isUpperCase(cp)) {
      // "U.S. President", "L. Ron Hubbard": an abbreviation or initial before a name; but a
      // sentence may well end in "U.S." before "The".
      return !OPENERS.contains(firstWord(following))
          && bare.codePointAt(0) < 0x10000
          && Character.isUpperCase(bare.charAt(0));
    }
    return (Character.isDigit(cp) || Character.isLowerCase(cp))
        && DOTTED.matcher(bare + ".").matches();
  }

  /** A dot two or three chars after another ("U.S.", a letter outside the BMP between). */
  private static boolean hasDottedPair(String s) {
    for (int i = s.indexOf('.'); i >= 0 && i + 2 < s.length(); i = s.indexOf('.', i + 1)) {
      if (s.charAt(i + 2) == '.' || i + 3 < s.length() && s.charAt(i + 3) == '.') {
        return true;
      }
    }
    return false;
  }

  /** Adds {@code span} to {@code out}, cut where a missed boundary lies inside it. */
  private static void split(String text, Span span, boolean paragraphStart, List<Span> out) {
    String s = text.substring(span.getStart(), span.getEnd());
    List<Integer> cuts = new ArrayList<>();
    // Each pattern runs only where a match is possible at all (most sentences have no
    // abbreviation of two dotted letters, no colon, no capitalised "In"/"On"/"At"/"During").
    Matcher m;
    if (hasDottedPair(s)) {
      m = ABBREVIATION_THEN_OPENER.matcher(s);
      while (m.find()) {
        if (OPENERS.contains(m.group(1)) && m.end() < s.length()) {
          cuts.add(m.end());
        }
      }
    }
    if (s.indexOf(':') >= 0) {
      m = CREDIT.matcher(s);
      while (m.find()) {
        cuts.add(m.start());
      }
    }
    if (s.contains("In") || s.contains("On") || s.contains("At") || s.contains("During")) {
      m = RUN_IN_CAPTION.matcher(s);
      while (m.find()) {
        cuts.add(m.start());
      }
    }
    if (paragraphStart) {
      // Both patterns start with ^: a match can only begin at 0.
      m = DATE_LINE.matcher(s);
      if (m.lookingAt()) {
        cuts.add(m.end());
      } else {
        m = PLACE_LINE.matcher(s);
        if (m.lookingAt()) {
          cuts.add(m.end());
        }
      }
    }
    cuts.sort(null);
    int from = 0;
    for (int cut : cuts) {
      addTrimmed(span.getStart(), s, from, cut, out);
      from = cut;
    }
    addTrimmed(span.getStart(), s, from, s.length(), out);
  }

  private static void addTrimmed(int base, String s, int from, int to, List<Span> out) {
    while (from < to && Character.isWhitespace(s.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
      to--;
    }
    if (to > from) {
      out.add(new Span(base + from, base + to));
    }
  }

  private static String firstWord(String s) {
    int end = 0;
    while (end < s.length() && Character.isLetter(s.charAt(end))) {
      end++;
    }
    return s.substring(0, end);
  }
}
