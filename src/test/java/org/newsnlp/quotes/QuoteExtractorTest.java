package org.newsnlp.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsnlp.model.Quote;

/**
 * Protects what the user's own example promises: the seed article's five quotations with their
 * speakers, and its three pieces of reported speech.
 */
class QuoteExtractorTest {
  private static List<Quote> seed;

  @BeforeAll
  static void extractSeed() throws Exception {
    String text = Files.readString(Path.of("seeds", "000_2a0ef4d6d7bdbffd.txt"));
    seed = QuoteExtractor.extract(Fixtures.annotated(text));
  }

  private static Quote starting(String words) {
    return seed.stream()
        .filter(q -> q.text().startsWith(words))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no quotation starts with: " + words));
  }

  @Test
  void theSeedsQuotationsHaveTheirSpeakers() {
    assertEquals("Pro-Iranian media outlets", starting("meeting of the titans.").speaker());
    assertEquals("Vladimir Putin", starting("No one can or should force").speaker());
    assertEquals("Mr. Putin", starting("No one can or should force").speakerMention());
    assertEquals("direct", starting("No one can or should force").type());
    assertEquals(
        "Vladimir Putin", starting("This should be decided only by the Syrian people.").speaker());
    assertEquals("Ali Khamenei", starting("The Syrian president has gained").speaker());
    assertEquals("Nikolay Korzhanov", starting("They will be cooperating").speaker());
  }

  @Test
  void theSeedsReportedSpeechIsFound() {
    Quote peskov = starting("the Russian president brought");
    assertEquals("indirect", peskov.type());
    assertEquals("Dmitry Peskov", peskov.speaker());
    assertEquals("person", peskov.speakerType());
    Quote khamenei = starting("that, apart from the nuclear talks");
    assertEquals("indirect", khamenei.type());
    assertEquals("Ali Khamenei", khamenei.speaker());
    Quote observers = starting("any closeness between Russia and Iran");
    assertEquals("observers", observers.speaker());
    assertEquals("group", observers.speakerType());
    assertEquals("say", observers.cue());
  }

  @Test
  void aParaphraseWithQuotedWordsIsMixedAndSpansTheParaphrase() {
    Quote hailed = starting("Mr. Putin’s visit as the “meeting of the titans");
    assertEquals("mixed", hailed.type());
    assertEquals("hailed", hailed.cue());
  }

  @Test
  void offsetsPointAtTheQuotedWords() throws Exception {
    String text = Files.readString(Path.of("seeds", "000_2a0ef4d6d7bdbffd.txt"));
    for (Quote q : seed) {
      assertEquals(q.text(), text.substring(q.start(), q.end()));
    }
    assertTrue(seed.stream().allMatch(q -> !q.text().isBlank()));
  }
}
