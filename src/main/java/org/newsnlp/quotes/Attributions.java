package org.newsnlp.quotes;

import java.util.List;
import java.util.Set;
import org.newsnlp.model.AnnotatedArticle;
import org.newsnlp.model.AnnotatedArticle.Sentence;
import org.newsnlp.model.AnnotatedArticle.Token;
import org.newsnlp.model.Span;

/**
 * Finds who a quoted passage is attributed to and with which verb, from the tokens and tags around
 * it. Patterns tried in order:
 *
 * <ol>
 *   <li>after the quotation: {@code “…,” Mr. Putin said} and the inverted {@code “…,” said Nikolay
 *       Korzhanov};
 *   <li>before it: {@code Mr. Khamenei said: “…”}, {@code he told reporters that “…”}, {@code
 *       according to IRNA, “…”};
 *   <li>a cue verb elsewhere in the sentence, with its subject: {@code outlets hailed the visit as
 *       the “meeting of the titans.”};
 *   <li>a sentence just before that ends in a colon: {@code Mr. Putin said:} then the quotation.
 * </ol>
 */
final class Attributions {
  static final Lexicon CUES = Lexicon.load("/org/newsnlp/quotes/cue-verbs.txt");
  private static final Set<String> NP_TAGS = Set.of("PROPN", "NOUN", "ADJ", "DET", "NUM", "PRON");
  private static final int MAX_NP_TOKENS = 10;
  private static final int POST_WINDOW = 8;
  private static final int PRE_WINDOW = 6;

  /** Who and how: the mention's token range, and the cue's text. */
  record Attribution(int mentionStart, int mentionEnd, String cue) {}

  private final AnnotatedArticle article;
  private final TokenIndex tokens;

  Attributions(AnnotatedArticle article, TokenIndex tokens) {
    this.article = article;
    this.tokens = tokens;
  }

  /** The attribution of the passage whose marks span {@code outer}, or null when none is found. */
  Attribution find(Span outer) {
    int first = tokens.firstAtOrAfter(outer.start());
    int after = tokens.firstAtOrAfter(outer.end());
    int before = tokens.lastEndingBy(outer.start());
    if (first >= tokens.size()) {
      return null;
    }
    Attribution a = afterQuote(after, outer);
    if (a == null) {
      a = beforeQuote(before, tokens.get(first).sentence());
    }
    if (a == null) {
      a = inSentence(first, after);
    }
    if (a == null) {
      a = colonSentenceBefore(tokens.get(first).sentence());
    }
    return a;
  }

  boolean isCue(int i) {
    Token t = tokens.get(i);
    if (!"VERB".equals(t.upos()) && !"AUX".equals(t.upos())) {
      return false;
    }
    return CUES.contains(t.lemma()) || CUES.contains(t.text());
  }

  private Attribution afterQuote(int after, Span outer) {
    if (after >= tokens.size()) {
      return null;
    }
    int sentence = tokens.get(after).sentence();
    int k = after;
    while (k < tokens.size() && tokens.isPunct(k) && tokens.get(k).sentence() == sentence) {
      if (tokens.is(k, ".")) {
        return null;
      }
      k++;
    }
    if (k >= tokens.size() || tokens.get(k).sentence() != sentence) {
      return null;
    }
    int end = Math.min(tokens.size(), k + POST_WINDOW);
    if (isCue(k)) {
      int[] np = nounPhraseAfter(k + 1);
      return np == null ? null : new Attribution(np[0], np[1], cueText(k));
    }
    for (int j = k + 1; j < end && tokens.get(j).sentence() == sentence; j++) {
      if (isCue(j)) {
        int[] np = nounPhraseBefore(j - 1, k);
        if (np != null && np[0] == k) {
          return new Attribution(np[0], np[1], cueText(j));
        }
        return null;
      }
      if (tokens.isPunct(j)) {
        break;
      }
    }
    return accordingTo(k, sentence);
  }

  private Attribution beforeQuote(int before, int sentence) {
    if (before < 0) {
      return null;
    }
    int sentenceStart = article.sentences().get(sentence).firstToken();
    int k = before;
    while (k >= sentenceStart && (tokens.isPunct(k) || tokens.is(k, "that"))) {
      k--;
    }
    for (int j = k; j >= Math.max(sentenceStart, k - PRE_WINDOW); j--) {
      if (isCue(j)) {
        int[] np = nounPhraseBefore(j - 1, sentenceStart);
        return np == null ? null : new Attribution(np[0], np[1], cueText(j));
      }
      if ("VERB".equals(tokens.upos(j))) {
        break;
      }
    }
    for (int j = sentenceStart; j + 1 <= k; j++) {
      if (tokens.is(j, "according") && tokens.is(j + 1, "to")) {
        int[] np = nounPhraseAfter(j + 2);
        if (np != null) {
          return new Attribution(np[0], np[1], "according to");
        }
      }
    }
    return null;
  }

  private Attribution inSentence(int first, int after) {
    int sentence = tokens.get(first).sentence();
    Sentence s = article.sentences().get(sentence);
    int bestCue = -1;
    for (int j = s.firstToken(); j < s.endToken(); j++) {
      boolean outside = j < first || j >= after;
      if (outside && isCue(j)) {
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
    int[] np = nounPhraseBefore(bestCue - 1, s.firstToken());
    return np == null ? null : new Attribution(np[0], np[1], cueText(bestCue));
  }

  private Attribution colonSentenceBefore(int sentence) {
    if (sentence == 0) {
      return null;
    }
    Sentence previous = article.sentences().get(sentence - 1);
    int last = previous.endToken() - 1;
    if (!tokens.is(last, ":")) {
      return null;
    }
    for (int j = last - 1; j >= previous.firstToken(); j--) {
      if (isCue(j)) {
        int[] np = nounPhraseBefore(j - 1, previous.firstToken());
        return np == null ? null : new Attribution(np[0], np[1], cueText(j));
      }
    }
    return null;
  }

  private Attribution accordingTo(int k, int sentence) {
    if (k + 2 < tokens.size() && tokens.is(k, "according") && tokens.is(k + 1, "to")
        && tokens.get(k + 2).sentence() == sentence) {
      int[] np = nounPhraseAfter(k + 2);
      if (np != null) {
        return new Attribution(np[0], np[1], "according to");
      }
    }
    return null;
  }

  /** The cue verb, with a following particle ("pointed out") when there is one. */
  private String cueText(int j) {
    String cue = tokens.get(j).text();
    if (j + 1 < tokens.size() && "ADP".equals(tokens.upos(j + 1)) && tokens.is(j + 1, "out")) {
      cue += " " + tokens.get(j + 1).text();
    }
    return cue;
  }

  /**
   * The noun phrase ending at or just before token {@code end} (adverbs and auxiliaries between it
   * and the verb are skipped), not reaching before {@code floor}; {@code [start, end)} or null. A
   * phrase led by an article after a comma ("Korzhanov, a former diplomat,") yields the name
   * before the comma; a prepositional tail ("outlets in Syria") stays attached to its head.
   */
  int[] nounPhraseBefore(int end, int floor) {
    int k = end;
    int skipped = 0;
    while (k >= floor && skipped < 3
        && ("ADV".equals(tokens.upos(k)) || "AUX".equals(tokens.upos(k))
            || tokens.is(k, "not", "n't"))) {
      k--;
      skipped++;
    }
    if (k >= floor && tokens.is(k, ",")) {
      k--;
    }
    int last = k;
    int start = k + 1;
    while (start - 1 >= floor && last - start + 2 <= MAX_NP_TOKENS && isNpToken(start - 1)) {
      start--;
    }
    while (start - 2 >= floor && last - start + 3 <= MAX_NP_TOKENS
        && (tokens.is(start - 1, "in", "of", "from", "at", "for", "and") || isConnector(start - 1))
        && isNpToken(start - 2)) {
      start -= 2;
      while (start - 1 >= floor && last - start + 2 <= MAX_NP_TOKENS && isNpToken(start - 1)) {
        start--;
      }
    }
    while (start <= last && ("DET".equals(tokens.upos(start)) && start < last
            && tokens.is(start, "both", "all")
        || "CCONJ".equals(tokens.upos(start)) || "SCONJ".equals(tokens.upos(start)))) {
      start++;
    }
    if (start > last) {
      return null;
    }
    if ("DET".equals(tokens.upos(start)) && start - 2 >= floor && tokens.is(start - 1, ",")
        && "PROPN".equals(tokens.upos(start - 2))) {
      int nameEnd = start - 1;
      int nameStart = nameEnd;
      while (nameStart - 1 >= floor && Names.isNameToken(tokens, nameStart - 1)) {
        nameStart--;
      }
      return new int[] {nameStart, nameEnd};
    }
    if (!hasHead(start, last + 1)) {
      return null;
    }
    return new int[] {start, last + 1};
  }

  /** The noun phrase starting at {@code start}, up to a comma, verb or preposition. */
  int[] nounPhraseAfter(int start) {
    if (start >= tokens.size()) {
      return null;
    }
    int sentence = tokens.get(start).sentence();
    int end = start;
    while (end < tokens.size() && end - start < MAX_NP_TOKENS
        && tokens.get(end).sentence() == sentence && isNpToken(end)) {
      end++;
    }
    if (end == start || !hasHead(start, end)) {
      return null;
    }
    return new int[] {start, end};
  }

  private boolean hasHead(int start, int end) {
    for (int i = start; i < end; i++) {
      String tag = tokens.upos(i);
      if ("PROPN".equals(tag) || "NOUN".equals(tag) || "PRON".equals(tag)) {
        return true;
      }
    }
    return false;
  }

  private boolean isConnector(int i) {
    return tokens.is(i, "’s", "'s", "-", "–");
  }

  private boolean isNpToken(int i) {
    Token t = tokens.get(i);
    if (NP_TAGS.contains(t.upos())) {
      return !"PRON".equals(t.upos()) || !tokens.is(i, "that", "which", "who", "what", "this");
    }
    return isConnector(i) || Names.isTitle(t.text()) && Character.isUpperCase(t.text().charAt(0));
  }

  List<Token> tokensOf(Attribution a) {
    return article.tokens().subList(a.mentionStart(), a.mentionEnd());
  }
}
