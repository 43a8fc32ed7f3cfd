package org.newsnlp.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsnlp.model.AnnotatedArticle.Token;
import org.newsnlp.model.Quote;

/**
 * Quoted words: the words (tokens with a letter or digit) that lie wholly inside a marked
 * quotation, that is a {@code direct} or {@code mixed} row; an {@code indirect} row has none. One
 * definition for {@code documents.csv} (the words of a document inside any marked quotation, each
 * counted once) and {@code speakers.csv} (the words inside each of a speaker's rows).
 *
 * <p>Both take the tokens of a document in text order, as the annotator makes them, and run in time
 * linear in the tokens plus the quotations (sorting the quotations aside).
 */
public final class QuotedWords {
  private QuotedWords() {}

  /** True for the rows whose words count as quoted: {@code direct} and {@code mixed}. */
  public static boolean isMarked(Quote quote) {
    return !"indirect".equals(quote.type());
  }

  /** The words inside {@code quote}; 0 for an {@code indirect} row. */
  public static int in(List<Token> tokens, Quote quote) {
    if (!isMarked(quote)) {
      return 0;
    }
    int words = 0;
    for (int i = firstStartingAtOrAfter(tokens, quote.start());
        i < tokens.size() && tokens.get(i).start() < quote.end();
        i++) {
      Token token = tokens.get(i);
      if (token.end() <= quote.end() && token.isWord()) {
        words++;
      }
    }
    return words;
  }

  /** The words inside at least one marked quotation of {@code quotes}, each counted once. */
  public static int inAny(List<Token> tokens, List<Quote> quotes) {
    List<Quote> marked = new ArrayList<>();
    for (Quote q : quotes) {
      if (isMarked(q)) {
        marked.add(q);
      }
    }
    marked.sort(Comparator.comparingInt(Quote::start));
    // A token is inside some quotation when, of the quotations starting at or before it, the one
    // reaching furthest reaches past its end.
    int words = 0;
    int next = 0;
    int reach = Integer.MIN_VALUE;
    for (Token token : tokens) {
      while (next < marked.size() && marked.get(next).start() <= token.start()) {
        reach = Math.max(reach, marked.get(next).end());
        next++;
      }
      if (reach >= token.end() && token.isWord()) {
        words++;
      }
    }
    return words;
  }

  /** The index of the first token starting at or after {@code offset}, by binary search. */
  private static int firstStartingAtOrAfter(List<Token> tokens, int offset) {
    int low = 0;
    int high = tokens.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (tokens.get(mid).start() < offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
