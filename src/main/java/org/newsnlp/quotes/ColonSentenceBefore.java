package org.newsnlp.quotes;

import org.newsnlp.model.AnnotatedArticle;
import org.newsnlp.model.AnnotatedArticle.Sentence;

/**
 * A sentence just before the quotation that ends in a colon: {@code Mr. Putin said:} then the
 * quotation; with no cue there, a name before that colon ({@code More from Ana Ruiz:}) or the
 * sentence's named subject.
 */
final class ColonSentenceBefore implements AttributionPattern {
  private final AnnotatedArticle article;
  private final TokenIndex tokens;
  private final Cues cues;
  private final Phrases phrases;
  private final SentenceSubjects subjects;
  private final java.util.Map<Integer, Attribution> bySentence = new java.util.HashMap<>();

  ColonSentenceBefore(Phrases phrases, SentenceSubjects subjects) {
    this.article = phrases.article();
    this.tokens = phrases.tokens();
    this.cues = phrases.cues();
    this.phrases = phrases;
    this.subjects = subjects;
  }

  @Override
  public Attribution find(QuoteSite site) {
    return colonSentenceBefore(site.sentence());
  }

  private Attribution colonSentenceBefore(int sentence) {
    // the same for every quotation of the sentence, and it may read the whole sentence before
    if (!bySentence.containsKey(sentence)) {
      bySentence.put(sentence, readColonSentenceBefore(sentence));
    }
    return bySentence.get(sentence);
  }

  private Attribution readColonSentenceBefore(int sentence) {
    if (sentence == 0) {
      return null;
    }
    Sentence previous = article.sentences().get(sentence - 1);
    int last = previous.endToken() - 1;
    if (!tokens.is(last, ":")) {
      return null;
    }
    for (int j = last - 1; j >= previous.firstToken(); j--) {
      if (cues.isCue(j)) {
        TokenSpan np = phrases.speakerBefore(j, previous.firstToken());
        return np == null ? null : new Attribution(np, cues.cueText(j));
      }
    }
    // "Baker made the following comment:" with no cue verb: its named subject
    Attribution labelled = subjects.nameBeforeColon(last + 1);
    return labelled != null ? labelled : subjects.sentenceSubject(last);
  }
}
