package org.newsnlp.annotate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.api.Test;

/**
 * The cached tokenizer must give exactly {@link TokenizerME}'s tokens: on the seeds, on invented
 * awkward text, and (when {@code ../shared} is beside the project) on every 20th article of the
 * news corpus, each text tokenized twice so that the second pass comes from the cache.
 */
class CachedTokenizerTest {
  @Test
  void givesTokenizerMesTokens() throws IOException {
    List<String> texts =
        SampleTexts.seedsInventedAndNews(
            "\"Yes,\" she said. (It's 9:30 a.m.) U.S.-based e-mail: don't! ... x  y\t\tz \u00a0 \"\"",
            "a",
            "",
            "   ");
    TokenizerME plain = new TokenizerME(Models.english().tokens());
    CachedTokenizer cached = new CachedTokenizer(Models.english().tokens());
    long tokens = 0;
    for (int round = 0; round < 2; round++) {
      for (String text : texts) {
        for (String line : ModelText.of(text).split("\n")) {
          var expected = plain.tokenizePos(line);
          assertArrayEquals(expected, cached.tokenizePos(line), line);
          tokens += expected.length;
        }
      }
    }
    assertTrue(tokens > 2_000, "compared " + tokens + " tokens");
  }
}
