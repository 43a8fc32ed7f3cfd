package org.newsnlp.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsnlp.model.Span;

/** Protects how quotation marks are read: the kinds of marks and where a quotation may end. */
class QuoteMarksTest {

  private static List<String> contents(String text, List<Span> paragraphs, Span headline) {
    return QuoteMarks.find(text, paragraphs, headline).stream()
        .map(p -> p.content().of(text))
        .toList();
  }

  private static List<String> contents(String text) {
    return contents(text, List.of(new Span(0, text.length())), null);
  }

  @Test
  void curlyStraightLowHighAndGuillemets() {
    assertEquals(List.of("one", "two", "three", "four", "five"),
        contents("“one” and \"two\" and „three“ and «four» and »five«"));
  }

  @Test
  void doubledApostrophesAreQuotationMarks() {
    assertEquals(List.of("It isn't a budget,"),
        contents("''It isn't a budget,'' said Tom Baker."));
  }

  @Test
  void singleQuotesCountInTheHeadlineOnly() {
    String text = "Christie Calls Clinton ‘A Disgrace’ and Won’t Stop\n\nHe said ‘no’ twice.";
    Span headline = new Span(0, 51);
    List<Span> paragraphs = List.of(headline, new Span(53, text.length()));
    assertEquals(List.of("A Disgrace"), contents(text, paragraphs, headline));
  }

  @Test
  void aClosingMarkTypedAsOpenerAfterASpaceOpens() {
    assertEquals(List.of("Fear. I am truly afraid."),
        contents("”Fear. I am truly afraid.” ― Edwin G. Monroy"));
  }

  @Test
  void nestedSingleQuotesStayInside() {
    assertEquals(List.of("Do I think the phrase ‘Islamic terrorists’ matters?"),
        contents("“Do I think the phrase ‘Islamic terrorists’ matters?” he asked."));
  }

  @Test
  void aQuotationReopenedInTheNextParagraphIsOneGroup() {
    String first = "“We will win,” she said. “We will";
    String second = "“And we will keep winning.”";
    String text = first + "\n\n" + second;
    List<Span> paragraphs =
        List.of(new Span(0, first.length()), new Span(first.length() + 2, text.length()));
    List<QuoteMarks.Passage> found = QuoteMarks.find(text, paragraphs);
    assertEquals(3, found.size());
    assertEquals(found.get(1).group(), found.get(2).group());
    assertEquals("We will", found.get(1).content().of(text));
    assertEquals(false, found.get(1).closed());
  }
}
