package org.newsnlp.quotes;

import org.newsnlp.model.AnnotatedArticle;

/**
 * A quotation signed with a dash, as in reader comments and epigraphs: {@code “…” ― Ana Ruiz}, on
 * the quotation's own line or on the next one.
 */
final class DashSignature implements AttributionPattern {
  private final AnnotatedArticle article;
  private final TokenIndex tokens;
  private final Phrases phrases;
  private final int paragraphsAfter;

  /**
   * @param paragraphsAfter 0 for a signature in the quotation's paragraph, 1 for one on the line
   *     after it
   */
  DashSignature(Phrases phrases, int paragraphsAfter) {
    this.article = phrases.article();
    this.tokens = phrases.tokens();
    this.phrases = phrases;
    this.paragraphsAfter = paragraphsAfter;
  }

  @Override
  public Attribution find(QuoteSite site) {
    int after = site.after();
    if (after >= tokens.size()
        || phrases.paragraphOf(after) != phrases.paragraphOf(site.lastInside()) + paragraphsAfter) {
      return null;
    }
    return dashSignature(after);
  }

  /**
   * A quotation signed with a dash, as in reader comments and epigraphs: {@code “…” ― Ana Ruiz}.
   * The name must close its paragraph (a full stop allowed), so that a dash that goes on with the
   * writer's sentence is not taken for a signature.
   */
  private Attribution dashSignature(int after) {
    if (!tokens.is(after, "―", "—", "–", "-", "--")) {
      return null;
    }
    int paragraph = article.sentences().get(tokens.get(after).sentence()).paragraph();
    TokenSpan np = nameAfter(after + 1);
    if (np == null) {
      np = phrases.nounPhraseAfter(after + 1);
      if (np == null || !Names.isNameToken(tokens, np.end() - 1)) {
        return null;
      }
    }
    int next = np.end();
    while (next < tokens.size() && tokens.is(next, ".")) {
      next++;
    }
    String text = article.text();
    int gapEnd = next < tokens.size() ? tokens.get(next).start() : text.length();
    boolean closes =
        next >= tokens.size()
            || article.sentences().get(tokens.get(next).sentence()).paragraph() != paragraph
            || text.substring(tokens.get(next - 1).end(), gapEnd).indexOf('\n') >= 0;
    return closes ? new Attribution(np, tokens.get(after).text()) : null;
  }

  /** The run of name tokens starting at {@code start}, across sentence breaks, or null. */
  private TokenSpan nameAfter(int start) {
    int end = start;
    while (end < tokens.size()
        && end - start < 6
        && (Names.isNameToken(tokens, end) || end > start && tokens.is(end, "."))) {
      end++;
    }
    while (end > start && tokens.is(end - 1, ".")) {
      end--;
    }
    return end > start ? new TokenSpan(start, end) : null;
  }
}
