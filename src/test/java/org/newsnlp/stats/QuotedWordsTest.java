package org.newsnlp.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsnlp.model.AnnotatedArticle.Token;
import org.newsnlp.model.Quote;

/**
 * Protects the one definition of a quoted word shared by documents.csv and speakers.csv: words
 * (tokens with a letter or digit) wholly inside a direct or mixed row, none for indirect rows, each
 * word once per document however many quotations hold it.
 */
class QuotedWordsTest {
  // "Rain, rain," she said. "Go away!" (offsets below)
  static final String TEXT = "\"Rain, rain,\" she said. \"Go away!\"";
  static final List<Token> TOKENS = tokens(TEXT);

  static List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = Pattern.compile("\\w+|[^\\w\\s]").matcher(text);
    while (m.find()) {
      tokens.add(new Token(m.start(), m.end(), m.group(), "X", m.group(), 0));
    }
    return tokens;
  }

  static Quote quote(String type, int start, int end) {
    String text = TEXT.substring(Math.min(start, TEXT.length()), Math.min(end, TEXT.length()));
    return new Quote("d", 0, type, text, start, end, "", "", "", "", "", "", 0, 0);
  }

  @Test
  void countsTheWordsOfAMarkedRowAndNoneOfAnIndirectOne() {
    assertEquals(2, QuotedWords.in(TOKENS, quote("direct", 1, 12)), "Rain, rain,");
    assertEquals(2, QuotedWords.in(TOKENS, quote("direct", 25, 33)), "Go away!");
    assertEquals(4, QuotedWords.in(TOKENS, quote("mixed", 14, 32)), "she said. \"Go away");
    assertEquals(0, QuotedWords.in(TOKENS, quote("indirect", 14, 22)), "she said");
    assertEquals(1, QuotedWords.in(TOKENS, quote("direct", 2, 12)), "a token cut by the start");
    assertEquals(0, QuotedWords.in(TOKENS, quote("direct", 40, 50)), "past the end of the text");
  }

  @Test
  void countsEachWordOfADocumentOnceWhateverItsQuotations() {
    List<Quote> quotes =
        List.of(quote("direct", 1, 12), quote("indirect", 14, 22), quote("direct", 25, 33));
    assertEquals(4, QuotedWords.inAny(TOKENS, quotes));
    List<Quote> overlapping = List.of(quote("mixed", 7, 33), quote("direct", 1, 12));
    assertEquals(6, QuotedWords.inAny(TOKENS, overlapping), "rain counted once");
    assertEquals(0, QuotedWords.inAny(TOKENS, List.of()));
  }

  @Test
  void aDocumentsCountIsTheWordsInsideSomeMarkedQuotation() {
    String text = "one two three four five six seven eight nine ten eleven twelve thirteen";
    List<Token> tokens = tokens(text);
    Random random = new Random(12);
    for (int round = 0; round < 500; round++) {
      List<Quote> quotes = new ArrayList<>();
      for (int i = random.nextInt(5); i > 0; i--) {
        int start = random.nextInt(text.length());
        int end = start + random.nextInt(text.length() - start + 1);
        String type = List.of("direct", "mixed", "indirect").get(random.nextInt(3));
        quotes.add(new Quote("d", 0, type, "", start, end, "", "", "", "", "", "", 0, 0));
      }
      int expected = 0;
      for (Token t : tokens) {
        for (Quote q : quotes) {
          if (!q.type().equals("indirect") && t.start() >= q.start() && t.end() <= q.end()) {
            expected++;
            break;
          }
        }
      }
      assertEquals(expected, QuotedWords.inAny(tokens, quotes), quotes.toString());
    }
  }
}
