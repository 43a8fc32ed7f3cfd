package org.newsnlp.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.newsnlp.model.Article;
import org.newsnlp.run.RunFolder;

/** The input folders the timed runs read, made under the work folder from the corpus's files. */
final class StagedInputs {
  /** A folder holding one JSON Lines file, and that file's size uncompressed. */
  record JsonLines(Path folder, long bytes) {}

  private final Path work;
  private final Path root;
  private final List<Path> files;

  StagedInputs(Path work, Path root, List<Path> files) {
    this.work = work;
    this.root = root;
    this.files = files;
  }

  /** A folder of links to the corpus files, {@code scale} times over under new ids. */
  Path files(int scale, String name) throws IOException {
    return files(files, scale, name);
  }

  /** A folder of links to {@code chosen}, {@code scale} times over under new ids. */
  Path files(List<Path> chosen, int scale, String name) throws IOException {
    Path dir = work.resolve("input-" + name);
    if (Files.isDirectory(dir)) {
      return dir;
    }
    for (int copy = 0; copy < scale; copy++) {
      for (Path file : chosen) {
        Path link = dir.resolve("copy" + copy).resolve(root.relativize(file).toString());
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, file);
      }
    }
    return dir;
  }

  /**
   * A folder holding one JSON Lines file of the corpus, {@code scale} times over under new ids, in
   * news-please's field names: {@code id} the file's path without {@code .txt} (under {@code
   * copy<k>/}), {@code title} its first paragraph, {@code maintext} the text after it, so that each
   * line is analysed as its file is.
   */
  JsonLines jsonLines(int scale, boolean gzip) throws IOException {
    Path dir = work.resolve("input-jsonl-x" + scale + (gzip ? "-gz" : ""));
    RunFolder.deleteTree(dir);
    Files.createDirectories(dir);
    Path file = dir.resolve(gzip ? "corpus.jsonl.gz" : "corpus.jsonl");
    ObjectMapper json = new ObjectMapper();
    List<Article> articles = Corpus.articles(root, files);
    long bytes = 0;
    try (OutputStream raw = Files.newOutputStream(file);
        OutputStream out =
            gzip ? new GZIPOutputStream(new BufferedOutputStream(raw), 1 << 16) : raw;
        OutputStream buffered = new BufferedOutputStream(out, 1 << 16)) {
      for (int copy = 0; copy < scale; copy++) {
        for (Article a : articles) {
          String text = a.text();
          int blank = text.indexOf("\n\n");
          Map<String, String> article = new LinkedHashMap<>();
          article.put("id", "copy" + copy + "/" + a.docId().replaceFirst("\\.txt$", ""));
          if (blank >= 0) {
            article.put("title", text.substring(0, blank));
          }
          article.put("maintext", blank >= 0 ? text.substring(blank + 2) : text);
          byte[] line = (json.writeValueAsString(article) + "\n").getBytes(StandardCharsets.UTF_8);
          buffered.write(line);
          bytes += line.length;
        }
      }
    }
    return new JsonLines(dir, bytes);
  }
}
