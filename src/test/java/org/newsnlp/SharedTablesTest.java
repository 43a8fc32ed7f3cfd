package org.newsnlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tables you can share: a folder whose files would collide on their ids gets one document per file
 * with distinct ids, hidden files and folders are not read, paths are relative to the input folder,
 * and the same folder analysed from another place gives byte-identical tables.
 */
class SharedTablesTest {
  @TempDir Path tmp;

  static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** The folder of the issue: three files named story, one in a sub-folder, hidden entries. */
  static void makeNews(Path news) throws IOException {
    write(
        news.resolve("story.txt"),
        "Harbor Opens Early\n\n\"We are ready,\" said Mayor Ann Lee on Monday.\n\nShips arrive.\n");
    write(
        news.resolve("story.md"),
        "Bridge Vote Delayed\n\nThe council put off the vote, officials said.\n\nA new date.\n");
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(news.resolve("story.txt.gz")))) {
      out.write(
          "Market Day Returns\n\n\"It is a good day,\" a trader said.\n\nStalls open at nine.\n"
              .getBytes(StandardCharsets.UTF_8));
    }
    write(
        news.resolve("sub/story.txt"),
        "School Wins Prize\n\nThe head teacher, Tom Reed, said pupils worked hard.\n\nMore.\n");
    write(news.resolve(".DS_Store"), "\u0000\u0001binary finder data");
    write(news.resolve(".drafts/draft.txt"), "Draft\n\nNot for publication.\n\nEnd.\n");
    Files.write(news.resolve("empty.txt"), new byte[0]);
  }

  @Test
  void collidingNamesGetDistinctIdsAndTwoPlacesGiveTheSameTables() throws IOException {
    Path here = tmp.resolve("here/news");
    Path there = tmp.resolve("elsewhere/deeper/copy-of-news");
    makeNews(here);
    makeNews(there);
    Path outHere = tmp.resolve("out-here");
    Path outThere = tmp.resolve("elsewhere/tables");
    assertEquals(
        NewsNlp.EXIT_OK,
        NewsNlp.run(new String[] {"--inputs=" + here + "/**", "--output=" + outHere}));
    assertEquals(
        NewsNlp.EXIT_OK,
        NewsNlp.run(new String[] {"--inputs=" + there + "/**", "--output=" + outThere}));

    List<CSVRecord> docs = CsvRows.read(outHere.resolve("documents.csv"));
    assertEquals(
        List.of(
            "story.md|story.md",
            "story.txt|story.txt",
            "story.txt.gz|story.txt.gz",
            "sub/story|sub/story.txt"),
        docs.stream().map(r -> r.get("doc_id") + "|" + r.get("path")).toList(),
        "four documents, four ids, paths relative to the input folder, nothing hidden read");
    assertEquals(
        List.of("empty.txt|empty_file"),
        CsvRows.read(outHere.resolve("errors.csv")).stream()
            .map(r -> r.get("path") + "|" + r.get("reason"))
            .toList());
    assertEquals(
        List.of("empty.txt", "story.md", "story.txt", "story.txt.gz", "sub/story.txt"),
        CsvRows.read(outHere.resolve("inputs.csv")).stream().map(r -> r.get("path")).toList());
    assertTrue(
        CsvRows.read(outHere.resolve("quotes.csv")).stream()
            .anyMatch(
                q -> q.get("doc_id").equals("story.txt") && q.get("speaker").equals("Ann Lee")),
        "quotations carry the ids of their documents");

    for (String table :
        List.of("documents.csv", "quotes.csv", "speakers.csv", "errors.csv", "inputs.csv")) {
      assertEquals(
          -1L,
          Files.mismatch(outHere.resolve(table), outThere.resolve(table)),
          table + " differs between the two places");
    }
    ObjectMapper json = new ObjectMapper();
    assertEquals(
        here + "/",
        json.readTree(outHere.resolve("run.json").toFile()).get("input_folder").asText());
    assertEquals(
        there + "/",
        json.readTree(outThere.resolve("run.json").toFile()).get("input_folder").asText());
    try (Stream<Path> files = Files.list(outHere)) {
      for (Path table : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
        assertTrue(
            !Files.readString(table).contains(tmp.toString()),
            table.getFileName() + " holds no absolute path");
      }
    }
  }
}
