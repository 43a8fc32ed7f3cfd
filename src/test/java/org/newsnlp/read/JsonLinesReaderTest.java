package org.newsnlp.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsnlp.model.JsonLinesPart;
import org.newsnlp.model.RejectedInput;

/**
 * Protects the second pass over a JSON Lines file: its parts, read on their own (a plain file by
 * seeking, a gzip file by decompressing), give together every line's article or error row once,
 * named by file and line, the same as the file read whole; bad lines leave the others unaffected.
 */
class JsonLinesReaderTest {
  private static final JsonArticles PARSER = new JsonArticles(JsonFields.DEFAULT);
  @TempDir Path dir;

  @BeforeAll
  static void fileSystems() {
    FileSystems.setDefaultPipelineOptions(PipelineOptionsFactory.create());
  }

  /** 120 articles, then on lines 128 to 132: not JSON, no text, too long, blank, a shared id. */
  static String feed() {
    return JsonLinesIndexTest.lines(120)
        + "{\"id\": \"broken\", \"text\": \"no closing brace\"\n"
        + "{\"id\": \"t\", \"title\": \"A title alone\"}\n"
        + "{\"text\": \""
        + "x".repeat(2000)
        + "\"}\n"
        + "   \n"
        + "{\"id\": \"a5\", \"title\": \"Five Again\", \"text\": \"Once more.\"}";
  }

  private List<String> readAll(Path file, String path, boolean gzip) throws IOException {
    JsonLinesIndex.Result index;
    try (InputStream in = Files.newInputStream(file)) {
      index = JsonLinesIndex.scan(in, gzip, PARSER, 1000);
    }
    List<String> rows = new ArrayList<>();
    JsonLinesReader reader = new JsonLinesReader(PARSER, 1000);
    for (JsonLinesIndex.Part p : index.parts()) {
      reader.read(
          new JsonLinesPart(
              file.toString(),
              path,
              "feed",
              gzip,
              p.firstLine(),
              p.startByte(),
              p.endByte(),
              p.sharedIdLines()),
          a -> rows.add(a.docId() + " " + a.path() + " " + a.text().length()),
          r -> rows.add(r.path() + " " + r.reason() + " " + r.detail()));
    }
    return rows;
  }

  @Test
  void everyLineIsAnArticleOrAnErrorRowNamingItsLine() throws IOException {
    Path file = dir.resolve("feed.jsonl");
    Files.writeString(file, feed(), StandardCharsets.UTF_8);
    List<String> rows = readAll(file, "feed.jsonl", false);
    assertEquals(124, rows.size());
    assertEquals("feed/a1 feed.jsonl:1 10", rows.get(0));
    assertEquals("feed/a5@5 feed.jsonl:5 10", rows.get(4));
    assertEquals("feed/a120 feed.jsonl:137 12", rows.get(119));
    assertEquals(
        "feed.jsonl:138 invalid_json line 138 of feed.jsonl is not valid JSON (Unexpected"
            + " end-of-input: expected close marker for Object (start marker at column 1)"
            + " at column 44); fix or remove the line",
        rows.get(120));
    assertEquals(
        "feed.jsonl:139 no_text line 139 of feed.jsonl has no article text: none of the fields"
            + " maintext, text, body, content holds text (its fields: id, title); --textField"
            + " names the field that does",
        rows.get(121));
    assertEquals(
        "feed.jsonl:140 too_large line 140 of feed.jsonl is 2012 bytes, over the limit of 1000"
            + " (--maxDocumentBytes); shorten the article or raise the limit",
        rows.get(122));
    assertEquals("feed/a5@142 feed.jsonl:142 22", rows.get(123));
  }

  @Test
  void aGzipFileGivesTheSameRowsAsThePlainFile() throws IOException {
    Path plain = dir.resolve("feed.jsonl");
    Files.writeString(plain, feed(), StandardCharsets.UTF_8);
    Path gz = dir.resolve("feed.jsonl.gz");
    Files.write(gz, JsonLinesIndexTest.gzip(feed().getBytes(StandardCharsets.UTF_8)));
    assertEquals(readAll(plain, "x", false), readAll(gz, "x", true));
  }

  @Test
  void aPartThatCannotBeReadIsOneErrorRowNamingItsFirstLine() {
    List<RejectedInput> rows = new ArrayList<>();
    new JsonLinesReader(PARSER, 1000)
        .read(
            new JsonLinesPart(
                dir.resolve("gone.jsonl").toString(),
                "gone.jsonl",
                "gone",
                false,
                51,
                900,
                1800,
                List.of()),
            a -> {},
            rows::add);
    assertEquals(1, rows.size());
    assertEquals("gone.jsonl:51", rows.get(0).path());
    assertEquals("unreadable_file", rows.get(0).reason());
    assertTrue(rows.get(0).detail().startsWith("line 51 of gone.jsonl and the lines after it"));
  }
}
