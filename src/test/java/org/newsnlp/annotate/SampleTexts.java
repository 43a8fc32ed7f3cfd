package org.newsnlp.annotate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;

/**
 * Texts for the tests that compare a faster step with OpenNLP's own: the seeds, the given invented
 * texts, and every 20th article of {@code ../shared/corpora/news} when it is beside the project
 * (read as ISO-8859-1, so that any bytes make a text).
 */
final class SampleTexts {
  private static final Path CORPUS = Path.of("../shared/corpora/news");

  private SampleTexts() {}

  static List<String> seedsInventedAndNews(String... invented) throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
      for (Path seed : seeds.sorted().toList()) {
        texts.add(Files.readString(seed, StandardCharsets.UTF_8));
      }
    }
    texts.addAll(List.of(invented));
    if (Files.isDirectory(CORPUS)) {
      try (Stream<Path> files = Files.walk(CORPUS)) {
        List<Path> all =
            files
                .filter(f -> f.toString().endsWith(".txt") && !f.toString().contains("LICENSES"))
                .sorted()
                .toList();
        for (int i = 0; i < all.size(); i += 20) {
          texts.add(Files.readString(all.get(i), StandardCharsets.ISO_8859_1));
        }
      }
    }
    return texts;
  }

  /**
   * The words of every sentence of {@code texts}, split as the annotator's models split them (after
   * {@link ModelText}, paragraph by paragraph), with OpenNLP's own detector and tokenizer.
   */
  static List<String[]> sentenceWords(List<String> texts, Models models) {
    SentenceDetectorME sentences = new SentenceDetectorME(models.sentences());
    TokenizerME tokenizer = new TokenizerME(models.tokens());
    List<String[]> words = new ArrayList<>();
    for (String text : texts) {
      for (String paragraph : ModelText.of(text).split("\n")) {
        for (String sentence : sentences.sentDetect(paragraph)) {
          words.add(tokenizer.tokenize(sentence));
        }
      }
    }
    return words;
  }
}
