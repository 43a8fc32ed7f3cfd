package org.newsnlp.quotes;

import org.newsnlp.model.AnnotatedArticle;
import org.newsnlp.model.AnnotatedArticle.Sentence;

/**
 * A cue verb elsewhere in the quotation's sentence, with its subject: {@code outlets hailed the
 * visit as the “meeting of the titans.”}. A cue before the quotation beats one more than a few
 * words after it; a cue after a comma past the quotation and the writer's words is inverted ({@code
 * “…” about the plan, said Ana Ruiz}).
 */
final class CueInSentence implements AttributionPattern {
  private static final int WINDOW = 60;

  private final AnnotatedArticle article;
  private final TokenIndex tokens;
  private final Cues cues;
  private final Phrases phrases;

  CueInSentence(Phrases phrases) {
    this.article = phrases.article();
    this.tokens = phrases.tokens();
    this.cues = phrases.cues();
    this.phrases = phrases;
  }

  @Override
  public Attribution find(QuoteSite site) {
    return inSentence(site.first(), site.after());
  }

  private Attribution inSentence(int first, int after) {
    Attribution a = inSentence(first, after, true);
    return a != null ? a : inSentence(first, after, false);
  }

  /**
   * @param nearFirst whether a cue before the quotation beats one far after it ("Baker called the
   *     plan a “…” and the council said …"); otherwise the first cue after it wins
   */
  private Attribution inSentence(int first, int after, boolean nearFirst) {
    int sentence = tokens.get(first).sentence();
    Sentence s = article.sentences().get(sentence);
    int bestCue = -1;
    // a window, not the whole sentence: a run-on "sentence" of thousands of tokens full of marks
    // would otherwise make the work quadratic
    for (int j = Math.max(s.firstToken(), first - WINDOW);
        j < Math.min(s.endToken(), after + WINDOW);
        j++) {
      boolean outside = j < first || j >= after;
      if (nearFirst && bestCue >= 0 && j >= after + 4) {
        break;
      }
      if (outside && (cues.isCue(j) || cues.isNounTaggedCue(j, s.firstToken()))) {
        bestCue = j;
        if (j < first) {
          continue;
        }
        break;
      }
    }
    if (bestCue < 0) {
      return null;
    }
    TokenSpan np = null;
    if (bestCue >= after
        && cues.invertible(bestCue, s.firstToken())
        && !Cues.OBJECT_CUES.contains(tokens.lemma(bestCue))) {
      // "“…” about the plan, said Ana Ruiz": a cue right after a comma, past the quotation and
      // the writer's words that finish its sentence, is followed by its speaker
      np = phrases.invertedSpeaker(bestCue + 1);
    }
    if (np == null) {
      np = phrases.speakerBefore(bestCue, s.firstToken());
    }
    if (np == null && bestCue < first && cues.invertible(bestCue, s.firstToken())) {
      // "Said Ana Ruiz, who grew up on the street, “…”"
      np = phrases.nounPhraseAfter(bestCue + 1);
    }
    return np == null ? null : new Attribution(np, cues.cueText(bestCue));
  }
}
