package org.newsnlp.quotes;

import org.newsnlp.model.Span;

/**
 * Where a passage in quotation marks sits among the tokens, as the attribution patterns see it.
 *
 * @param outer the passage with its marks, in characters
 * @param first the first token at or after the opening mark
 * @param after the first token at or after the closing mark's end
 * @param before the last token ending by the opening mark, or -1
 * @param sentence the sentence of {@code first}
 * @param paragraph the paragraph of {@code first}
 * @param lastInside the last token inside the marks ({@code first} when there is none)
 * @param endsSentence whether a full stop, ? or ! closes the words inside the marks
 * @param endsWithFullStop whether a full stop closes them
 */
record QuoteSite(
    Span outer,
    int first,
    int after,
    int before,
    int sentence,
    int paragraph,
    int lastInside,
    boolean endsSentence,
    boolean endsWithFullStop) {

  /** The site of the passage whose marks span {@code outer}; null when no token follows it. */
  static QuoteSite of(Span outer, String text, Phrases phrases) {
    TokenIndex tokens = phrases.tokens();
    int first = tokens.firstAtOrAfter(outer.start());
    if (first >= tokens.size()) {
      return null;
    }
    int after = tokens.firstAtOrAfter(outer.end());
    char last = lastCharInside(text, outer);
    return new QuoteSite(
        outer,
        first,
        after,
        tokens.lastEndingBy(outer.start()),
        tokens.get(first).sentence(),
        phrases.paragraphOf(first),
        Math.max(first, after - 1),
        last == '.' || last == '?' || last == '!',
        last == '.');
  }

  /**
   * The last character inside {@code outer} that is neither a space nor a quotation mark, or 0 when
   * there is none.
   */
  private static char lastCharInside(String text, Span outer) {
    for (int i = outer.end() - 1; i > outer.start(); i--) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && "\"'”’“‘".indexOf(c) < 0) {
        return c;
      }
    }
    return 0;
  }
}
