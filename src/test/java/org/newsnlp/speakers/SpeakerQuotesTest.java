package org.newsnlp.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsnlp.annotate.Annotator;
import org.newsnlp.annotate.Models;
import org.newsnlp.model.AnnotatedArticle;
import org.newsnlp.model.Article;
import org.newsnlp.model.ArticleMetadata;
import org.newsnlp.model.Quote;
import org.newsnlp.model.QuotedArticle;
import org.newsnlp.model.SpeakerQuote;
import org.newsnlp.read.LayoutReader;

/**
 * Protects what speakers.csv takes of each quotes.csv row: only rows with a speaker, with their
 * quoted words counted on the annotator's own tokens, as documents.csv counts them ("don't" is one
 * token, one word).
 */
class SpeakerQuotesTest {
  static final String TEXT =
      "Bridge Reopens\n\n"
          + "\"We don't stop, we finished early,\" said Ingrid Halvorsen. Drivers said the queues"
          + " had gone. \"Never again.\"\n";

  static Quote quote(int index, String type, String words, String speaker, String speakerType) {
    int start = TEXT.indexOf(words);
    return new Quote(
        "bridge",
        index,
        type,
        words,
        start,
        start + words.length(),
        speaker,
        speaker,
        speakerType,
        "",
        "said",
        "",
        1,
        1);
  }

  @Test
  void takesTheRowsWithASpeakerWithTheirQuotedWords() {
    Article article =
        new Article(
            "bridge", "/in/bridge.txt", TEXT, "UTF-8", TEXT.length(), LayoutReader.read(TEXT));
    AnnotatedArticle annotated = new Annotator(Models.english()).annotate(article);
    List<Quote> quotes =
        List.of(
            quote(0, "direct", "We don't stop, we finished early,", "Ingrid Halvorsen", "person"),
            quote(1, "indirect", "the queues had gone", "Drivers", "group"),
            quote(2, "direct", "Never again.", "", ""));
    assertEquals(
        List.of(
            new SpeakerQuote("bridge", "Ingrid Halvorsen", "person", "", "direct", 6, ""),
            new SpeakerQuote("bridge", "Drivers", "group", "", "indirect", 0, "")),
        SpeakerQuotes.of(new QuotedArticle(annotated, quotes)),
        "a text file has no date");
    Article dated =
        new Article(
            article.docId(),
            article.path(),
            article.text(),
            article.encoding(),
            article.sizeBytes(),
            article.layout(),
            new ArticleMetadata("2019-01-04T23:40:00-05:00", "", "", List.of(), ""));
    assertEquals(
        List.of("2019-01-04", "2019-01-04"),
        SpeakerQuotes.of(
                new QuotedArticle(
                    new AnnotatedArticle(
                        dated, annotated.paragraphs(), annotated.sentences(), annotated.tokens()),
                    quotes))
            .stream()
            .map(SpeakerQuote::published)
            .toList(),
        "the date the outlet printed, whatever its offset");
  }
}
