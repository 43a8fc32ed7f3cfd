package org.newsnlp.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsnlp.model.Quote;

/**
 * Protects what the user's own example promises (issue 12): the seed article's five quotations and
 * its reported statements, each in exactly one row, no two rows sharing a character, with their
 * speakers named for a pivot table, the role the article gives them, and the outlet credited
 * besides the speaker ({@code via}).
 */
class QuoteExtractorTest {
  private static List<Quote> seed;

  @BeforeAll
  static void extractSeed() throws Exception {
    String text = Files.readString(Path.of("seeds", "000_2a0ef4d6d7bdbffd.txt"));
    seed = QuoteExtractor.extract(Fixtures.annotated(text));
  }

  /** Type, opening words, speaker, speaker type, role, cue and via of each row, in text order. */
  @Test
  void theSeedGivesOneRowPerQuotationAndStatement() {
    List<String> rows = new ArrayList<>();
    for (Quote q : seed) {
      rows.add(
          String.join(
              " | ",
              q.type(),
              q.text().substring(0, Math.min(24, q.text().length())),
              q.speaker(),
              q.speakerType(),
              q.speakerRole(),
              q.cue(),
              q.via()));
    }
    assertEquals(
        List.of(
            "indirect | the Russian president br | Dmitry Peskov | person | Kremlin spokesman"
                + " | said | ",
            "mixed | Mr. Putin’s visit as the | pro-Iranian media outlets | group |  | hailed | ",
            // "according to" with no one else named: the source is the speaker
            "indirect | With the help of Russian | Syrian state media | organization |  "
                + "| according to | ",
            "direct | No one can or should for | Vladimir Putin | person |  | said | ",
            "direct | This should be decided o | Vladimir Putin | person |  |  | ",
            // "…,” Mr. Khamenei said, according to Iran’s official IRNA news agency": one row
            "direct | The Syrian president has | Ali Khamenei | person |  | said | IRNA",
            // "The supreme leader praised Russia for … and accused the U.S. of …": two statements
            "indirect | Russia for countering Wa | Ali Khamenei | person | supreme leader"
                + " | praised | ",
            "indirect | the U.S. of not being tr | Ali Khamenei | person | supreme leader"
                + " | accused | ",
            // "According to IRNA, Mr. Khamenei said that …": one row
            "indirect | that, apart from the nuc | Ali Khamenei | person |  | said | IRNA",
            "indirect | any closeness between Ru | observers | group |  | say | ",
            "direct | They will be cooperating | Nikolay Korzhanov | person | former Russian"
                + " diplomat in Tehran | said | "),
        rows);
  }

  @Test
  void noTwoRowsShareACharacter() {
    for (int i = 1; i < seed.size(); i++) {
      assertTrue(seed.get(i - 1).end() <= seed.get(i).start(), seed.get(i).text());
    }
  }

  @Test
  void theMixedRowHoldsItsQuotedWords() {
    Quote hailed = seed.get(1);
    assertEquals("Mr. Putin’s visit as the “meeting of the titans.", hailed.text());
    assertEquals("Pro-Iranian media outlets", hailed.speakerMention());
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
