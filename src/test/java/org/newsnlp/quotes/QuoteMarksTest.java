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
    assertEquals(
        List.of("one", "two", "three", "four", "five"),
        contents("“one” and \"two\" and „three“ and «four» and »five«"));
  }

  @Test
  void doubledApostrophesAreQuotationMarks() {
    assertEquals(List.of("It isn't a plan,"), contents("''It isn't a plan,'' said Tom Baker."));
  }

  @Test
  void singleQuotesCountInTheHeadlineOnly() {
    String text = "Baker Calls Ruiz ‘A Rival’ and Won’t Stop Yet\n\nHe said ‘no’ twice.";
    int blank = text.indexOf("\n\n");
    Span headline = new Span(0, blank);
    List<Span> paragraphs = List.of(headline, new Span(blank + 2, text.length()));
    assertEquals(List.of("A Rival"), contents(text, paragraphs, headline));
  }

  @Test
  void aClosingMarkTypedAsOpenerAfterASpaceOpens() {
    assertEquals(
        List.of("Rain. It will rain all week."),
        contents("”Rain. It will rain all week.” ― Ana B. Ruiz"));
  }

  @Test
  void nestedSingleQuotesStayInside() {
    assertEquals(
        List.of("Do I think the word ‘soon’ matters?"),
        contents("“Do I think the word ‘soon’ matters?” he asked."));
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
