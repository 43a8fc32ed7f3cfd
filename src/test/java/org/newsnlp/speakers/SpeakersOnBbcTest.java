package org.newsnlp.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsnlp.NewsNlp;

/**
 * Protects issue 12's promises for speakers.csv on news nobody here wrote, the 2,225 BBC articles
 * of ../shared (skipped when absent): no two names that differ only by case, no single-name person
 * left apart from their one full name, and every attributed row of quotes.csv counted once, in the
 * row that names it, with its document and type ({@link SpeakersTable}).
 */
class SpeakersOnBbcTest {
  static final Path BBC = Path.of("../shared/corpora/news/bbc");

  @Test
  @Timeout(1800)
  void theBbcSpeakersAddUpToItsQuotes(@TempDir Path out) throws IOException {
    assumeTrue(
        Files.isDirectory(BBC),
        BBC + " is absent: the speakers table is checked on seeds/ only (NewsNlpEndToEndTest)");
    assertEquals(
        NewsNlp.EXIT_OK,
        NewsNlp.run(new String[] {"--inputs=" + BBC, "--output=" + out, "--progressSeconds=0"}));
    assertEquals(java.util.List.of(), SpeakersTable.problems(out));
  }
}
