package org.newsnlp.quotes;

/**
 * A cue after the quotation, in its paragraph: {@code “…,” Mr. Putin said}, the inverted {@code
 * “…,” said Nikolay Korzhanov}, past an aside ({@code “…,” Baker, who chairs the panel, told
 * reporters}) or a parenthesis ({@code (D-Ohio)}); any verb after a quotation that runs on ({@code
 * “…?” Baker pressed.}, {@code “…!” beamed Ana Ruiz}); an {@code according to} source after it. Not
 * a next sentence that makes a new statement ({@code “… .” Baker said he would …}).
 */
final class CueAfterQuote implements AttributionPattern {
  private static final int POST_WINDOW = 12;

  private final TokenIndex tokens;
  private final Cues cues;
  private final Phrases phrases;
  private final Sources sources;

  CueAfterQuote(Phrases phrases, Sources sources) {
    this.tokens = phrases.tokens();
    this.cues = phrases.cues();
    this.phrases = phrases;
    this.sources = sources;
  }

  @Override
  public Attribution find(QuoteSite site) {
    int after = site.after();
    if (after >= tokens.size()
        || phrases.paragraphOf(after) != phrases.paragraphOf(site.lastInside())) {
      return null;
    }
    return afterQuote(after, site);
  }

  private Attribution afterQuote(int after, QuoteSite site) {
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
    if (cues.isCue(k) && tokens.lower(k).endsWith("ing")) {
      // "“…,” citing a report": the words after a participle are its object, not a speaker
      return null;
    }
    if (cues.isCue(k)) {
      TokenSpan np = phrases.nounPhraseAfter(k + 1);
      if (np == null) {
        np = phrases.describedName(k + 1);
      }
      return np == null ? null : new Attribution(np, cues.cueText(k));
    }
    if (!site.endsWithFullStop()
        && "VERB".equals(tokens.upos(k))
        && (tokens.lower(k).endsWith("ed") || tokens.lower(k).endsWith("s"))) {
      // "“This is fantastic!” beamed Ana Ruiz of Dayton.": any verb right after a quotation
      // that runs on, followed by a name, is its speaker's, inverted
      TokenSpan np = phrases.nounPhraseAfter(k + 1);
      if (np != null
          && Names.isNameToken(tokens, np.end() - 1)
          && !Names.isTitle(tokens.get(np.end() - 1).text())
          && (np.end() >= tokens.size()
              || tokens.isPunct(np.end())
              || "ADP".equals(tokens.upos(np.end())))) {
        return new Attribution(np, cues.cueText(k));
      }
    }
    boolean closed = site.endsSentence();
    // a sentence "ending" in a comma is the splitter's slip: "Tom Baker, R-Ohio, | said Tuesday."
    for (int j = k + 1;
        j < end && (tokens.get(j).sentence() == sentence || tokens.is(j - 1, ","));
        j++) {
      if (cues.isCue(j)) {
        TokenSpan np = phrases.nounPhraseBefore(j - 1, k);
        if (np != null && np.start() == k && !(closed && opensClause(j + 1))) {
          return new Attribution(np, cues.cueText(j));
        }
        // "“… the end.” Baker said he would …": a new statement, not the quotation's attribution
        return null;
      }
      if (cues.isUntaggedCue(j)) {
        TokenSpan np = phrases.nounPhraseBefore(j - 1, k);
        if (np != null && np.start() == k && !(closed && opensClause(j + 1))) {
          return new Attribution(np, cues.cueText(j));
        }
      }
      if (!site.endsWithFullStop()
          && "VERB".equals(tokens.upos(j))
          && (closesClause(j + 1) || tokens.is(j + 1, "and", "but"))
          && k - site.first() > 5) {
        // "“Why now, after all this?” Baker pressed.": right after a quotation of some length
        // that runs on, its speaker's verb attributes it whatever the verb
        TokenSpan np = phrases.nounPhraseBefore(j - 1, k);
        if (np != null && np.start() == k) {
          return new Attribution(np, cues.cueText(j));
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
      int asideEnd = phrases.asideEnd(j, sentence);
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
    return sources.accordingTo(k, sentence);
  }

  /** True when nothing but an adjunct follows token {@code i - 1}: punctuation, a preposition. */
  private boolean closesClause(int i) {
    return i >= tokens.size()
        || tokens.isPunct(i)
        || "ADP".equals(tokens.upos(i))
        || "ADV".equals(tokens.upos(i))
        || Phrases.TEMPORAL.contains(tokens.lower(i));
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
}
