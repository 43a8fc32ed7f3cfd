package org.newsnlp.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsnlp.model.AnnotatedArticle;
import org.newsnlp.model.Article;
import org.newsnlp.read.LayoutReader;

/**
 * Protects sentence splitting in news text: titles and "U.S." do not end sentences, the headline is
 * its own unit, every token carries offsets into the original text, curly apostrophes included.
 */
class AnnotatorAbbreviationTest {
  static AnnotatedArticle annotate(String text) {
    Article article =
        new Article("t", "/t.txt", text, "UTF-8", text.length(), LayoutReader.read(text));
    return new Annotator(Models.english()).annotate(article);
  }

  static List<String> sentences(AnnotatedArticle a) {
    return a.sentences().stream().map(s -> a.text().substring(s.start(), s.end())).toList();
  }

  @Test
  void titlesAndDottedAbbreviationsDoNotEndSentences() {
    String text =
        "Leaders Meet\n\n"
            + "Syria dominated the meeting between Messrs. Putin and Khamenei, where both criticized"
            + " the U.S. and other Western nations. Mr. Putin arrived on Monday.\n\n"
            + "Dr. Jones agreed.\n";
    assertEquals(
        List.of(
            "Leaders Meet",
            "Syria dominated the meeting between Messrs. Putin and Khamenei, where both criticized"
                + " the U.S. and other Western nations.",
            "Mr. Putin arrived on Monday.",
            "Dr. Jones agreed."),
        sentences(annotate(text)));
  }

  @Test
  void tokensPointIntoTheOriginalTextWithCurlyApostrophes() {
    AnnotatedArticle a = annotate("Title Here\n\nIran’s leader met Putin’s envoy.\n\nEnd.\n");
    for (AnnotatedArticle.Token t : a.tokens()) {
      assertEquals(t.text(), a.text().substring(t.start(), t.end()));
    }
    AnnotatedArticle.Token met =
        a.tokens().stream().filter(t -> t.text().equals("met")).findFirst().orElseThrow();
    assertEquals("VERB", met.upos());
    assertEquals("meet", met.lemma());
    assertEquals(3, a.sentences().size());
  }
}
