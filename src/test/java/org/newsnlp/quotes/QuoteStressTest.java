package org.newsnlp.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.newsnlp.model.AnnotatedArticle;
import org.newsnlp.model.Deadline;
import org.newsnlp.model.Quote;
import org.newsnlp.model.Span;

/**
 * The quote-mark stress set of issue 3, generated here rather than copied from any corpus:
 * unbalanced marks, a 5,000-word quotation, 10,000 marks in one file, marks only. No exception, and
 * no output larger than the text can hold. And the shapes of issue 13 that made the pairing of
 * quotations with reported speech, names and earlier sentences quadratic: the rows are the ones the
 * all-against-all code gave (the timeouts only guard against a hang; speed is the benchmark's).
 */
class QuoteStressTest {

  private static List<QuoteMarks.Passage> marks(String text) {
    return QuoteMarks.find(text, List.of(new Span(0, text.length())));
  }

  @Test
  void anUnclosedMarkEndsWithItsParagraph() {
    String first = "He said “this never closes.";
    String text = first + "\n\nThe next paragraph is the writer's own.";
    List<QuoteMarks.Passage> found =
        QuoteMarks.find(
            text,
            List.of(new Span(0, first.length()), new Span(first.length() + 2, text.length())));
    assertEquals(1, found.size());
    assertEquals("this never closes.", found.get(0).content().of(text));
    assertEquals(false, found.get(0).closed());
  }

  @Test
  void aStrayClosingMarkIsIgnored() {
    String text = "Nothing opens here” but “this does.”";
    List<QuoteMarks.Passage> found = marks(text);
    assertEquals(1, found.size());
    assertEquals("this does.", found.get(0).content().of(text));
  }

  @Test
  void aFiveThousandWordQuotationIsOnePassage() {
    StringBuilder b = new StringBuilder("“");
    for (int i = 0; i < 5000; i++) {
      b.append(i == 0 ? "" : " ").append("word").append(i);
    }
    b.append(",” the senator said.");
    String text = b.toString();
    List<QuoteMarks.Passage> found = marks(text);
    assertEquals(1, found.size());
    assertEquals(5000, found.get(0).content().of(text).split(" ").length);
  }

  @Test
  void tenThousandMarksGiveAtMostOnePassagePerPair() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      b.append(i % 2 == 0 ? "“a " : "b” ");
    }
    String text = b.toString();
    List<QuoteMarks.Passage> found = marks(text);
    assertEquals(5_000, found.size());
  }

  @Test
  void marksOnlyGiveNothing() {
    assertTrue(marks("“”\"\"«»''‘’").isEmpty());
    assertTrue(marks("\"\"\"\"\"\"\"\"\"\"\"").isEmpty());
  }

  @Test
  void theExtractorSurvivesTheStressSet() {
    StringBuilder big = new StringBuilder("“");
    for (int i = 0; i < 5000; i++) {
      big.append("word ");
    }
    big.append("”");
    // 10,000 marks, in paragraphs of 100: one paragraph of 10,000 marks is a single run-on
    // sentence that the annotation stage (not this package) takes half a minute to tag
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      many.append(i % 3 == 0 ? "\" " : "“x” ").append(i % 100 == 99 ? "\n\n" : "");
    }
    List<String> texts =
        List.of(
            "Headline.\n\n“Unbalanced, he said.\n\nAnd “again” and ” and “ and \" stray.",
            "Headline.\n\n" + big + " said Mr. Smith.",
            "Headline.\n\n" + many,
            "“”\n\n\"\"\"\n\n«»");
    for (String text : texts) {
      List<Quote> quotes = new ArrayList<>(QuoteExtractor.extract(Fixtures.annotated(text)));
      assertTrue(quotes.size() <= text.length() / 2, "runaway output: " + quotes.size());
      for (Quote q : quotes) {
        assertTrue(q.start() >= 0 && q.end() <= text.length() && q.start() <= q.end());
      }
    }
  }

  private static String row(Quote q) {
    return String.join(
        "|", q.type(), q.text(), q.speaker(), q.speakerMention(), q.speakerType(), q.cue());
  }

  @Test
  @Timeout(120)
  void aParagraphDenseWithQuotationsAndCuesIsOneRowPerAttribution() {
    String text = "Headline\n\n" + "Mr. Smith said \"yes,\" and Ms. Jones said that ".repeat(2000);
    List<Quote> quotes = QuoteExtractor.extract(Fixtures.annotated(text));
    // one row per attribution: each "yes" is Mr. Smith's, and Ms. Jones's "that" before his cue
    // leaves too little of her statement for a row of its own
    assertEquals(2000, quotes.size());
    for (Quote q : quotes) {
      assertEquals("mixed|yes,|Smith|Mr. Smith|person|said", row(q));
    }
    Quote last = quotes.get(1999);
    assertEquals("mixed|yes,|Smith|Mr. Smith|person|said", row(last));
    assertEquals(91980, last.start());
    assertEquals(91984, last.end());
  }

  @Test
  @Timeout(120)
  void aThousandPronounsAfterQuotedNamesGoBackToTheWritersName() {
    String text =
        "Harbor news\n\nAna Ruiz spoke first.\n\n"
            + "\"John Smith is here,\" he said. ".repeat(1000);
    List<Quote> quotes = QuoteExtractor.extract(Fixtures.annotated(text));
    assertEquals(1000, quotes.size());
    for (Quote q : quotes) {
      assertEquals("direct|John Smith is here,|Ana Ruiz|he|person|said", row(q));
    }
    assertEquals(1001, quotes.get(999).sentenceIndex());
  }

  @Test
  void aRunOfAHundredNamesIsNoOnesName() {
    // a list or a page in capitals, not a speaker of a hundred words: "he" goes back past it
    String text =
        "Harbor news\n\nAna Ruiz spoke first.\n\n"
            + "John Smith ".repeat(50)
            + "arrived. \"Yes and no and maybe,\" he said.";
    List<Quote> quotes = QuoteExtractor.extract(Fixtures.annotated(text));
    assertEquals(1, quotes.size());
    assertEquals("direct|Yes and no and maybe,|Ana Ruiz|he|person|said", row(quotes.get(0)));
  }

  @Test
  void aDocumentOverItsTimeStopsAtTheFirstQuotation() {
    AnnotatedArticle article = Fixtures.annotated("Harbor news\n\n\"Yes,\" she said.");
    assertEquals(1, QuoteExtractor.extract(article, Deadline.after(3600)).size());
    assertThrows(
        Deadline.Exceeded.class, () -> QuoteExtractor.extract(article, Deadline.after(1e-12)));
  }
}
