package org.newsnlp.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsnlp.model.AnnotatedArticle;
import org.newsnlp.model.AnnotatedArticle.Paragraph;
import org.newsnlp.model.AnnotatedArticle.Sentence;
import org.newsnlp.model.AnnotatedArticle.Token;
import org.newsnlp.model.Article;
import org.newsnlp.read.LayoutReader;

/** Protects the tokens.csv rows: indices per sentence, offsets into the text, tags and lemmas. */
class TokenTableTest {
  @Test
  void oneRowPerTokenWithSentenceAndTokenIndex() {
    String text = "Hi there. I'm off.";
    Article article = new Article("doc", "/doc.txt", text, "UTF-8", 18, LayoutReader.read(text));
    AnnotatedArticle a =
        new AnnotatedArticle(
            article,
            List.of(new Paragraph(0, 0, 18, false)),
            List.of(new Sentence(0, 0, 9, 0, 0, 3), new Sentence(1, 10, 18, 0, 3, 6)),
            List.of(
                new Token(0, 2, "Hi", "INTJ", "hi", 0),
                new Token(3, 8, "there", "ADV", "there", 0),
                new Token(8, 9, ".", "PUNCT", ".", 0),
                new Token(10, 13, "I'm", "PRON+AUX", "I'm", 1),
                new Token(14, 17, "off", "ADV", "off", 1),
                new Token(17, 18, ".", "PUNCT", ".", 1)));
    List<List<String>> rows = TokenTable.rows(a);
    assertEquals(6, rows.size());
    assertEquals(List.of("doc", "0", "0", "0", "2", "Hi", "INTJ", "hi"), rows.get(0));
    assertEquals(List.of("doc", "1", "0", "10", "13", "I'm", "PRON+AUX", "I'm"), rows.get(3));
    assertEquals(TokenTable.header().size(), rows.get(5).size());
    assertEquals("doc\u00000000000010", TokenTable.sortKey(rows.get(3)));
  }
}
