package org.newsnlp.quotes;

import java.util.Set;
import org.newsnlp.model.AnnotatedArticle;
import org.newsnlp.model.AnnotatedArticle.Token;

/**
 * The questions asked about the tokens around a cue or a quotation, apart from the decisions that
 * use them (the shape of OpenNLP's context generators): where a noun phrase before or after a token
 * starts and ends, what the subject of a verb or of a sentence is, where an aside closes. Every
 * answer looks at a bounded window of tokens, so a long sentence costs no more per question than a
 * short one.
 */
final class Phrases {
  private final AnnotatedArticle article;
  private final TokenIndex tokens;
  private final Cues cues;

  Phrases(AnnotatedArticle article, TokenIndex tokens) {
    this.article = article;
    this.tokens = tokens;
    this.cues = new Cues(tokens);
  }

  AnnotatedArticle article() {
    return article;
  }

  TokenIndex tokens() {
    return tokens;
  }

  Cues cues() {
    return cues;
  }

  /** Tags of words inside a noun phrase; "PROPN+PART" and "NOUN+PART" are possessives. */
  private static final Set<String> NP_TAGS =
      Set.of("PROPN", "NOUN", "ADJ", "DET", "NUM", "PRON", "PROPN+PART", "NOUN+PART");

  static final int MAX_NP_TOKENS = 10;

  private static final int ASIDE_TOKENS = 25;

  /** How far a walk over a sentence's opening marks and adverbs reaches. */
  private static final int WINDOW = 60;

  int paragraphOf(int token) {
    return article.sentences().get(tokens.get(token).sentence()).paragraph();
  }

  /**
   * When token {@code comma} opens an aside that describes the words before it (a relative clause
   * "who chairs the panel" or a participle "speaking on condition of anonymity"), the index of the
   * comma that closes it; -1 otherwise.
   */
  int asideEnd(int comma, int sentence) {
    if (!tokens.is(comma, ",") || comma + 1 >= tokens.size() || !opensAside(comma + 1)) {
      return -1;
    }
    for (int j = comma + 2;
        j < tokens.size() && j <= comma + ASIDE_TOKENS && tokens.get(j).sentence() == sentence;
        j++) {
      if (tokens.is(j, ",")) {
        return j;
      }
      if (tokens.isPunct(j) && !tokens.is(j, "-", "(", ")", "'s", "’s")
          || tokens.isQuotationMark(j)) {
        return -1;
      }
    }
    return -1;
  }

  /** "who …", "whose …", "speaking …", "reached …": words that open an aside about a speaker. */
  boolean opensAside(int i) {
    if (tokens.is(i, "who", "whose")) {
      return true;
    }
    String w = tokens.lower(i);
    return "VERB".equals(tokens.upos(i))
        && (w.endsWith("ing") || w.endsWith("ed"))
        && !cues.isCue(i);
  }

  /**
   * The speaker after an inverted cue ("said Ana Ruiz", "says a spokesman"): a noun phrase that is
   * no time ("said Monday") and no pronoun object; null otherwise.
   */
  TokenSpan invertedSpeaker(int start) {
    if (start >= tokens.size()
        || TEMPORAL.contains(tokens.lower(start))
        || "PRON".equals(tokens.upos(start)) && !tokens.is(start, "he", "she", "they", "we")) {
      return null;
    }
    TokenSpan np = nounPhraseAfter(start);
    if (np == null) {
      np = describedName(start);
    }
    if (np != null && np.end() < tokens.size() && !tokens.isPunct(np.end())) {
      // a description the tagger broke ("said harbor engineer Ana Ruiz" with "engineer" read as
      // an adverb): the words up to the punctuation, when they end in a name
      int end = np.end();
      int sentence = tokens.get(start).sentence();
      while (end < tokens.size()
          && end - start < MAX_NP_TOKENS
          && !tokens.isPunct(end)
          && tokens.get(end).sentence() == sentence
          && !"VERB".equals(tokens.upos(end))
          && !"ADP".equals(tokens.upos(end))
          && !"AUX".equals(tokens.upos(end))) {
        end++;
      }
      if (end > np.end() && Names.isNameToken(tokens, end - 1)) {
        np = new TokenSpan(start, end);
      }
    }
    // the phrase must close the clause ("…, said Ana Ruiz." or "…, said Ana Ruiz, who …"); one
    // that goes on ("said matter-of-factly") is no speaker
    return np == null || np.end() < tokens.size() && !tokens.is(np.end(), ".", ",", ";", "!", "?")
        ? null
        : np;
  }

  /**
   * After an inverted cue, a description the tagger broke before the name it leads to ("said
   * pollster Ana Ruiz." with "pollster" read as a verb): up to three words, then a name that closes
   * the clause; null otherwise.
   */
  TokenSpan describedName(int start) {
    int sentence = start < tokens.size() ? tokens.get(start).sentence() : -1;
    int j = start;
    while (j < tokens.size()
        && j - start < 3
        && !Names.isNameToken(tokens, j)
        && !tokens.isPunct(j)
        && tokens.get(j).sentence() == sentence
        && Character.isLowerCase(tokens.get(j).text().charAt(0))
        && !Set.of("ADP", "AUX", "CCONJ", "SCONJ", "PART", "PRON").contains(tokens.upos(j))) {
      j++;
    }
    int nameStart = j;
    while (j < tokens.size()
        && j - nameStart < 5
        && Names.isNameToken(tokens, j)
        && tokens.get(j).sentence() == sentence) {
      j++;
    }
    boolean closes = j >= tokens.size() || tokens.is(j, ".", ",", ";", "!", "?");
    return j > nameStart && nameStart > start && closes ? new TokenSpan(start, j) : null;
  }

  /**
   * The noun phrase ending at or just before token {@code end} (adverbs and auxiliaries between it
   * and the verb are skipped), not reaching before {@code floor}; {@code [start, end)} or null. A
   * phrase led by an article after a comma ("Korzhanov, a former diplomat,") yields the name before
   * the comma; a prepositional tail ("outlets in Syria") stays attached to its head.
   */
  TokenSpan nounPhraseBefore(int end, int floor) {
    int k = skipAdjuncts(end, floor);
    boolean closingComma = false;
    if (k >= floor && tokens.is(k, ",")) {
      TokenSpan described = nameBeforeRelativeClause(k, floor);
      if (described != null) {
        return described;
      }
      // "Baker, speaking to a farmers' group in Ohio, said": the speaker is before the aside
      int open = k - 1;
      while (open >= floor && open > k - 25 && !tokens.is(open, ",")) {
        open--;
      }
      if (open > floor && tokens.is(open, ",")) {
        int name = open - 1;
        while (name >= floor && tokens.is(name, ")")) {
          name = skipParenthesis(name, floor);
        }
        if (name >= floor
            && ("PROPN".equals(tokens.upos(name))
                || "PRON".equals(tokens.upos(name)) && !tokens.is(name, "it", "that", "this"))) {
          int start = name;
          while (start - 1 >= floor
              && name - start + 2 <= MAX_NP_TOKENS
              && (Names.isNameToken(tokens, start - 1) || tokens.is(start - 1, "."))) {
            start--;
          }
          return new TokenSpan(start, name + 1);
        }
        if ((opensAside(open + 1)
                || "ADP".equals(tokens.upos(open + 1))
                || "ADV".equals(tokens.upos(open + 1)))
            && open - 1 >= floor
            && !tokens.is(open - 1, ",")) {
          // "an official, speaking on condition of anonymity, said": the phrase before the aside
          TokenSpan np = nounPhraseBefore(open - 1, floor);
          if (np != null) {
            return np;
          }
        }
      }
      k--;
      closingComma = true;
    }
    if (k < floor || !isNpToken(k)) {
      // "states for insisting": a preposition before the verb is no end of a subject
      return null;
    }
    int last = k;
    if (tokens.is(k, "he", "she", "they", "we", "i", "you") && "PRON".equals(tokens.upos(k))) {
      // a personal pronoun is a subject on its own: "the plan he described", "whom she calls"
      return new TokenSpan(k, k + 1);
    }
    int start = k + 1;
    while (start - 1 >= floor && last - start + 2 <= MAX_NP_TOKENS && isNpToken(start - 1)) {
      start--;
    }
    while (start - 2 >= floor
        && last - start + 3 <= MAX_NP_TOKENS
        && (tokens.is(start - 1, "in", "of", "from", "at", "for", "and") || isConnector(start - 1))
        && isNpToken(start - 2)) {
      start -= 2;
      while (start - 1 >= floor && last - start + 2 <= MAX_NP_TOKENS && isNpToken(start - 1)) {
        start--;
      }
    }
    while (start <= last
        && ("DET".equals(tokens.upos(start)) && start < last && tokens.is(start, "both", "all")
            || "CCONJ".equals(tokens.upos(start))
            || "SCONJ".equals(tokens.upos(start)))) {
      start++;
    }
    if (start > last) {
      return null;
    }
    if (closingComma
        && "DET".equals(tokens.upos(start))
        && start - 2 >= floor
        && tokens.is(start - 1, ",")
        && "PROPN".equals(tokens.upos(start - 2))) {
      int nameEnd = start - 1;
      int nameStart = nameEnd;
      while (nameStart - 1 >= floor && Names.isNameToken(tokens, nameStart - 1)) {
        nameStart--;
      }
      return new TokenSpan(nameStart, nameEnd);
    }
    if (!hasHead(start, last + 1)) {
      return null;
    }
    return new TokenSpan(start, last + 1);
  }

  /**
   * "Ana Ruiz, who grew up in Dayton, Ohio, in the 1970s, said": for the comma {@code close} before
   * a verb, the name before the ", who" or ", whose" that opens the aside, however many commas the
   * aside holds; null when no such aside ends there.
   */
  private TokenSpan nameBeforeRelativeClause(int close, int floor) {
    for (int c = close - 1; c > floor && c > close - ASIDE_TOKENS; c--) {
      if (tokens.is(c, ".", ";", ":") || tokens.isQuotationMark(c)) {
        return null;
      }
      if (tokens.is(c, ",")
          && tokens.is(c + 1, "who", "whose")
          && Names.isNameToken(tokens, c - 1)
          && !Names.isTitle(tokens.get(c - 1).text())) {
        int start = c - 1;
        while (start - 1 >= floor
            && c - start < MAX_NP_TOKENS
            && (Names.isNameToken(tokens, start - 1) || tokens.is(start - 1, "."))) {
          start--;
        }
        return new TokenSpan(start, c);
      }
    }
    return null;
  }

  /**
   * The source after "according to": its noun phrase, reaching over capitalised words the tagger
   * took for verbs or adjectives ("an Associated Harbor Press account"); null when there is none.
   */
  TokenSpan sourceAfter(int start) {
    if (start >= tokens.size()) {
      return null;
    }
    int sentence = tokens.get(start).sentence();
    int end = start;
    boolean capitalised = false;
    while (end < tokens.size()
        && end - start < MAX_NP_TOKENS
        && tokens.get(end).sentence() == sentence
        && !tokens.isPunct(end)
        && (isNpToken(end) || Character.isUpperCase(tokens.get(end).text().charAt(0)))) {
      capitalised |= !isNpToken(end);
      end++;
    }
    TokenSpan np = nounPhraseAfter(start);
    if (!capitalised || np != null && np.end() >= end) {
      return np;
    }
    return hasHead(start, end) ? new TokenSpan(start, end) : np;
  }

  /** The noun phrase starting at {@code start}, up to a comma, verb or preposition. */
  TokenSpan nounPhraseAfter(int start) {
    if (start >= tokens.size()) {
      return null;
    }
    int sentence = tokens.get(start).sentence();
    int end = start;
    while (end < tokens.size()
        && end - start < MAX_NP_TOKENS
        && tokens.get(end).sentence() == sentence
        && (isNpToken(end)
            || end > start && tokens.is(end, ".") && Names.isTitle(tokens.get(end - 1).text()))) {
      end++;
    }
    if (end == start || !hasHead(start, end)) {
      return null;
    }
    return new TokenSpan(start, end);
  }

  static final java.util.Set<String> TEMPORAL =
      Weekdays.and(
          "today",
          "yesterday",
          "tonight",
          "week",
          "month",
          "year",
          "morning",
          "afternoon",
          "evening",
          "night",
          "earlier",
          "later",
          "recently",
          "weekend",
          "time",
          "last",
          "this",
          "that",
          "next",
          "past",
          "early",
          "late",
          "previously",
          "also",
          "then");

  /**
   * The token before a verb once adverbs, auxiliaries, negations, a parenthesis ("(D-Mo.)") and a
   * time ("this month", "Monday") are stepped over: where the subject ends.
   */
  private int skipAdjuncts(int end, int floor) {
    int k = end;
    for (int guard = 0; guard < 12 && k >= floor; guard++) {
      if ("ADV".equals(tokens.upos(k))
          || "AUX".equals(tokens.upos(k))
          || tokens.is(k, "not", "n't")
          || TEMPORAL.contains(tokens.lower(k))
          || k < end
              && tokens.is(k, "on", "in", "at", "during", "since")
              && TEMPORAL.contains(tokens.lower(k + 1))) {
        k--;
      } else if (tokens.is(k, ")")) {
        k = skipParenthesis(k, floor);
      } else {
        break;
      }
    }
    return k;
  }

  /** The token before the "(" that opens the parenthesis closed at {@code close}. */
  private int skipParenthesis(int close, int floor) {
    int k = close - 1;
    while (k >= floor && k > close - 12 && !tokens.is(k, "(")) {
      k--;
    }
    return k >= floor && tokens.is(k, "(") ? k - 1 : close - 1;
  }

  /**
   * The speaker of cue verb {@code cue}: its subject just before it, or, for a participle after a
   * comma ("…, saying"), the subject of the sentence.
   */
  TokenSpan speakerBefore(int cue, int floor) {
    return speakerBefore(cue, floor, 0);
  }

  private TokenSpan speakerBefore(int cue, int floor, int depth) {
    int k = cue - 1;
    while (k >= floor && "ADV".equals(tokens.upos(k))) {
      k--;
    }
    if (k - 1 >= floor && tokens.isQuotationMark(k) && tokens.is(k - 1, ",")) {
      // "… on “Morning Joe,” adding": a comma inside the closing mark still ends the clause
      k--;
    }
    boolean participle = tokens.lower(cue).endsWith("ing");
    if (depth < 3
        && k >= floor
        && (tokens.is(k, "and")
            || participle && tokens.is(k, ",", "before", "after", "while", "when", "by"))) {
      // "Baker said, adding …", "Baker posted … and urged …": the speaker of the verb
      // before; the sentence's subject when there is none
      int verb = previousVerb(k - 1, floor);
      if (verb >= 0) {
        TokenSpan np = speakerBefore(verb, floor, depth + 1);
        if (np != null) {
          return np;
        }
      }
      return participle ? subjectOf(floor, cue) : null;
    }
    if (depth < 3 && k - 1 >= floor && tokens.is(k, "to")) {
      // "Baker went on to say", "Baker rose to announce": the speaker of the verb before
      int verb = previousVerb(k - 1, floor);
      if (verb >= 0 && verb >= k - 4) {
        return speakerBefore(verb, floor, depth + 1);
      }
    }
    if (k >= floor && tokens.is(k, "who", "which")) {
      // a relative clause: "Mr. Baker, who said …"; the mention is the relative pronoun
      return new TokenSpan(k, k + 1);
    }
    TokenSpan np = nounPhraseBefore(cue - 1, floor);
    // an object or a prepositional complement is not the speaker: "the council issued a
    // statement calling …", "Marchers walking through the streets chanted …"
    if (depth < 3
        && np != null
        && np.start() - 1 >= floor
        && ("VERB".equals(tokens.upos(np.start() - 1))
            || "ADP".equals(tokens.upos(np.start() - 1)))) {
      int verb = previousVerb(np.start() - 1, floor);
      if (verb >= 0 && verb >= np.start() - 6) {
        TokenSpan subject = nounPhraseBefore(verb - 1, floor);
        if (subject != null && !"VERB".equals(tokens.upos(Math.max(floor, subject.start() - 1)))) {
          return subject;
        }
      }
    }
    return np;
  }

  /** The nearest verb at or before {@code from} in the same clause stretch, or -1. */
  private int previousVerb(int from, int floor) {
    for (int i = from; i >= floor && i > from - 15; i--) {
      if ("VERB".equals(tokens.upos(i))) {
        return i;
      }
      if (tokens.is(i, ".", ";", ":") || tokens.isQuotationMark(i)) {
        return -1;
      }
    }
    return -1;
  }

  /** The sentence's subject: the first noun phrase, when it ends before {@code cue}. */
  TokenSpan subjectOf(int a, int cue) {
    int k = a;
    // (a sentence may open with thousands of marks, and be asked about at each of its cues)
    while (k < cue
        && k < a + WINDOW
        && (tokens.isPunct(k) || "CCONJ".equals(tokens.upos(k)) || "ADV".equals(tokens.upos(k)))) {
      k++;
    }
    k = pastOpeningPhrase(k, cue);
    TokenSpan np = nounPhraseAfter(k);
    if (np == null || np.end() >= cue) {
      return null;
    }
    return np;
  }

  /**
   * Past an opening phrase set off by a comma ("On Monday, …", "In a statement Tuesday, …",
   * "Speaking on the radio, …"), where the subject starts; {@code k} itself when there is none.
   */
  private int pastOpeningPhrase(int k, int limit) {
    if (k >= limit) {
      return k;
    }
    String tag = tokens.upos(k);
    boolean opens =
        "ADP".equals(tag)
            || "SCONJ".equals(tag)
            || "VERB".equals(tag) && tokens.lower(k).endsWith("ing");
    if (!opens) {
      return k;
    }
    for (int j = k + 1; j < limit && j <= k + 12; j++) {
      if (tokens.is(j, ",")) {
        return j + 1;
      }
      if (tokens.isQuotationMark(j) || tokens.is(j, ".", ";", ":")) {
        return k;
      }
    }
    return k;
  }

  boolean hasHead(int start, int end) {
    for (int i = start; i < end; i++) {
      String tag = tokens.upos(i);
      if ("PROPN".equals(tag) || "NOUN".equals(tag) || "PRON".equals(tag)) {
        return true;
      }
    }
    // "the official said", "a Republican said": an adjective after a determiner is the head
    return end - start >= 2
        && "DET".equals(tokens.upos(start))
        && "ADJ".equals(tokens.upos(end - 1));
  }

  private boolean isConnector(int i) {
    return tokens.is(i, "’s", "'s", "-", "–");
  }

  boolean isNpToken(int i) {
    Token t = tokens.get(i);
    if (NP_TAGS.contains(tokens.upos(i))) {
      return !"PRON".equals(tokens.upos(i))
          || !tokens.is(i, "that", "which", "who", "what", "this");
    }
    return isConnector(i)
        || Names.isTitle(t.text()) && Character.isUpperCase(t.text().charAt(0))
        || Names.isNameToken(tokens, i);
  }
}
