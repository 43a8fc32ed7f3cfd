package org.newsnlp.annotate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.api.Test;

/**
 * The cached tokenizer must give exactly {@link TokenizerME}'s tokens: on the seeds, on invented
 * awkward text, and (when {@code ../shared} is beside the project) on every 20th article of the
 * news corpus, each text tokenized twice so that the second pass comes from the cache.
 */
class CachedTokenizerTest {
  private static final Path CORPUS = Path.of("../shared/corpora/news");

  @Test
  void givesTokenizerMesTokens() throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
      for (Path seed : seeds.sorted().toList()) {
        texts.add(Files.readString(seed, StandardCharsets.UTF_8));
      }
    }
    texts.add("\"Yes,\" she said. (It's 9:30 a.m.) U.S.-based e-mail: don't! ... x  y\t\tz \u00a0 \"\"");
    texts.add("a");
    texts.add("");
    texts.add("   ");
    if (Files.isDirectory(CORPUS)) {
      try (Stream<Path> files = Files.walk(CORPUS)) {
        List<Path> all =
            files.filter(f -> f.toString().endsWith(".txt") && !f.toString().contains("LICENSES"))
                .sorted()
                .toList();
        for (int i = 0; i < all.size(); i += 20) {
          texts.add(Files.readString(all.get(i), StandardCharsets.ISO_8859_1));
        }
      }
    }
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
