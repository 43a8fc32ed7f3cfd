package org.newsnlp.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.util.CoderUtils;
import org.junit.jupiter.api.Test;
import org.newsnlp.annotate.Annotator;
import org.newsnlp.annotate.Models;
import org.newsnlp.model.AnnotatedArticle.Paragraph;
import org.newsnlp.model.AnnotatedArticle.Sentence;
import org.newsnlp.model.AnnotatedArticle.Token;
import org.newsnlp.read.LayoutReader;
import org.newsnlp.read.TextDecoder;

/**
 * Protects what Flink and Spark rely on when they copy or ship the big values between steps:
 * the compact coders give back an equal value, and they are smaller than Java serialization.
 */
class CompactCodersTest {
  private static Article seed() throws Exception {
    Path file = Path.of("seeds/000_2a0ef4d6d7bdbffd.txt");
    byte[] bytes = Files.readAllBytes(file);
    String text = TextDecoder.decode(bytes).text();
    return new Article("000", file.toString(), text, "UTF-8", bytes.length, LayoutReader.read(text));
  }

  private static <T> T roundTrip(Coder<T> coder, T value) throws Exception {
    return CoderUtils.decodeFromByteArray(coder, CoderUtils.encodeToByteArray(coder, value));
  }

  @Test
  void articlesAndAnnotatedArticlesSurviveEncoding() throws Exception {
    Article article = seed();
    assertEquals(article, roundTrip(ArticleCoder.of(), article));
    AnnotatedArticle annotated = new Annotator(Models.english()).annotate(article);
    assertEquals(annotated, roundTrip(AnnotatedArticleCoder.of(), annotated));
    QuotedArticle quoted =
        new QuotedArticle(
            annotated,
            List.of(new Quote("000", 0, "direct", "Hi", 3, 5, "A B", "B", "person", "said", 1, 2)));
    assertEquals(quoted, roundTrip(QuotedArticleCoder.of(), quoted));

    int compact = CoderUtils.encodeToByteArray(AnnotatedArticleCoder.of(), annotated).length;
    int serialized =
        CoderUtils.encodeToByteArray(SerializableCoder.of(AnnotatedArticle.class), annotated).length;
    assertTrue(compact * 2 < serialized, compact + " bytes compact vs " + serialized + " serialized");
  }

  @Test
  void aTokenWhoseTextIsNotTheArticlesKeepsItsOwnText() throws Exception {
    ArticleLayout layout = new ArticleLayout("", -1, -1, "", "", List.of(new Span(0, 9)));
    Article article = new Article("x", "/x.txt", "Hi there.", "UTF-8", 9, layout);
    AnnotatedArticle annotated =
        new AnnotatedArticle(
            article,
            List.of(new Paragraph(0, 0, 9, false)),
            List.of(new Sentence(0, 0, 9, 0, 0, 2)),
            List.of(
                new Token(0, 2, "Hi", "INTJ", "hi", 0),
                new Token(3, 8, "THERE", "ADV", "there", 0)));
    assertEquals(annotated, roundTrip(AnnotatedArticleCoder.of(), annotated));
  }
}
