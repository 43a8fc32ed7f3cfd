package org.newsnlp.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsnlp.model.ArticleLayout;
import org.newsnlp.model.Span;

/** Protects the headline, publisher and paragraph heuristics documented in the README. */
class LayoutReaderTest {
  @Test
  void sourceLineGivesHeadlineAndPublisherAndSkipsTheSiteName() {
    String text =
        "Site Name\n\nBig Story Here\n\nFirst paragraph.\n\nSecond one.\n\n"
            + "Source: Big Story Here – WSJ\n";
    ArticleLayout layout = LayoutReader.read(text);
    assertEquals("Big Story Here", layout.headline());
    assertEquals("Big Story Here", layout.originalHeadline());
    assertEquals("WSJ", layout.publisher());
    assertEquals(11, layout.headlineStart());
    assertEquals(List.of(new Span(27, 43), new Span(45, 56)), layout.bodyParagraphs());
  }

  @Test
  void firstShortLineIsTheHeadlineWithoutSourceLine() {
    ArticleLayout layout = LayoutReader.read("Ad sales boost profit\n\nProfits rose.\n\nMore.\n");
    assertEquals("Ad sales boost profit", layout.headline());
    assertEquals("", layout.publisher());
    assertEquals(2, layout.bodyParagraphs().size());
  }

  @Test
  void noHeadlineWhenTheTextIsOneParagraph() {
    ArticleLayout layout = LayoutReader.read("Just one paragraph of text.");
    assertFalse(layout.hasHeadline());
    assertEquals(List.of(new Span(0, 27)), layout.bodyParagraphs());
  }

  @Test
  void paragraphsSplitAtBlankLinesWithCrlfAndTrimmed() {
    String text = "  One\r\nline two\r\n \r\nThree\r\rFour";
    assertEquals(
        List.of(new Span(2, 15), new Span(20, 25), new Span(27, 31)),
        LayoutReader.paragraphs(text));
  }

  @Test
  void hyphenAndEmDashSeparatePublisherToo() {
    assertEquals("Reuters", LayoutReader.read("H\n\nA.\n\nB.\n\nSource: H - Reuters").publisher());
    assertEquals("AP", LayoutReader.read("H\n\nA.\n\nB.\n\nSource: H — AP").publisher());
  }

  @Test
  void aLastParagraphLongerThanACreditLineIsBody() {
    // twenty thousand " - " and a carriage return: the credit-line pattern was
    // quadratic in it
    String last = "Source: " + "a - ".repeat(20_000) + "\rb";
    ArticleLayout layout = LayoutReader.read("Head\n\nBody one.\n\n" + last);
    assertEquals("", layout.publisher());
    assertEquals(2, layout.bodyParagraphs().size());
    ArticleLayout credited =
        LayoutReader.read("Head\n\nBody one.\n\nMore.\n\nSource: Head – The Daily Planet");
    assertEquals("The Daily Planet", credited.publisher());
  }
}
