package org.newsnlp.quotes;

import java.util.Set;
import org.newsnlp.model.AnnotatedArticle.Token;

/**
 * The questions asked about cue verbs: whether a token is one ("said", "tweeted", "shot back"),
 * whether a word the tagger did not call a verb still is one, whether a cue can be followed by its
 * speaker, and the cue's text as written. The decisions that use them are the attribution patterns.
 */
final class Cues {
  private final TokenIndex tokens;

  Cues(TokenIndex tokens) {
    this.tokens = tokens;
  }

  static final Lexicon CUES = Lexicon.load("/org/newsnlp/quotes/cue-verbs.txt");

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

  /**
   * An inflected cue word that the tagger did not call a verb ("“…,” Baker tweeted" tagged as a
   * preposition, "Baker concludes" as a noun): right after a quotation and its speaker the form is
   * evidence enough.
   */
  boolean isUntaggedCue(int j) {
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
  boolean isNounTaggedCue(int j, int floor) {
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

  /**
   * True when cue {@code j} can be followed by its speaker ("Said Baker: “…”", "…, said Baker:
   * “…”"): it opens the sentence or follows a comma, and is no participle ("calling it a “…”").
   */
  boolean invertible(int j, int sentenceStart) {
    if (tokens.lower(j).endsWith("ing")) {
      return false;
    }
    int before = j - 1;
    while (before >= sentenceStart && tokens.isQuotationMark(before)) {
      before--;
    }
    return before < sentenceStart || tokens.is(before, ",");
  }

  /** Cues whose object, not their speaker, follows them: "told reporters", "urged voters". */
  static final Set<String> OBJECT_CUES =
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

  /** The cue verb, with a following particle ("pointed out") when there is one. */
  String cueText(int j) {
    String cue = tokens.get(j).text();
    if (j + 1 < tokens.size()
        && ("ADP".equals(tokens.upos(j + 1)) && tokens.is(j + 1, "out") || isPhrasalCue(j))) {
      cue += " " + tokens.get(j + 1).text();
    }
    return cue;
  }
}
