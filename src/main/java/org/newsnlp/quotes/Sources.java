package org.newsnlp.quotes;

import java.util.Set;
import org.newsnlp.model.AnnotatedArticle;
import org.newsnlp.model.AnnotatedArticle.Sentence;
import org.newsnlp.model.Span;

/**
 * Where words reach the writer through someone else: the outlet or document of an "according to"
 * ("…, Baker said, according to the Post"), and the poll that speaks for its respondents ("31
 * percent of voters said", after "In a harbor authority survey, …").
 */
final class Sources {
  private static final int PRE_WINDOW = 6;
  private static final int POST_WINDOW = 12;
  private static final int WINDOW = 60;

  private final AnnotatedArticle article;
  private final TokenIndex tokens;
  private final Phrases phrases;

  Sources(Phrases phrases) {
    this.article = phrases.article();
    this.tokens = phrases.tokens();
    this.phrases = phrases;
  }

  /**
   * The source named by an "according to" in the sentence of the words in {@code content}, outside
   * them: at the sentence's start ("According to the Post, Baker said …") or after them ("…, Baker
   * said, according to the Post"). Null when there is none. Looks only near the words, so that a
   * sentence of thousands of tokens costs no more than a short one.
   */
  Attribution sourceOf(Span content) {
    int first = tokens.firstAtOrAfter(content.start());
    int after = tokens.firstAtOrAfter(content.end());
    if (first >= tokens.size()) {
      return null;
    }
    int sentence = tokens.get(first).sentence();
    Sentence s = article.sentences().get(sentence);
    for (int k = s.firstToken(); k < Math.min(first, s.firstToken() + PRE_WINDOW); k++) {
      Attribution a = accordingTo(k, sentence);
      if (a != null) {
        return a;
      }
    }
    for (int k = after; k < Math.min(s.endToken(), after + POST_WINDOW); k++) {
      if (tokens.isQuotationMark(k) && k > after) {
        return null;
      }
      Attribution a = accordingTo(k, sentence);
      if (a != null) {
        return a;
      }
    }
    return null;
  }

  Attribution accordingTo(int k, int sentence) {
    if (k + 2 < tokens.size()
        && tokens.is(k, "according")
        && tokens.is(k + 1, "to")
        && tokens.get(k + 2).sentence() == sentence) {
      TokenSpan np = phrases.sourceAfter(k + 2);
      if (np != null) {
        return new Attribution(np, "according to");
      }
    }
    return null;
  }

  private static final Set<String> SURVEY_WORDS =
      Set.of("poll", "polls", "survey", "surveys", "study");

  /**
   * Respondents speak through their survey: when the mention is a share of people ("31 percent of
   * voters", "six in 10 Republicans") and the writer named a poll, survey or study earlier in the
   * sentence ("In a harbor authority survey, …"), that poll is the source; {@code a} otherwise.
   */
  Attribution throughSurvey(Attribution a) {
    int start = a.mentionStart();
    boolean share = false;
    for (int i = start; i < a.mentionEnd() && i < start + 4; i++) {
      if ("NUM".equals(tokens.upos(i)) || tokens.is(i, "percent", "%", "half", "majority")) {
        share = true;
      }
    }
    if (!share) {
      return a;
    }
    int sentenceStart = article.sentences().get(tokens.get(start).sentence()).firstToken();
    // near the share, not back to the start of a sentence that may run for thousands of tokens
    for (int i = start - 1; i >= Math.max(sentenceStart, start - WINDOW); i--) {
      if (SURVEY_WORDS.contains(tokens.lower(i))
          && (!"VERB".equals(tokens.upos(i)) || i > sentenceStart && phrases.isNpToken(i - 1))) {
        // the poll's phrase, whatever the tagger made of "poll" after "a new"
        int first = i;
        while (first - 1 >= sentenceStart && i - first < 8 && phrases.isNpToken(first - 1)) {
          first--;
        }
        return new Attribution(first, i + 1, a.cue());
      }
    }
    return a;
  }
}
