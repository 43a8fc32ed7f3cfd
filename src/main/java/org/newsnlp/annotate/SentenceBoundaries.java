package org.newsnlp.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * Mends sentence boundaries the statistical model gets wrong in news text: a break right after a
 * title ("Mr.", "Messrs.", "Gen.") is never a sentence end, and a break after an initial ("J.") or a
 * dotted abbreviation ("U.S.") is not one when the next word starts in lower case or with a digit.
 */
final class SentenceBoundaries {
  private static final Set<String> TITLES =
      Set.of(
          "mr", "mrs", "ms", "messrs", "mmes", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col",
          "sgt", "capt", "cmdr", "adm", "maj", "rev", "st", "fr", "jr", "sr", "vs", "ft", "mt",
          "pres", "supt", "det", "insp", "hon", "amb", "atty", "corp", "inc", "ltd", "co", "jan",
          "feb", "aug", "sept", "sep", "oct", "nov", "dec");
  private static final Pattern DOTTED = Pattern.compile("(?:\\p{L}\\.){1,4}");

  private SentenceBoundaries() {}

  static Span[] refine(String paragraph, Span[] detected) {
    if (detected.length < 2) {
      return detected;
    }
    List<Span> merged = new ArrayList<>();
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
    return merged.toArray(new Span[0]);
  }

  private static boolean falseBreak(String text, Span sentence, Span next) {
    String s = text.substring(sentence.getStart(), sentence.getEnd());
    if (!s.endsWith(".")) {
      return false;
    }
    int wordStart = s.length() - 1;
    while (wordStart > 0 && !Character.isWhitespace(s.charAt(wordStart - 1))) {
      wordStart--;
    }
    String lastWord = s.substring(wordStart);
    String bare = lastWord.substring(0, lastWord.length() - 1).replaceAll("^\\p{Punct}+", "");
    if (TITLES.contains(bare.toLowerCase(Locale.ROOT))) {
      return true;
    }
    if (DOTTED.matcher(bare + ".").matches()) {
      String following = text.substring(next.getStart(), next.getEnd());
      int cp = following.isEmpty() ? 'A' : following.codePointAt(0);
      return Character.isLowerCase(cp) || Character.isDigit(cp);
    }
    return false;
  }
}
