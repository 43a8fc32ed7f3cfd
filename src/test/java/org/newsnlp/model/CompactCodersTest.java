package org.newsnlp.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.util.CoderUtils;
import org.junit.jupiter.api.Test;
import org.newsnlp.annotate.Annotator;
import org.newsnlp.annotate.Models;
import org.newsnlp.read.LayoutReader;
import org.newsnlp.read.TextDecoder;
import org.newsnlp.stats.DocumentStatsCalculator;

/**
 * Protects what Flink and Spark rely on when they copy or ship values between steps: the compact
 * coders and the record coder of the row types give back an equal value, and they are smaller than
 * Java serialization.
 */
class CompactCodersTest {
  private static Article seed() throws Exception {
    Path file = Path.of("seeds/000_2a0ef4d6d7bdbffd.txt");
    byte[] bytes = Files.readAllBytes(file);
    String text = TextDecoder.decode(bytes).text();
    return new Article(
        "000", file.toString(), text, "UTF-8", bytes.length, LayoutReader.read(text));
  }

  private static <T> T roundTrip(Coder<T> coder, T value) throws Exception {
    return CoderUtils.decodeFromByteArray(coder, CoderUtils.encodeToByteArray(coder, value));
  }

  @Test
  void articlesSurviveEncodingAndAreSmallerThanSerialized() throws Exception {
    Article article = seed();
    assertEquals(article, roundTrip(ArticleCoder.of(), article));
    int compact = CoderUtils.encodeToByteArray(ArticleCoder.of(), article).length;
    int serialized =
        CoderUtils.encodeToByteArray(SerializableCoder.of(Article.class), article).length;
    assertTrue(compact < serialized, compact + " bytes compact vs " + serialized + " serialized");
  }

  @Test
  void rowsSurviveTheRecordCoder() throws Exception {
    CoderRegistry registry = CoderRegistry.createDefault();
    Article article = seed();
    AnnotatedArticle annotated = new Annotator(Models.english()).annotate(article);
    Quote quote =
        new Quote(
            "000", 0, "indirect", "Hi", 3, 5, "A B", "B", "person", "Mayor", "", "Post", 1, 2);
    DocumentStats english =
        DocumentStatsCalculator.compute(new QuotedArticle(annotated, List.of(quote)));
    // Not English: the English-only counts are null and the formulas NaN.
    String german = "Der Stadtrat hat am Dienstag einen Haushalt beschlossen.";
    Article other =
        new Article(
            "001",
            "/x.txt",
            german,
            "UTF-8",
            german.length(),
            new ArticleLayout("", -1, -1, "", "", List.of(new Span(0, german.length()))));
    DocumentStats notEnglish =
        DocumentStatsCalculator.compute(
            new QuotedArticle(new Annotator(Models.english()).annotate(other), List.of()));
    assertEquals(null, notEnglish.syllables());
    Coder<DocumentStats> stats = registry.getCoder(DocumentStats.class);
    assertInstanceOf(RecordCoder.class, stats);
    assertEquals(english, roundTrip(stats, english));
    assertEquals(notEnglish, roundTrip(stats, notEnglish));
    assertEquals(english.toCsv(), roundTrip(stats, english).toCsv());
    assertEquals(notEnglish.toCsv(), roundTrip(stats, notEnglish).toCsv());

    Coder<Quote> quotes = registry.getCoder(Quote.class);
    assertInstanceOf(RecordCoder.class, quotes);
    assertEquals(quote, roundTrip(quotes, quote));
    Quote withNulls =
        new Quote("000", 1, "direct", "Hi", 3, 5, null, null, null, null, null, null, -1, 0);
    assertEquals(withNulls, roundTrip(quotes, withNulls));
    RejectedInput rejected = new RejectedInput("/x", "read", "too_large", "2 MB over");
    assertEquals(rejected, roundTrip(registry.getCoder(RejectedInput.class), rejected));
    InputFile input = new InputFile("/x", "ab12", 1L << 40, InputFile.PROCESSED);
    assertEquals(input, roundTrip(registry.getCoder(InputFile.class), input));
    SpeakerQuote spoken = new SpeakerQuote("000", "A B", "person", "", "direct", 4, "2019-01-04");
    assertEquals(spoken, roundTrip(registry.getCoder(SpeakerQuote.class), spoken));
    SpeakerStats speaker =
        new SpeakerStats(
            "A B",
            "person",
            2,
            3,
            1,
            1,
            1,
            9L,
            List.of("A B", "B"),
            List.of(),
            "2019-01-03",
            "2019-01-04");
    Coder<SpeakerStats> speakers = registry.getCoder(SpeakerStats.class);
    assertEquals(speaker, roundTrip(speakers, speaker));
    speakers.verifyDeterministic();

    int compact = CoderUtils.encodeToByteArray(stats, english).length;
    int serialized =
        CoderUtils.encodeToByteArray(SerializableCoder.of(DocumentStats.class), english).length;
    assertTrue(
        compact * 2 < serialized, compact + " bytes compact vs " + serialized + " serialized");
    assertEquals(RecordCoder.of(Quote.class), quotes);
    assertNotEquals(RecordCoder.of(Quote.class), RecordCoder.of(RejectedInput.class));
    assertThrows(IllegalArgumentException.class, () -> RecordCoder.of(Unsupported.class));
  }

  /** A record with a component type the coder does not know. */
  record Unsupported(List<Integer> counts) {}
}
