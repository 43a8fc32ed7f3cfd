package org.newsnlp.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.newsnlp.model.Article;
import org.newsnlp.read.LayoutReader;
import org.newsnlp.read.TextDecoder;

/**
 * The articles of a corpus folder: every {@code *.txt} file below it, in path order, except READMEs
 * and anything under a {@code LICENSES} folder (the shared news corpus keeps its licence texts
 * there).
 */
final class Corpus {
  private Corpus() {}

  static List<Path> files(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
          .filter(p -> !p.getFileName().toString().toLowerCase(Locale.ROOT).startsWith("readme"))
          .filter(p -> !root.relativize(p).toString().contains("LICENSES"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The files decoded as the read stage decodes them; undecodable ones are left out. */
  static List<Article> articles(Path root, List<Path> files) {
    List<Article> articles = new ArrayList<>(files.size());
    for (Path file : files) {
      try {
        byte[] bytes = Files.readAllBytes(file);
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        if (decoded.ok()) {
          articles.add(
              new Article(
                  root.relativize(file).toString(),
                  file.toString(),
                  decoded.text(),
                  decoded.encoding(),
                  bytes.length,
                  LayoutReader.read(decoded.text())));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return articles;
  }
}
