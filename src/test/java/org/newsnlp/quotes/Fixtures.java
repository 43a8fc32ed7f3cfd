package org.newsnlp.quotes;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.newsnlp.annotate.Annotator;
import org.newsnlp.annotate.Models;
import org.newsnlp.model.AnnotatedArticle;
import org.newsnlp.model.Article;
import org.newsnlp.model.Quote;
import org.newsnlp.read.LayoutReader;

/** Articles for quote tests, annotated by the real models so that tags are what the code sees. */
final class Fixtures {
  private static final Models MODELS = Models.english();

  private Fixtures() {}

  /** {@code text} (headline, blank line, body) read and annotated as the pipeline would. */
  static AnnotatedArticle annotated(String text) {
    Article article =
        new Article(
            "fixture",
            "fixture.txt",
            text,
            "UTF-8",
            text.getBytes(StandardCharsets.UTF_8).length,
            LayoutReader.read(text));
    return new Annotator(MODELS).annotate(article);
  }

  /** The quotations found in {@code body}, as the paragraph after a short headline. */
  static List<Quote> quotes(String body) {
    return QuoteExtractor.extract(annotated("Harbor news\n\n" + body + "\n"));
  }

  /** The first of {@code quotes} whose text starts with {@code words}. */
  static Quote starting(List<Quote> quotes, String words) {
    return quotes.stream()
        .filter(q -> q.text().startsWith(words))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no quotation starts with: " + words + " in " + quotes));
  }
}
