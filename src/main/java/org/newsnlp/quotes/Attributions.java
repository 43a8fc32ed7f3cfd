package org.newsnlp.quotes;

import java.util.Locale;
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
 *   <li>for a quotation that ends its sentence and was introduced by a cue, that cue: {@code Baker
 *       reported, “… .”} (the next sentence is a statement of its own);
 *   <li>after the quotation: {@code “…,” Mr. Putin said} and the inverted {@code “…,” said Nikolay
 *       Korzhanov}; past an aside ({@code “…,” Baker, who chairs the panel, told reporters}); any
 *       verb after a quotation that runs on ({@code “…?” Baker pressed.}); but not a next sentence
 *       that makes a new statement ({@code “… .” Baker said he would …});
 *   <li>before it: {@code Mr. Khamenei said: “…”}, {@code he told reporters that “…”}, {@code
 *       according to IRNA, “…”};
 *   <li>a cue verb elsewhere in the sentence, with its subject: {@code outlets hailed the visit as
 *       the “meeting of the titans.”};
 *   <li>a sentence just before that ends in a colon: {@code Mr. Putin said:} then the quotation, or
 *       a name before that colon: {@code More from Ana Ruiz:}.
 * </ol>
 *
 * <p>Tagging slips around a cue are tolerated: an inflected cue word tagged as a noun or
 * preposition right after a quotation, and a personal pronoun or an adjective after a determiner
 * ("the official") as the whole subject.
 */
final class Attributions {
  static final Lexicon CUES = Lexicon.load("/org/newsnlp/quotes/cue-verbs.txt");

  /** Tags of words inside a noun phrase; "PROPN+PART" and "NOUN+PART" are possessives. */
  private static final Set<String> NP_TAGS =
      Set.of("PROPN", "NOUN", "ADJ", "DET", "NUM", "PRON", "PROPN+PART", "NOUN+PART");

  private static final int MAX_NP_TOKENS = 10;
  private static final int POST_WINDOW = 12;
  private static final int PRE_WINDOW = 6;
  private static final int WINDOW = 60;
  private static final int ASIDE_TOKENS = 25;

  private final AnnotatedArticle article;
  private final TokenIndex tokens;

  /** By sentence: whether it holds a quotation mark; 0 until asked, then 1 no, 2 yes. */
  private final byte[] quoteMarkIn;

  private final java.util.Map<Integer, Attribution> colonSentenceBefore = new java.util.HashMap<>();

  Attributions(AnnotatedArticle article, TokenIndex tokens) {
    this.article = article;
    this.tokens = tokens;
    this.quoteMarkIn = new byte[article.sentences().size()];
  }

  /** The attribution of the passage whose marks span {@code outer}, or null when none is found. */
  Attribution find(Span outer) {
    int first = tokens.firstAtOrAfter(outer.start());
    int after = tokens.firstAtOrAfter(outer.end());
    int before = tokens.lastEndingBy(outer.start());
    if (first >= tokens.size()) {
      return null;
    }
    // the words around a quotation attribute it only within its paragraph: a quotation that ends
    // a paragraph is not attributed to the subject of the next one
    int paragraph = paragraphOf(first);
    int lastInside = Math.max(first, after - 1);
    Attribution a = null;
    if (endsSentence(outer)
        && before >= 0
        && paragraphOf(before) == paragraph
        && introduces(before)) {
      // "Baker reported, “… the end.” The cable said …": a quotation that ends its sentence
      // belongs to the cue that introduced it, not to the next sentence's
      a = beforeQuote(before, tokens.get(first).sentence());
    }
    if (a == null && after < tokens.size() && paragraphOf(after) == paragraphOf(lastInside)) {
      a = afterQuote(after, outer);
    }
    if (a == null && before >= 0 && paragraphOf(before) == paragraph) {
      a = beforeQuote(before, tokens.get(first).sentence());
    }
    if (a == null && after < tokens.size() && paragraphOf(after) == paragraphOf(lastInside) + 1) {
      // an epigraph signed on a line of its own: "“…”" then "— Ana Ruiz"
      a = dashSignature(after);
    }
    if (a == null) {
      a = inSentence(first, after);
    }
    if (a == null) {
      a = colonSentenceBefore(tokens.get(first).sentence());
    }
    return a;
  }

  /**
   * True when token {@code before}, just before an opening mark, is a comma or colon after a cue.
   */
  private boolean introduces(int before) {
    int k = before;
    while (k >= 0 && isQuoteMark(k)) {
      k--;
    }
    return k >= 1 && tokens.is(k, ",", ":") && isCue(k - 1);
  }

  private int paragraphOf(int token) {
    return article.sentences().get(tokens.get(token).sentence()).paragraph();
  }

  boolean isCue(int i) {
    Token t = tokens.get(i);
    if (!"VERB".equals(tokens.upos(i)) && !"AUX".equals(tokens.upos(i))) {
      return false;
    }
    return CUES.contains(t.lemma()) || isCueWord(t.text()) || isPhrasalCue(i);
  }

  private static final Set<String> NAMING_PARTICIPLES =
      Set.of("called", "named", "dubbed", "titled", "entitled", "labeled", "labelled", "nicknamed");

  /**
   * True for a participle that names a thing rather than reporting a statement: "a website called
   * “…”", "the resort, now called …" (after "now", or after a singular noun introduced by "a" or
   * "an").
   */
  boolean namingParticiple(int i) {
    if (i == 0 || !NAMING_PARTICIPLES.contains(tokens.lower(i))) {
      return false;
    }
    if (tokens.is(i - 1, "now")) {
      return true;
    }
    Token noun = tokens.get(i - 1);
    if (!"NOUN".equals(tokens.upos(i - 1)) || !noun.lemma().equalsIgnoreCase(noun.text())) {
      return false;
    }
    for (int k = i - 2; k >= 0 && k >= i - 5; k--) {
      if (tokens.is(k, "a", "an")) {
        return true;
      }
      if (!"ADJ".equals(tokens.upos(k))
          && !"NOUN".equals(tokens.upos(k))
          && !"PROPN".equals(tokens.upos(k))
          && !"NUM".equals(tokens.upos(k))) {
        return false;
      }
    }
    return false;
  }

  /** Verbs that attribute speech with their particle: "shot back", "went on", "chimed in". */
  private static final java.util.Map<String, String> PHRASAL_CUES =
      java.util.Map.of(
          "shoot", "back", "fire", "back", "hit", "back", "push", "back", "write", "back", "go",
          "on", "chime", "in", "weigh", "in", "put", "it");

  private boolean isPhrasalCue(int i) {
    String particle = PHRASAL_CUES.get(tokens.lemma(i));
    if (particle == null || i + 1 >= tokens.size() || !tokens.is(i + 1, particle)) {
      return false;
    }
    if ("it".equals(particle)) {
      // "as Baker put it, …", "as Baker puts it bluntly: …", but not "put it on the table"
      return i + 2 >= tokens.size() || tokens.isPunct(i + 2) || "ADV".equals(tokens.upos(i + 2));
    }
    return i + 2 >= tokens.size() || !tokens.is(i + 2, "to", "with", "for", "about");
  }

  /**
   * True when {@code word} is an inflection of a cue verb. The lemmatizer misses some forms
   * ("tweeted" gives "tweete", "joked" gives "jok"), so the common endings are also stripped here.
   */
  static boolean isCueWord(String word) {
    String w = word.toLowerCase(java.util.Locale.ROOT);
    if (CUES.contains(w)) {
      return true;
    }
    for (String ending : new String[] {"s", "es", "ed", "d", "ing"}) {
      if (w.endsWith(ending) && w.length() > ending.length() + 2) {
        String stem = w.substring(0, w.length() - ending.length());
        if (CUES.contains(stem)
            || CUES.contains(stem + "e")
            || stem.length() > 3
                && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                && CUES.contains(stem.substring(0, stem.length() - 1))) {
          return true;
        }
      }
    }
    return w.endsWith("ies") && CUES.contains(w.substring(0, w.length() - 3) + "y")
        || w.endsWith("ied") && CUES.contains(w.substring(0, w.length() - 3) + "y");
  }

  private Attribution afterQuote(int after, Span outer) {
    if (after >= tokens.size()) {
      return null;
    }
    int sentence = tokens.get(after).sentence();
    Attribution signed = dashSignature(after);
    if (signed != null) {
      return signed;
    }
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
    if (isCue(k) && tokens.lower(k).endsWith("ing")) {
      // "“…,” citing a report": the words after a participle are its object, not a speaker
      return null;
    }
    if (isCue(k)) {
      TokenSpan np = nounPhraseAfter(k + 1);
      if (np == null) {
        np = describedName(k + 1);
      }
      return np == null ? null : new Attribution(np, cueText(k));
    }
    if (!endsWithFullStop(outer)
        && "VERB".equals(tokens.upos(k))
        && (tokens.lower(k).endsWith("ed") || tokens.lower(k).endsWith("s"))) {
      // "“This is fantastic!” beamed Ana Ruiz of Dayton.": any verb right after a quotation
      // that runs on, followed by a name, is its speaker's, inverted
      TokenSpan np = nounPhraseAfter(k + 1);
      if (np != null
          && Names.isNameToken(tokens, np.end() - 1)
          && !Names.isTitle(tokens.get(np.end() - 1).text())
          && (np.end() >= tokens.size()
              || tokens.isPunct(np.end())
              || "ADP".equals(tokens.upos(np.end())))) {
        return new Attribution(np, cueText(k));
      }
    }
    boolean closed = endsSentence(outer);
    // a sentence "ending" in a comma is the splitter's slip: "Tom Baker, R-Ohio, | said Tuesday."
    for (int j = k + 1;
        j < end && (tokens.get(j).sentence() == sentence || tokens.is(j - 1, ","));
        j++) {
      if (isCue(j)) {
        TokenSpan np = nounPhraseBefore(j - 1, k);
        if (np != null && np.start() == k && !(closed && opensClause(j + 1))) {
          return new Attribution(np, cueText(j));
        }
        // "“… the end.” Baker said he would …": a new statement, not the quotation's attribution
        return null;
      }
      if (isUntaggedCue(j)) {
        TokenSpan np = nounPhraseBefore(j - 1, k);
        if (np != null && np.start() == k && !(closed && opensClause(j + 1))) {
          return new Attribution(np, cueText(j));
        }
      }
      if (!endsWithFullStop(outer)
          && "VERB".equals(tokens.upos(j))
          && (closesClause(j + 1) || tokens.is(j + 1, "and", "but"))
          && k - tokens.firstAtOrAfter(outer.start()) > 5) {
        // "“Why now, after all this?” Baker pressed.": right after a quotation of some length
        // that runs on, its speaker's verb attributes it whatever the verb
        TokenSpan np = nounPhraseBefore(j - 1, k);
        if (np != null && np.start() == k) {
          return new Attribution(np, cueText(j));
        }
      }
      if (tokens.is(j, "(")) {
        // "Rep. Tom A. Baker (D-Ohio) said": step over the party and state
        int close = j + 1;
        while (close < end && !tokens.is(close, ")")) {
          close++;
        }
        if (close < end) {
          j = close;
          continue;
        }
      }
      int asideEnd = asideEnd(j, sentence);
      if (asideEnd > j) {
        // "“…,” Baker, who chairs the panel, told reporters": the cue is past the aside
        j = asideEnd - 1;
        end = Math.min(tokens.size(), Math.max(end, asideEnd + 3));
        continue;
      }
      if (tokens.isPunct(j) && !tokens.is(j, ",") || "VERB".equals(tokens.upos(j))) {
        break;
      }
    }
    return accordingTo(k, sentence);
  }

  /**
   * An inflected cue word that the tagger did not call a verb ("“…,” Baker tweeted" tagged as a
   * preposition, "Baker concludes" as a noun): right after a quotation and its speaker the form is
   * evidence enough.
   */
  private boolean isUntaggedCue(int j) {
    String w = tokens.lower(j);
    String lemma = tokens.lemma(j);
    boolean inflected =
        (w.endsWith("ed") || w.endsWith("s")) && isCueWord(w)
            || !w.equals(lemma) && CUES.contains(lemma);
    return inflected && !tokens.isPunct(j) && Character.isLowerCase(tokens.get(j).text().charAt(0));
  }

  /**
   * An inflected cue word the tagger called a noun right after the head noun of its subject: "The
   * ad claims “…”", "The memo notes that “…”". A noun after a noun is no object, so the form is
   * read as the verb.
   */
  private boolean isNounTaggedCue(int j, int floor) {
    if (j - 1 < floor || !"NOUN".equals(tokens.upos(j)) && !"ADJ".equals(tokens.upos(j))) {
      return false;
    }
    String before = tokens.upos(j - 1);
    if (CUES.contains(tokens.lower(j))
        && "NOUN".equals(before)
        && !tokens.get(j - 1).lemma().equalsIgnoreCase(tokens.get(j - 1).text())
        && tokens.lower(j - 1).endsWith("s")) {
      // "Harbor pilots describe it as “…”": a cue's bare form after a plural noun is its verb
      return true;
    }
    return "NOUN".equals(tokens.upos(j))
        && isUntaggedCue(j)
        && tokens.lower(j).endsWith("s")
        && ("NOUN".equals(before) || "PROPN".equals(before));
  }

  /** True when the quotation in {@code outer} ends its sentence: "…”" after a full stop, ? or !. */
  private boolean endsSentence(Span outer) {
    String text = article.text();
    for (int i = outer.end() - 1; i > outer.start(); i--) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || "\"'”’“‘".indexOf(c) >= 0) {
        continue;
      }
      return c == '.' || c == '?' || c == '!';
    }
    return false;
  }

  /** True when the quotation in {@code outer} ends with a full stop before its closing mark. */
  private boolean endsWithFullStop(Span outer) {
    String text = article.text();
    for (int i = outer.end() - 1; i > outer.start(); i--) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && "\"'”’“‘".indexOf(c) < 0) {
        return c == '.';
      }
    }
    return false;
  }

  /** True when nothing but an adjunct follows token {@code i - 1}: punctuation, a preposition. */
  private boolean closesClause(int i) {
    return i >= tokens.size()
        || tokens.isPunct(i)
        || "ADP".equals(tokens.upos(i))
        || "ADV".equals(tokens.upos(i))
        || TEMPORAL.contains(tokens.lower(i));
  }

  /**
   * True when a clause of its own starts at token {@code i}: "that …", a subject pronoun ("he would
   * …"), or a short noun phrase and its verb ("the plan was …").
   */
  private boolean opensClause(int i) {
    if (i >= tokens.size()) {
      return false;
    }
    if (tokens.is(i, "that", "he", "she", "they", "it", "we", "i", "you")) {
      return true;
    }
    int sentence = tokens.get(i).sentence();
    for (int j = i;
        j < Math.min(tokens.size(), i + 5) && tokens.get(j).sentence() == sentence;
        j++) {
      String tag = tokens.upos(j);
      if (("VERB".equals(tag) || "AUX".equals(tag)) && j > i) {
        String w = tokens.lower(j);
        return !w.endsWith("ed") && !w.endsWith("ing");
      }
      if (!"PROPN".equals(tag) && !"NOUN".equals(tag) && !"DET".equals(tag) && !"ADJ".equals(tag)) {
        return false;
      }
    }
    return false;
  }

  /**
   * When token {@code comma} opens an aside that describes the words before it (a relative clause
   * "who chairs the panel" or a participle "speaking on condition of anonymity"), the index of the
   * comma that closes it; -1 otherwise.
   */
  private int asideEnd(int comma, int sentence) {
    if (!tokens.is(comma, ",") || comma + 1 >= tokens.size() || !opensAside(comma + 1)) {
      return -1;
    }
    for (int j = comma + 2;
        j < tokens.size() && j <= comma + ASIDE_TOKENS && tokens.get(j).sentence() == sentence;
        j++) {
      if (tokens.is(j, ",")) {
        return j;
      }
      if (tokens.isPunct(j) && !tokens.is(j, "-", "(", ")", "'s", "’s") || isQuoteMark(j)) {
        return -1;
      }
    }
    return -1;
  }

  /** "who …", "whose …", "speaking …", "reached …": words that open an aside about a speaker. */
  private boolean opensAside(int i) {
    if (tokens.is(i, "who", "whose")) {
      return true;
    }
    String w = tokens.lower(i);
    return "VERB".equals(tokens.upos(i)) && (w.endsWith("ing") || w.endsWith("ed")) && !isCue(i);
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
      np = nounPhraseAfter(after + 1);
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
      if (isCue(j) || isNounTaggedCue(j, sentenceStart)) {
        TokenSpan agent = passiveAgent(j, k);
        if (agent != null) {
          // "Baker was asked by a reporter, “…”": the one asking is the agent after "by"
          return new Attribution(agent, cueText(j));
        }
        TokenSpan inverted =
            j + 1 <= k && invertible(j, sentenceStart) && !OBJECT_CUES.contains(tokens.lemma(j))
                ? invertedSpeaker(j + 1)
                : null;
        if (inverted != null && inverted.end() == k + 1) {
          // "After the vote, explained Ana Ruiz, “…”": a cue opening its clause after a comma
          // and followed by a noun phrase that runs up to the quotation names its speaker there
          return new Attribution(inverted, cueText(j));
        }
        TokenSpan np = speakerBefore(j, sentenceStart);
        if (np == null && j + 1 <= k && invertible(j, sentenceStart)) {
          // inverted: "Said Baker: “…”"
          np = nounPhraseAfter(j + 1);
        } else if (np == null && tokens.lower(j).endsWith("ing")) {
          // "…, calling it a “…”": the one doing the calling is the sentence's subject
          np = subjectOf(sentenceStart, j);
        }
        return np == null ? null : new Attribution(np, cueText(j));
      }
      if ("VERB".equals(tokens.upos(j))) {
        break;
      }
    }
    for (int j = Math.max(sentenceStart, k - WINDOW); j + 1 <= k; j++) {
      if (tokens.is(j, "according") && tokens.is(j + 1, "to")) {
        TokenSpan np = sourceAfter(j + 2);
        if (np != null) {
          return new Attribution(np, "according to");
        }
      }
    }
    return null;
  }

  /**
   * True when cue {@code j} can be followed by its speaker ("Said Baker: “…”", "…, said Baker:
   * “…”"): it opens the sentence or follows a comma, and is no participle ("calling it a “…”").
   */
  private boolean invertible(int j, int sentenceStart) {
    if (tokens.lower(j).endsWith("ing")) {
      return false;
    }
    int before = j - 1;
    while (before >= sentenceStart && isQuoteMark(before)) {
      before--;
    }
    return before < sentenceStart || tokens.is(before, ",");
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
      if (outside && (isCue(j) || isNounTaggedCue(j, s.firstToken()))) {
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
        && invertible(bestCue, s.firstToken())
        && !OBJECT_CUES.contains(tokens.lemma(bestCue))) {
      // "“…” about the plan, said Ana Ruiz": a cue right after a comma, past the quotation and
      // the writer's words that finish its sentence, is followed by its speaker
      np = invertedSpeaker(bestCue + 1);
    }
    if (np == null) {
      np = speakerBefore(bestCue, s.firstToken());
    }
    if (np == null && bestCue < first && invertible(bestCue, s.firstToken())) {
      // "Said Ana Ruiz, who grew up on the street, “…”"
      np = nounPhraseAfter(bestCue + 1);
    }
    return np == null ? null : new Attribution(np, cueText(bestCue));
  }

  /**
   * The speaker after an inverted cue ("said Ana Ruiz", "says a spokesman"): a noun phrase that is
   * no time ("said Monday") and no pronoun object; null otherwise.
   */
  private TokenSpan invertedSpeaker(int start) {
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
        return invertedSpeaker(i + 1);
      }
    }
    return null;
  }

  /**
   * After an inverted cue, a description the tagger broke before the name it leads to ("said
   * pollster Ana Ruiz." with "pollster" read as a verb): up to three words, then a name that closes
   * the clause; null otherwise.
   */
  private TokenSpan describedName(int start) {
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
          && (!"VERB".equals(tokens.upos(i)) || i > sentenceStart && isNpToken(i - 1))) {
        // the poll's phrase, whatever the tagger made of "poll" after "a new"
        int first = i;
        while (first - 1 >= sentenceStart && i - first < 8 && isNpToken(first - 1)) {
          first--;
        }
        return new Attribution(first, i + 1, a.cue());
      }
    }
    return a;
  }

  /** Cues whose object, not their speaker, follows them: "told reporters", "urged voters". */
  private static final Set<String> OBJECT_CUES =
      Set.of(
          "tell",
          "told",
          "urge",
          "warn",
          "remind",
          "assure",
          "inform",
          "ask",
          "thank",
          "call",
          "accuse",
          "praise",
          "blame",
          "criticize",
          "attack",
          "describe");

  private Attribution colonSentenceBefore(int sentence) {
    // the same for every quotation of the sentence, and it may read the whole sentence before
    if (!colonSentenceBefore.containsKey(sentence)) {
      colonSentenceBefore.put(sentence, readColonSentenceBefore(sentence));
    }
    return colonSentenceBefore.get(sentence);
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
      if (isCue(j)) {
        TokenSpan np = speakerBefore(j, previous.firstToken());
        return np == null ? null : new Attribution(np, cueText(j));
      }
    }
    // "Baker made the following comment:" with no cue verb: its named subject
    Attribution labelled = nameBeforeColon(last + 1);
    return labelled != null ? labelled : sentenceSubject(last);
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
      if (isQuoteMark(k) && k > after) {
        return null;
      }
      Attribution a = accordingTo(k, sentence);
      if (a != null) {
        return a;
      }
    }
    return null;
  }

  private Attribution accordingTo(int k, int sentence) {
    if (k + 2 < tokens.size()
        && tokens.is(k, "according")
        && tokens.is(k + 1, "to")
        && tokens.get(k + 2).sentence() == sentence) {
      TokenSpan np = sourceAfter(k + 2);
      if (np != null) {
        return new Attribution(np, "according to");
      }
    }
    return null;
  }

  /** The cue verb, with a following particle ("pointed out") when there is one. */
  private String cueText(int j) {
    String cue = tokens.get(j).text();
    if (j + 1 < tokens.size()
        && ("ADP".equals(tokens.upos(j + 1)) && tokens.is(j + 1, "out") || isPhrasalCue(j))) {
      cue += " " + tokens.get(j + 1).text();
    }
    return cue;
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
      if (tokens.is(c, ".", ";", ":") || isQuoteMark(c)) {
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

  private static final java.util.Set<String> TEMPORAL =
      java.util.Set.of(
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
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
    if (k - 1 >= floor && isQuoteMark(k) && tokens.is(k - 1, ",")) {
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
      if (tokens.is(i, ".", ";", ":") || isQuoteMark(i)) {
        return -1;
      }
    }
    return -1;
  }

  private boolean isQuoteMark(int i) {
    String t = tokens.get(i).text();
    return t.equals("\"") || t.equals("“") || t.equals("”") || t.equals("''");
  }

  /**
   * For a quoted fragment with no cue of its own, woven into the writer's sentence: the subject of
   * that sentence when it names someone (a name or a personal pronoun), as the one whose words are
   * being characterised ("Baker, in his speech, promised “roads, roads, roads”"). Null otherwise.
   */
  Attribution sentenceSubject(int first) {
    return sentenceSubject(first, false);
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
    if (previous.paragraph() != paragraphOf(first)
        || previous.endToken() <= previous.firstToken()) {
      return null;
    }
    if (quoteMarkIn[sentence - 1] == 0) {
      quoteMarkIn[sentence - 1] = 1;
      for (int i = previous.firstToken(); i < previous.endToken(); i++) {
        if (isQuoteMark(i)) {
          quoteMarkIn[sentence - 1] = 2;
          break;
        }
      }
    }
    return quoteMarkIn[sentence - 1] == 2 ? null : sentenceSubject(previous.endToken() - 1, false);
  }

  private Attribution sentenceSubject(int first, boolean anyHead) {
    Attribution labelled = nameBeforeColon(first);
    if (labelled != null) {
      return labelled;
    }
    Sentence s = article.sentences().get(tokens.get(first).sentence());
    TokenSpan np = subjectOf(s.firstToken(), first);
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
      int asideEnd = asideEnd(k, sentence);
      if ("ADV".equals(tokens.upos(k))
          || "AUX".equals(tokens.upos(k))
          || TEMPORAL.contains(tokens.lower(k))) {
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
    return TEMPORAL.contains(tokens.lower(i))
        && Character.isUpperCase(tokens.get(i).text().charAt(0));
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
      if (isQuoteMark(j) || tokens.is(j, ".", ";", ":")) {
        return k;
      }
    }
    return k;
  }

  /**
   * A name that labels the words after its colon, as digests and transcripts print them: {@code
   * Maria Okafor: “…”}, {@code More from Maria Okafor: “…”}. The colon is the last token before
   * {@code first}, quotation marks aside; null when no name ends there.
   */
  private Attribution nameBeforeColon(int first) {
    int colon = first - 1;
    while (colon >= 0 && (isQuoteMark(colon) || tokens.is(colon, "'", "‘"))) {
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
        && colon - start < MAX_NP_TOKENS
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

  private boolean hasHead(int start, int end) {
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

  private boolean isNpToken(int i) {
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
