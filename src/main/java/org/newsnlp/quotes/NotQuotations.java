package org.newsnlp.quotes;

import java.util.Locale;
import java.util.Set;
import org.newsnlp.quotes.QuoteMarks.Passage;

/**
 * What looks like an attribution but is left out: a title of a work or a programme in quotation
 * marks, a transcript's stage direction, an attribute value of markup, and reported speech whose
 * source a reader could not use.
 */
final class NotQuotations {
  private NotQuotations() {}

  /** Heads of unnamed sources that can report speech: "officials", "a poll", "the campaign". */
  static final Lexicon REPORTER_NOUNS = Lexicon.load("/org/newsnlp/quotes/reporter-nouns.txt");

  /** Mentions that name no one: a pronoun that is no person's, an expletive "there". */
  private static final Set<String> NO_SOURCE =
      Set.of("it", "there", "this", "that", "him", "her", "them", "me", "us", "they", "we", "you");

  /** Cues that attribute only words in quotation marks: "“…,” he continued". */
  private static final Set<String> MARKED_ONLY_CUES =
      Set.of("continue", "continues", "continued", "continuing");

  /**
   * True when reported speech without quotation marks has a source a reader can use: a name, a
   * resolved pronoun or a description headed by a word for people, a body or a document ({@link
   * #REPORTER_NOUNS}) or anything named after "according to", and a cue that reports speech without
   * marks. A reported statement whose source is an unresolved pronoun ("it", "they"), a thing ("the
   * sudden closure pushed fares up …") or that hangs on "continue" ("the movement continues to …")
   * is left out.
   */
  static boolean isConfidentSource(Speaker r) {
    String mention = r.mention().strip().toLowerCase(Locale.ROOT);
    if (r.name().isBlank()
        || r.type() == SpeakerType.PRONOUN
        || NO_SOURCE.contains(mention)
        || MARKED_ONLY_CUES.contains(r.cue().toLowerCase(Locale.ROOT))) {
      return false;
    }
    if ("according to".equalsIgnoreCase(r.cue())) {
      // the phrase itself says that what it names is a source ("according to early returns")
      return true;
    }
    if (r.type() == SpeakerType.UNNAMED
        || r.type() == SpeakerType.GROUP
        || r.type() == SpeakerType.DOCUMENT) {
      String[] words = r.name().strip().split("\\s+");
      String head = words[words.length - 1];
      return !Character.isLowerCase(head.codePointAt(0))
          || REPORTER_NOUNS.contains(head)
          || r.type() == SpeakerType.UNNAMED && Speakers.namesAPerson(head);
    }
    return true;
  }

  /**
   * True for a title of a work, a show or a slogan rather than words someone said: every word of
   * four letters or more is capitalised ("Meet the Voters", "Plan for Tomorrow"), and there is no
   * sentence-final punctuation inside.
   */
  static boolean isTitle(String quoted) {
    String s = quoted.strip();
    if (s.isEmpty()) {
      return false;
    }
    String[] words = s.split("\\s+");
    int capitalised = 0;
    for (String w : words) {
      String letters = w.replaceAll("[^\\p{L}]", "");
      if (letters.length() >= 4 && !Character.isUpperCase(letters.codePointAt(0))) {
        return false;
      }
      if (!letters.isEmpty() && Character.isUpperCase(letters.codePointAt(0))) {
        capitalised++;
      }
    }
    // a loop, not a pattern anchored at the end, which is quadratic in a run of marks
    int innerEnd = s.length();
    while (innerEnd > 0 && ".,!?".indexOf(s.charAt(innerEnd - 1)) >= 0) {
      innerEnd--;
    }
    String inner = s.substring(0, innerEnd);
    return words.length <= 8
        && capitalised >= Math.min(2, words.length)
        && !inner.contains(". ")
        && !inner.contains("? ")
        && !inner.contains("! ");
  }

  /**
   * True when the words before the marks introduce a work or a programme: a preposition or a
   * possessive ("on “Meet the Voters,”", "WXYZ's “Meet the Voters”"), or a word like "show", "book"
   * or "sang", directly or before a comma ("his book, “Saving for Later,”").
   */
  static boolean namesAWork(TokenIndex tokens, Passage passage) {
    int before = tokens.lastEndingBy(passage.outer().start());
    if (before < 0) {
      return false;
    }
    String w = tokens.lower(before);
    return "ADP".equals(tokens.upos(before))
        || w.endsWith("'s")
        || w.endsWith("’s")
        || WORK_WORDS.contains(w)
        || before > 0 && tokens.is(before, ",") && WORK_WORDS.contains(tokens.lower(before - 1));
  }

  private static final Set<String> WORK_WORDS =
      Set.of(
          "show",
          "program",
          "programme",
          "book",
          "film",
          "movie",
          "song",
          "album",
          "series",
          "sang",
          "sings",
          "sing",
          "forum",
          "memoir",
          "novel",
          "play",
          "speech",
          "ad",
          "video",
          "titled",
          "entitled",
          "column",
          "article",
          "documentary",
          "headline");

  /**
   * True for the value of an attribute in markup left in the text ({@code <a href="…">}, {@code
   * date="March 9"}): the marks open right after an equals sign.
   */
  static boolean isMarkupValue(String text, Passage passage) {
    int before = passage.outer().start() - 1;
    return before >= 0 && text.charAt(before) == '=';
  }

  /** "(APPLAUSE)", "(LAUGHTER.)": a transcript's note, not anyone's words. */
  static boolean isStageDirection(String quoted) {
    String s = quoted.strip();
    return s.startsWith("(") && s.endsWith(")")
        || s.startsWith("(") && s.endsWith(".)")
        || s.startsWith("[") && s.endsWith("]");
  }
}
