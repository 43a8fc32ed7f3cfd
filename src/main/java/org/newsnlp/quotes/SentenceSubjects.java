package org.newsnlp.quotes;

import java.util.Locale;
import java.util.Set;
import org.newsnlp.model.AnnotatedArticle;
import org.newsnlp.model.AnnotatedArticle.Sentence;

/**
 * The subject of a sentence as a quotation's speaker: the writer's sentence around a quoted
 * fragment ("Baker, in his speech, promised “…”"), the sentence before a quotation ("Ana Ruiz
 * disagreed. “…”"), or a name labelling the words after its colon ("Maria Okafor: “…”").
 */
final class SentenceSubjects {
  private final AnnotatedArticle article;
  private final TokenIndex tokens;
  private final Phrases phrases;

  /** By sentence: whether it holds a quotation mark; 0 until asked, then 1 no, 2 yes. */
  private final byte[] quoteMarkIn;

  SentenceSubjects(Phrases phrases) {
    this.article = phrases.article();
    this.tokens = phrases.tokens();
    this.phrases = phrases;
    this.quoteMarkIn = new byte[article.sentences().size()];
  }

  /**
   * For a quoted fragment with no cue of its own, woven into the writer's sentence: the subject of
   * that sentence when it names someone (a name or a personal pronoun), as the one whose words are
   * being characterised ("Baker, in his speech, promised “roads, roads, roads”"). Null otherwise.
   */
  Attribution sentenceSubject(int first) {
    return sentenceSubject(first, false);
  }

  private Attribution sentenceSubject(int first, boolean anyHead) {
    Attribution labelled = nameBeforeColon(first);
    if (labelled != null) {
      return labelled;
    }
    Sentence s = article.sentences().get(tokens.get(first).sentence());
    TokenSpan np = phrases.subjectOf(s.firstToken(), first);
    if (np == null) {
      return null;
    }
    int last = np.end() - 1;
    boolean names =
        "PROPN".equals(tokens.upos(last))
            || "PRON".equals(tokens.upos(last)) && tokens.is(last, "he", "she", "they", "i", "we");
    names =
        names
            || STATEMENT_NOUNS.contains(tokens.lemma(last))
            || anyHead && "NOUN".equals(tokens.upos(last));
    int k = np.end();
    int sentence = tokens.get(first).sentence();
    for (int guard = 0; guard < 6 && k < first; guard++) {
      int asideEnd = phrases.asideEnd(k, sentence);
      if ("ADV".equals(tokens.upos(k))
          || "AUX".equals(tokens.upos(k))
          || Phrases.TEMPORAL.contains(tokens.lower(k))) {
        k++;
      } else if (tokens.is(k, "(")) {
        // "Baker (D-Ohio) praised …"
        int close = k + 1;
        while (close < first && close < k + 12 && !tokens.is(close, ")")) {
          close++;
        }
        k = close + 1;
      } else if (tokens.is(k, "on") && k + 1 < first && isDay(k + 1)) {
        // "Baker on Tuesday praised …"
        k += 2;
      } else if (asideEnd > k) {
        k = asideEnd + 1;
      } else {
        break;
      }
    }
    // the subject must be followed by its verb: "Baker praised …", not "Baker's plan …"
    return names && k < first && "VERB".equals(tokens.upos(k))
        ? new Attribution(np, tokens.get(k).text())
        : null;
  }

  /**
   * The subject of the sentence of token {@code first}, whatever its head ("Harbor pilots describe
   * it as …"), when a verb follows it; for a quotation that nothing else attributes.
   */
  Attribution anySentenceSubject(int first) {
    return sentenceSubject(first, true);
  }

  /**
   * For a quotation opening a sentence, the subject of the writer's sentence just before it in the
   * same paragraph ("Ana Ruiz disagreed. “…”"), when it names someone; null otherwise.
   */
  Attribution previousSentenceSubject(int first) {
    int sentence = tokens.get(first).sentence();
    if (sentence == 0) {
      return null;
    }
    Sentence previous = article.sentences().get(sentence - 1);
    if (previous.paragraph() != phrases.paragraphOf(first)
        || previous.endToken() <= previous.firstToken()) {
      return null;
    }
    if (quoteMarkIn[sentence - 1] == 0) {
      quoteMarkIn[sentence - 1] = 1;
      for (int i = previous.firstToken(); i < previous.endToken(); i++) {
        if (tokens.isQuotationMark(i)) {
          quoteMarkIn[sentence - 1] = 2;
          break;
        }
      }
    }
    return quoteMarkIn[sentence - 1] == 2 ? null : sentenceSubject(previous.endToken() - 1, false);
  }

  /** Things that carry words of their own: "the ad says", "a letter warns". */
  private static final Set<String> STATEMENT_NOUNS =
      Set.of(
          "ad",
          "advertisement",
          "statement",
          "letter",
          "email",
          "e-mail",
          "memo",
          "report",
          "tweet",
          "post",
          "editorial",
          "release",
          "filing",
          "lawsuit",
          "complaint",
          "ruling",
          "video",
          "spot",
          "message",
          "website",
          "petition",
          "resolution",
          "document",
          "study",
          "survey",
          "poll",
          "book",
          "column",
          "op-ed",
          "platform",
          "campaign",
          "committee",
          "group",
          "agency",
          "department",
          "organization");

  private boolean isDay(int i) {
    return Phrases.TEMPORAL.contains(tokens.lower(i))
        && Character.isUpperCase(tokens.get(i).text().charAt(0));
  }

  /**
   * A name that labels the words after its colon, as digests and transcripts print them: {@code
   * Maria Okafor: “…”}, {@code More from Maria Okafor: “…”}. The colon is the last token before
   * {@code first}, quotation marks aside; null when no name ends there.
   */
  Attribution nameBeforeColon(int first) {
    int colon = first - 1;
    while (colon >= 0 && (tokens.isQuotationMark(colon) || tokens.is(colon, "'", "‘"))) {
      colon--;
    }
    if (colon < 1 || !tokens.is(colon, ":")) {
      return null;
    }
    int floor = article.sentences().get(tokens.get(colon).sentence()).firstToken();
    if (isLabel(floor, colon)) {
      // "Baker: “…”" opening a headline or a paragraph: the tagger may call a bare surname a verb
      return new Attribution(floor, colon, ":");
    }
    if (!Names.isNameToken(tokens, colon - 1) || Names.isTitle(tokens.get(colon - 1).text())) {
      return null;
    }
    int start = colon - 1;
    while (start - 1 >= floor
        && colon - start < Phrases.MAX_NP_TOKENS
        && (Names.isNameToken(tokens, start - 1)
            || tokens.is(start - 1, "and")
                && start - 2 >= floor
                && Names.isNameToken(tokens, start - 2))) {
      start--;
    }
    while (start < colon && tokens.is(start, "and")) {
      start++;
    }
    return new Attribution(start, colon, ":");
  }

  /**
   * True when tokens {@code [from, colon)} are one to three capitalised words and nothing else, as
   * a speaker's label before a colon: "Baker:", "Ana Ruiz:".
   */
  private boolean isLabel(int from, int colon) {
    if (colon - from < 1 || colon - from > 3) {
      return false;
    }
    for (int i = from; i < colon; i++) {
      String w = tokens.get(i).text();
      if (w.length() < 2
          || !Character.isUpperCase(w.codePointAt(0))
          || !w.chars()
              .allMatch(c -> Character.isLetter(c) || c == '.' || c == '-' || c == '\'' || c == '’')
          || w.chars().filter(Character::isUpperCase).count() == w.length()
          || LABEL_STOP.contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** Capitalised words that open a line before a colon without naming anyone. */
  private static final Set<String> LABEL_STOP =
      Set.of(
          "the",
          "a",
          "an",
          "this",
          "that",
          "update",
          "breaking",
          "watch",
          "video",
          "photos",
          "read",
          "note",
          "editor",
          "exclusive",
          "analysis",
          "opinion",
          "transcript",
          "here",
          "more",
          "and",
          "but",
          "so",
          "yes",
          "no",
          "q",
          "a.",
          "question",
          "answer",
          "source",
          "sources",
          "related",
          "also",
          "why",
          "how",
          "what",
          "who",
          "when",
          "where",
          "then",
          "now",
          "first",
          "second",
          "third",
          "finally",
          "example");
}
