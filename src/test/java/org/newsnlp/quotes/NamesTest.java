package org.newsnlp.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsnlp.model.AnnotatedArticle;

/** Protects what is left of a capitalised run once the words that are no part of a name go. */
class NamesTest {

  private static List<String> nameIn(String phrase) {
    AnnotatedArticle article = Fixtures.annotated("Concert called off\n\n" + phrase);
    TokenIndex tokens = new TokenIndex(article.tokens());
    int first = article.sentences().get(1).firstToken();
    int end = article.sentences().get(1).endToken();
    while (tokens.isPunct(end - 1)) {
      end--;
    }
    Names.Name name = Names.nameOf(tokens, first, end);
    return name == null ? null : name.words();
  }

  @Test
  void aDayInThePossessiveIsNoPartOfTheName() {
    assertEquals(List.of("Glasgow"), nameIn("Tuesday's Glasgow."));
    assertEquals(List.of("Glasgow"), nameIn("Tuesday’s Glasgow."));
    assertEquals(List.of("Glasgow"), nameIn("Tuesday Glasgow."));
  }

  @Test
  void aDayAloneIsNoName() {
    assertNull(nameIn("Saturday's."));
  }
}
