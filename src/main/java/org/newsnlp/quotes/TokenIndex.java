package org.newsnlp.quotes;

import java.util.List;
import java.util.Locale;
import org.newsnlp.model.AnnotatedArticle.Token;

/** Looks up tokens by character offset and answers simple questions about them. */
final class TokenIndex {
  private final List<Token> tokens;

  TokenIndex(List<Token> tokens) {
    this.tokens = tokens;
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
    return tokens.get(i).upos();
  }

  boolean isPunct(int i) {
    return "PUNCT".equals(upos(i)) || "SYM".equals(upos(i));
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
