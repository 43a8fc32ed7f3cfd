package org.newsnlp.quotes;

import java.util.List;
import java.util.Locale;
import org.newsnlp.model.AnnotatedArticle.Token;

/**
 * Looks up tokens by character offset and answers simple questions about them.
 *
 * <p>{@link #upos} corrects one tagging slip that matters for speakers: a capitalised word the
 * tagger calls a proper noun elsewhere in the article is a proper noun everywhere (a surname
 * opening a sentence, "Baker further described …", can be tagged ADJ); and a capitalised word
 * between a closing quotation mark and a cue verb is a name whatever its tag ("“…,” Baker said"
 * with "Baker" tagged as an adjective).
 */
final class TokenIndex {
  private final List<Token> tokens;
  private final java.util.Set<String> properNouns;
  private final boolean[] speakerAfterQuote;

  /** Memos, filled on first use: the extractor asks about the same tokens many times. */
  private final String[] lower;

  private final String[] lowerLemma;
  private final String[] upos;

  /** {@link Names#nameToken} by token: 0 not yet asked, 1 no, 2 yes. */
  private final byte[] name;

  /** {@link Token#isWord} by token, as {@link #name}: it reads the whole token, however long. */
  private final byte[] word;

  TokenIndex(List<Token> tokens) {
    this.tokens = tokens;
    this.lower = new String[tokens.size()];
    this.lowerLemma = new String[tokens.size()];
    this.upos = new String[tokens.size()];
    this.name = new byte[tokens.size()];
    this.word = new byte[tokens.size()];
    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    for (Token t : tokens) {
      if ("PROPN".equals(t.upos())
          && t.text().length() > 1
          && Character.isUpperCase(t.text().codePointAt(0))) {
        counts.merge(t.text(), 1, Integer::sum);
      }
    }
    java.util.Set<String> names = new java.util.HashSet<>();
    counts.forEach(
        (word, n) -> {
          if (n >= 1 && !Cues.isCueWord(word)) {
            names.add(word);
          }
        });
    this.properNouns = java.util.Set.copyOf(names);
    this.speakerAfterQuote = new boolean[tokens.size()];
    for (int i = 1; i + 1 < tokens.size(); i++) {
      speakerAfterQuote[i] = isSpeakerAfterQuote(i);
    }
  }

  /**
   * True for "Baker" in "“…,” Baker said": a capitalised open-class word right after a closing
   * quotation mark (or its comma), with a cue verb right after it.
   */
  private boolean isSpeakerAfterQuote(int i) {
    Token t = tokens.get(i);
    String tag = t.upos();
    if (!("ADJ".equals(tag) || "NOUN".equals(tag) || "X".equals(tag) || "VERB".equals(tag))
        || t.text().length() < 2
        || !Character.isUpperCase(t.text().codePointAt(0))) {
      return false;
    }
    String before = tokens.get(i - 1).text();
    Token cue = tokens.get(i + 1);
    String next = cue.text();
    return (before.equals("”") || before.equals("\"") || before.equals("''"))
        && !next.isEmpty()
        && Character.isLowerCase(next.codePointAt(0))
        && (Cues.CUES.contains(lemma(i + 1)) || Cues.isCueWord(next));
  }

  int size() {
    return tokens.size();
  }

  Token get(int i) {
    return tokens.get(i);
  }

  /** Index of the first token that starts at or after {@code offset}; {@code size()} if none. */
  int firstAtOrAfter(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Index of the last token that ends at or before {@code offset}; -1 if none. */
  int lastEndingBy(int offset) {
    int i = firstAtOrAfter(offset) - 1;
    while (i >= 0 && tokens.get(i).end() > offset) {
      i--;
    }
    return i;
  }

  String lower(int i) {
    String w = lower[i];
    if (w == null) {
      w = tokens.get(i).text().toLowerCase(Locale.ROOT);
      lower[i] = w;
    }
    return w;
  }

  /** Capitalised words seen right after a lower-case word; built on first use. */
  private java.util.Set<String> capitalisedInside;

  /**
   * True when the word of token {@code i} is capitalised somewhere in the article right after a
   * lower-case word: capitalised for itself, not for opening a sentence or in a title-case
   * headline.
   */
  boolean capitalisedElsewhere(int i) {
    if (capitalisedInside == null) {
      java.util.Set<String> words = new java.util.HashSet<>();
      for (int k = 1; k < tokens.size(); k++) {
        Token t = tokens.get(k);
        String before = tokens.get(k - 1).text();
        if (t.sentence() == tokens.get(k - 1).sentence()
            && !before.isEmpty()
            && Character.isLowerCase(before.codePointAt(0))
            && !t.text().isEmpty()
            && Character.isUpperCase(t.text().codePointAt(0))) {
          words.add(t.text());
        }
      }
      capitalisedInside = words;
    }
    return capitalisedInside.contains(tokens.get(i).text());
  }

  /** Whether token {@code i} is part of a name ({@link Names#nameToken}). */
  boolean isName(int i) {
    if (name[i] == 0) {
      name[i] = (byte) (Names.nameToken(this, i) ? 2 : 1);
    }
    return name[i] == 2;
  }

  /** The lower-cased lemma of token {@code i}. */
  String lemma(int i) {
    String l = lowerLemma[i];
    if (l == null) {
      l = tokens.get(i).lemma().toLowerCase(Locale.ROOT);
      lowerLemma[i] = l;
    }
    return l;
  }

  String upos(int i) {
    String tag = upos[i];
    if (tag == null) {
      tag = correctedUpos(i);
      upos[i] = tag;
    }
    return tag;
  }

  private String correctedUpos(int i) {
    Token t = tokens.get(i);
    String tag = t.upos();
    if (("ADJ".equals(tag) || "NOUN".equals(tag) || "X".equals(tag) || "VERB".equals(tag))
        && (properNouns.contains(t.text()) || speakerAfterQuote[i])) {
      return "PROPN";
    }
    if (CLOSED_CLASS.contains(tag)
        && t.text().length() > 1
        && Character.isUpperCase(t.text().codePointAt(0))
        && !FUNCTION_WORDS.contains(lower(i))) {
      // "said Hough" tagged as a conjunction, "L2" as a preposition: a capitalised word that is
      // no function word cannot have a function word's tag
      return "PROPN";
    }
    return tag;
  }

  private static final java.util.Set<String> CLOSED_CLASS =
      java.util.Set.of("ADP", "SCONJ", "CCONJ", "PRON", "DET", "PART", "AUX");

  /** The English function words that carry those tags, compared lower-cased. */
  private static final java.util.Set<String> FUNCTION_WORDS =
      java.util.Set.of(
          "a",
          "an",
          "the",
          "this",
          "that",
          "these",
          "those",
          "some",
          "any",
          "no",
          "all",
          "each",
          "every",
          "both",
          "either",
          "neither",
          "another",
          "such",
          "what",
          "which",
          "whose",
          "who",
          "whom",
          "whatever",
          "whichever",
          "i",
          "me",
          "my",
          "mine",
          "we",
          "us",
          "our",
          "ours",
          "you",
          "your",
          "yours",
          "he",
          "him",
          "his",
          "she",
          "her",
          "hers",
          "it",
          "its",
          "they",
          "them",
          "their",
          "theirs",
          "myself",
          "yourself",
          "himself",
          "herself",
          "itself",
          "ourselves",
          "themselves",
          "one",
          "ones",
          "someone",
          "somebody",
          "something",
          "anyone",
          "anybody",
          "anything",
          "everyone",
          "everybody",
          "everything",
          "nobody",
          "nothing",
          "none",
          "many",
          "much",
          "few",
          "several",
          "most",
          "more",
          "less",
          "least",
          "other",
          "others",
          "there",
          "here",
          "where",
          "when",
          "why",
          "how",
          "of",
          "in",
          "on",
          "at",
          "to",
          "for",
          "with",
          "by",
          "from",
          "about",
          "as",
          "into",
          "onto",
          "upon",
          "over",
          "under",
          "after",
          "before",
          "between",
          "among",
          "against",
          "through",
          "during",
          "without",
          "within",
          "along",
          "across",
          "behind",
          "beyond",
          "near",
          "since",
          "until",
          "till",
          "toward",
          "towards",
          "via",
          "per",
          "like",
          "unlike",
          "despite",
          "amid",
          "around",
          "off",
          "out",
          "up",
          "down",
          "than",
          "plus",
          "minus",
          "versus",
          "vs",
          "and",
          "or",
          "but",
          "nor",
          "so",
          "yet",
          "if",
          "because",
          "although",
          "though",
          "while",
          "whereas",
          "whether",
          "unless",
          "once",
          "lest",
          "not",
          "n't",
          "be",
          "am",
          "is",
          "are",
          "was",
          "were",
          "been",
          "being",
          "have",
          "has",
          "had",
          "do",
          "does",
          "did",
          "will",
          "would",
          "shall",
          "should",
          "can",
          "could",
          "may",
          "might",
          "must",
          "ought",
          "'s",
          "’s",
          "'",
          "’",
          "next",
          "then",
          "now",
          "only",
          "just",
          "also",
          "even",
          "according",
          "above",
          "below",
          "beside",
          "besides",
          "inside",
          "outside",
          "including",
          "regarding",
          "concerning",
          "following",
          "ago",
          "away",
          "back",
          "well",
          "instead",
          "rather",
          "whenever",
          "wherever",
          "thus",
          "hence",
          "therefore",
          "however",
          "o",
          "ok",
          "okay",
          "yes",
          "yeah",
          "oh");

  /**
   * Punctuation by tag, or by having no letter or digit: closing quotes are sometimes tagged ADJ.
   */
  boolean isPunct(int i) {
    if (word[i] == 0) {
      word[i] = (byte) (tokens.get(i).isWord() ? 2 : 1);
    }
    return "PUNCT".equals(upos(i)) || "SYM".equals(upos(i)) || word[i] == 1;
  }

  /** True for a double quotation mark on its own: ", “, ” or ''. */
  boolean isQuotationMark(int i) {
    String t = tokens.get(i).text();
    return t.equals("\"") || t.equals("“") || t.equals("”") || t.equals("''");
  }

  boolean is(int i, String... words) {
    String w = lower(i);
    for (String word : words) {
      if (w.equals(word)) {
        return true;
      }
    }
    return false;
  }
}
