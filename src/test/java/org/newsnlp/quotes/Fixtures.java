package org.newsnlp.quotes;

import java.nio.charset.StandardCharsets;
import org.newsnlp.annotate.Annotator;
import org.newsnlp.annotate.Models;
import org.newsnlp.model.AnnotatedArticle;
import org.newsnlp.model.Article;
import org.newsnlp.read.LayoutReader;

/** Articles for quote tests, annotated by the real models so that tags are what the code sees. */
final class Fixtures {
  private static final Models MODELS = Models.english();

  private Fixtures() {}

  /** {@code text} (headline, blank line, body) read and annotated as the pipeline would. */
  static AnnotatedArticle annotated(String text) {
    Article article = new Article("fixture", "fixture.txt", text, "UTF-8",
        text.getBytes(StandardCharsets.UTF_8).length, LayoutReader.read(text));
    return new Annotator(MODELS).annotate(article);
  }
}
