package org.newsnlp.quotes;

import org.newsnlp.model.AnnotatedArticle;

/**
 * A cue before the quotation, in its sentence: {@code Mr. Khamenei said: “…”}, {@code he told
 * reporters that “…”}, the inverted {@code Said Baker: “…”} and {@code After the vote, explained
 * Ana Ruiz, “…”}, the agent of a passive cue {@code was asked by Tom Baker, “…”}, or {@code
 * according to IRNA, “…”}. Tried twice: first for a quotation that ends its sentence and was
 * introduced by a cue and a comma or colon ({@code Baker reported, “… .”}: the next sentence is a
 * statement of its own), then, after the words that follow the quotation, for any quotation.
 */
final class CueBeforeQuote implements AttributionPattern {
  private static final int PRE_WINDOW = 6;
  private static final int WINDOW = 60;

  private final AnnotatedArticle article;
  private final TokenIndex tokens;
  private final Cues cues;
  private final Phrases phrases;
  private final boolean onlyIntroducingAClosedQuotation;

  /**
   * @param onlyIntroducingAClosedQuotation whether to answer only for a quotation that ends its
   *     sentence right after a cue and a comma or colon
   */
  CueBeforeQuote(Phrases phrases, boolean onlyIntroducingAClosedQuotation) {
    this.article = phrases.article();
    this.tokens = phrases.tokens();
    this.cues = phrases.cues();
    this.phrases = phrases;
    this.onlyIntroducingAClosedQuotation = onlyIntroducingAClosedQuotation;
  }

  @Override
  public Attribution find(QuoteSite site) {
    if (site.before() < 0 || phrases.paragraphOf(site.before()) != site.paragraph()) {
      // the words around a quotation attribute it only within its paragraph
      return null;
    }
    if (onlyIntroducingAClosedQuotation && !(site.endsSentence() && introduces(site.before()))) {
      return null;
    }
    return beforeQuote(site.before(), site.sentence());
  }

  private Attribution beforeQuote(int before, int sentence) {
    if (before < 0) {
      return null;
    }
    int sentenceStart = article.sentences().get(sentence).firstToken();
    int k = before;
    // within a window: a run of marks or "that"s can hold whole quotations of "that"
    while (k >= sentenceStart
        && k > before - WINDOW
        && (tokens.isPunct(k) || tokens.is(k, "that"))) {
      k--;
    }
    for (int j = k; j >= Math.max(sentenceStart, k - PRE_WINDOW); j--) {
      if (cues.isCue(j) || cues.isNounTaggedCue(j, sentenceStart)) {
        TokenSpan agent = passiveAgent(j, k);
        if (agent != null) {
          // "Baker was asked by a reporter, “…”": the one asking is the agent after "by"
          return new Attribution(agent, cues.cueText(j));
        }
        TokenSpan inverted =
            j + 1 <= k
                    && cues.invertible(j, sentenceStart)
                    && !Cues.OBJECT_CUES.contains(tokens.lemma(j))
                ? phrases.invertedSpeaker(j + 1)
                : null;
        if (inverted != null && inverted.end() == k + 1) {
          // "After the vote, explained Ana Ruiz, “…”": a cue opening its clause after a comma
          // and followed by a noun phrase that runs up to the quotation names its speaker there
          return new Attribution(inverted, cues.cueText(j));
        }
        TokenSpan np = phrases.speakerBefore(j, sentenceStart);
        if (np == null && j + 1 <= k && cues.invertible(j, sentenceStart)) {
          // inverted: "Said Baker: “…”"
          np = phrases.nounPhraseAfter(j + 1);
        } else if (np == null && tokens.lower(j).endsWith("ing")) {
          // "…, calling it a “…”": the one doing the calling is the sentence's subject
          np = phrases.subjectOf(sentenceStart, j);
        }
        return np == null ? null : new Attribution(np, cues.cueText(j));
      }
      if ("VERB".equals(tokens.upos(j))) {
        break;
      }
    }
    for (int j = Math.max(sentenceStart, k - WINDOW); j + 1 <= k; j++) {
      if (tokens.is(j, "according") && tokens.is(j + 1, "to")) {
        TokenSpan np = phrases.sourceAfter(j + 2);
        if (np != null) {
          return new Attribution(np, "according to");
        }
      }
    }
    return null;
  }

  /**
   * True when token {@code before}, just before an opening mark, is a comma or colon after a cue.
   */
  private boolean introduces(int before) {
    int k = before;
    while (k >= 0 && tokens.isQuotationMark(k)) {
      k--;
    }
    return k >= 1 && tokens.is(k, ",", ":") && cues.isCue(k - 1);
  }

  /**
   * For a cue in the passive ("was asked by a reporter"), the agent after "by", up to token {@code
   * limit}; null when the cue is active or names no agent.
   */
  private TokenSpan passiveAgent(int cue, int limit) {
    if (cue < 1
        || !tokens.is(cue - 1, "was", "were", "is", "are", "been", "being", "be")
        || !tokens.lower(cue).endsWith("ed") && !tokens.is(cue, "told", "written")) {
      return null;
    }
    for (int i = cue + 1; i <= Math.min(limit, cue + 3); i++) {
      if (tokens.is(i, "by")) {
        return phrases.invertedSpeaker(i + 1);
      }
    }
    return null;
  }
}
