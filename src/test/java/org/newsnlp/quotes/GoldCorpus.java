package org.newsnlp.quotes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.newsnlp.annotate.Annotator;
import org.newsnlp.annotate.Models;
import org.newsnlp.model.AnnotatedArticle;
import org.newsnlp.model.Article;
import org.newsnlp.read.LayoutReader;
import org.newsnlp.read.TextDecoder;

/**
 * The PolNeAR articles of one split in {@code ../shared/eval/quotes/}, read and annotated as the
 * pipeline reads them. The corpus stays outside the repository; tests only point at it.
 */
final class GoldCorpus {
  static final Path ROOT = Path.of("..", "shared", "eval", "quotes");

  private GoldCorpus() {}

  static Path split(String name) {
    return ROOT.resolve(name);
  }

  static boolean present(String name) {
    return Files.isRegularFile(split(name).resolve("gold.csv"));
  }

  /** Every {@code .txt} of the split, decoded and annotated, in file-name order. */
  static List<AnnotatedArticle> annotate(String name) throws IOException {
    Annotator annotator = new Annotator(Models.english());
    List<AnnotatedArticle> result = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(split(name))) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
      if (!decoded.ok()) {
        continue;
      }
      String id = file.getFileName().toString().replaceFirst("\\.txt$", "");
      Article article =
          new Article(
              id,
              file.toString(),
              decoded.text(),
              decoded.encoding(),
              bytes.length,
              LayoutReader.read(decoded.text()));
      result.add(annotator.annotate(article));
    }
    return result;
  }
}
