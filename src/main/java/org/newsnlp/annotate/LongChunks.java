package org.newsnlp.annotate;

import java.util.List;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;

/**
 * What newsnlp does with a chunk of text between white space that is longer than any word: a URL
 * with its query, a hash, a line of base64, a run of one letter or of brackets. The models' cost
 * grows with the square of such a chunk's length ({@code TokenizerME} builds the prefix and suffix
 * of the whole chunk at every character; the sentence detector looks for the chunk's end from every
 * full stop inside it), so past {@value #MAX_CHARS} characters a rule takes their place:
 *
 * <ul>
 *   <li><b>Tokens</b> ({@link #tokens}): each opening bracket or quotation mark at the chunk's
 *       start and each closing one or punctuation mark at its end is a token of its own; what lies
 *       between is one token. "(https://example.com/…)." gives {@code (}, the URL, {@code )} and
 *       {@code .}.
 *   <li><b>Sentences</b> ({@link #forSentenceDetector}): the detector sees only the chunk's last
 *       full stop, question or exclamation mark, the only one it would weigh anyway (it skips every
 *       candidate that another follows inside the same chunk); the others read as {@code _}, one
 *       character for one, so offsets stay valid.
 * </ul>
 *
 * No chunk of that length occurs in the news corpus (the longest has 61 characters), the PolNeAR
 * articles (87) or the UD gold texts (473), so their tokens and sentences are the models'.
 */
final class LongChunks {
  /** The longest chunk the models see. */
  static final int MAX_CHARS = 500;

  private static final String OPENING = "([{<\"'“‘«‹„‚";
  private static final String CLOSING = ")]}>\"'”’»›.,;:!?";

  private LongChunks() {}

  /** Adds the tokens of {@code text}'s chunk {@code [start, end)} to {@code out} by the rule. */
  static void tokens(String text, int start, int end, List<Span> out) {
    int from = start;
    while (from < end && OPENING.indexOf(text.charAt(from)) >= 0) {
      out.add(new Span(from, from + 1));
      from++;
    }
    int to = end;
    while (to > from && CLOSING.indexOf(text.charAt(to - 1)) >= 0) {
      to--;
    }
    if (to > from) {
      out.add(new Span(from, to));
    }
    for (int i = to; i < end; i++) {
      out.add(new Span(i, i + 1));
    }
  }

  /**
   * {@code text} as the sentence detector should read it: in each chunk longer than {@value
   * #MAX_CHARS} characters, every one of {@code enders} but the last reads as {@code _}. The text
   * itself when it has no such chunk.
   */
  static String forSentenceDetector(String text, char[] enders) {
    StringBuilder masked = null;
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && StringUtil.isWhitespace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !StringUtil.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i - start <= MAX_CHARS) {
        continue;
      }
      int last = i - 1;
      while (last >= start && !isOneOf(text.charAt(last), enders)) {
        last--;
      }
      for (int k = start; k < last; k++) {
        if (isOneOf(text.charAt(k), enders)) {
          if (masked == null) {
            masked = new StringBuilder(text);
          }
          masked.setCharAt(k, '_');
        }
      }
    }
    return masked == null ? text : masked.toString();
  }

  private static boolean isOneOf(char c, char[] chars) {
    for (char x : chars) {
      if (c == x) {
        return true;
      }
    }
    return false;
  }
}
