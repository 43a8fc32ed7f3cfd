package org.newsnlp.quotes;

import java.util.List;
import org.newsnlp.model.Span;

/**
 * What {@link ReportedSpeech} asks of the tokens around a statement's ends, worked out once for an
 * article in two sweeps: which tokens are inside quotation marks, the writer's next dash, and the
 * nearest token on either side that can end or start a statement. A sentence of many cues asks
 * these once for each cue, and each answer then takes one step, so finding reported speech stays
 * linear in the article.
 */
final class StatementEdges {
  private final TokenIndex tokens;

  /** By token: inside quotation marks (the marks themselves are not). */
  private final boolean[] quotedToken;

  /** By token: the first dash at or after it that is the writer's (outside quotation marks). */
  private final int[] nextDash;

  /** By token: the last token at or before it that ends a statement (no punctuation but marks). */
  private final int[] lastWord;

  /** By token: the first token at or after it that starts a statement (the same tokens). */
  private final int[] firstWord;

  /**
   * @param quoted the passages inside quotation marks, outer spans: cues inside them are not the
   *     writer's
   */
  StatementEdges(TokenIndex tokens, List<Span> quoted) {
    this.tokens = tokens;
    int n = tokens.size();
    this.quotedToken = new boolean[n];
    for (Span q : quoted) {
      // the marks themselves are not inside: a cue right after a closing mark is the writer's
      for (int t = tokens.firstAtOrAfter(q.start() + 1);
          t < n && tokens.get(t).start() < q.end() - 1;
          t++) {
        quotedToken[t] = true;
      }
    }
    this.nextDash = new int[n];
    this.firstWord = new int[n];
    for (int t = n - 1, dash = n, word = n; t >= 0; t--) {
      if (tokens.is(t, "—", "--", "―") && !quotedToken[t]) {
        dash = t;
      }
      if (!tokens.isPunct(t) || isQuoteMark(t)) {
        word = t;
      }
      nextDash[t] = dash;
      firstWord[t] = word;
    }
    this.lastWord = new int[n];
    for (int t = 0, word = -1; t < n; t++) {
      if (!tokens.isPunct(t) || isQuoteMark(t)) {
        word = t;
      }
      lastWord[t] = word;
    }
  }

  /** The number of tokens of the article. */
  int size() {
    return nextDash.length;
  }

  boolean insideQuote(int t) {
    return quotedToken[t];
  }

  boolean isQuoteMark(int t) {
    String text = tokens.get(t).text();
    return text.startsWith("\"")
        || text.startsWith("“")
        || text.startsWith("”")
        || text.startsWith("«")
        || text.startsWith("»");
  }

  /** The first of the writer's dashes at or after token {@code t}; the token count when none. */
  int nextDash(int t) {
    return nextDash[t];
  }

  /** The last token at or before {@code t} that can end a statement; -1 when none. */
  int lastWord(int t) {
    return lastWord[t];
  }

  /**
   * The first token at or after {@code t} that can start a statement; the token count when none.
   */
  int firstWord(int t) {
    return firstWord[t];
  }
}
