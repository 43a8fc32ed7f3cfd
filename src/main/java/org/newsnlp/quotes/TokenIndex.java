package org.newsnlp.quotes;

import java.util.List;
import java.util.Locale;
import org.newsnlp.model.AnnotatedArticle.Token;

/**
 * Looks up tokens by character offset and answers simple questions about them.
 *
 * <p>{@link #upos} corrects one tagging slip that matters for speakers: a capitalised word the
 * tagger calls a proper noun elsewhere in the article is a proper noun everywhere
 * (a surname opening a sentence, "Baker further described …", can be tagged ADJ).
 */
final class TokenIndex {
  private final List<Token> tokens;
  private final java.util.Set<String> properNouns;

  TokenIndex(List<Token> tokens) {
    this.tokens = tokens;
    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    for (Token t : tokens) {
      if ("PROPN".equals(t.upos()) && t.text().length() > 1
          && Character.isUpperCase(t.text().codePointAt(0))) {
        counts.merge(t.text(), 1, Integer::sum);
      }
    }
    java.util.Set<String> names = new java.util.HashSet<>();
    counts.forEach((word, n) -> {
      if (n >= 1 && !Attributions.isCueWord(word)) {
        names.add(word);
      }
    });
    this.properNouns = java.util.Set.copyOf(names);
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
    return tokens.get(i).text().toLowerCase(Locale.ROOT);
  }

  String upos(int i) {
    Token t = tokens.get(i);
    String tag = t.upos();
    if (("ADJ".equals(tag) || "NOUN".equals(tag) || "X".equals(tag) || "VERB".equals(tag))
        && properNouns.contains(t.text())) {
      return "PROPN";
    }
    return tag;
  }

  /** Punctuation by tag, or by having no letter or digit: closing quotes are sometimes tagged ADJ. */
  boolean isPunct(int i) {
    return "PUNCT".equals(upos(i)) || "SYM".equals(upos(i)) || !tokens.get(i).isWord();
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
