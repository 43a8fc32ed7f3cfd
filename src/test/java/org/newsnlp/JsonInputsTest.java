package org.newsnlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsnlp.evaluate.SpeakerTableChecks;
import org.newsnlp.model.DocumentStats;

/**
 * Runs the real entry point on a folder of invented articles as text, as a {@code .json} file and
 * as lines of a gzipped {@code .jsonl} file whose field names a job file gives: each JSON article
 * is the document its text file is, with its date, address, outlet and authors; a date that does
 * not parse is a warning, and a broken line an error row naming its line, beside good lines; a
 * speaker's first and last dates are those of its dated documents.
 */
class JsonInputsTest {
  static final String TITLE = "Harbor Plan Wins Council Vote";
  static final String BODY =
      "The city council approved the harbor plan on Tuesday after a long debate.\n\n"
          + "\u201CThis is a good day for the port,\u201D said Mayor Ann Lee.\n\n"
          + "Local farmers questioned the cost. Tom Park said the plan would raise taxes.\n";

  @TempDir static Path tmp;
  static Path out;

  static String jsonString(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  @BeforeAll
  static void run() throws IOException {
    Path news = tmp.resolve("news");
    Files.createDirectories(news.resolve("feed"));
    Files.writeString(news.resolve("harbor.txt"), TITLE + "\n\n" + BODY);
    Files.writeString(
        news.resolve("harbor-news-please.json"),
        "{\"title\": "
            + jsonString(TITLE)
            + ", \"maintext\": "
            + jsonString(BODY)
            + ", \"date_publish\": \"2019-01-03 10:22:00\", \"url\":"
            + " \"https://www.example.com/harbor\", \"authors\": [\"Ann Writer\", \"Bo Reporter\"],"
            + " \"language\": \"en\", \"description\": \"A teaser.\"}");
    String lines =
        "{\"heading\": "
            + jsonString(TITLE)
            + ", \"body_text\": "
            + jsonString(BODY)
            + ", \"when\": \"Fri, 4 Jan 2019 10:22:00 GMT\", \"site\": \"Example Times\","
            + " \"key\": \"h1\"}\n"
            + "{\"heading\": \"Short\", \"body_text\": \"Short text.\","
            + " \"when\": \"last Tuesday\"}\n"
            + "\n"
            + "{\"heading\": \"Cut\", \"body_text\": \"It ends\n";
    try (OutputStream gz =
        new GZIPOutputStream(Files.newOutputStream(news.resolve("feed/wire.jsonl.gz")))) {
      gz.write(lines.getBytes(StandardCharsets.UTF_8));
    }
    Path job = tmp.resolve("wire.properties");
    Files.writeString(
        job,
        "textField=body_text,maintext\n"
            + "titleField=heading,title\n"
            + "publishedField=when,date_publish\n"
            + "outletField=site,source_domain\n"
            + "idField=key\n");
    Path tables = tmp.resolve("tables");
    assertEquals(
        0,
        NewsNlp.run(
            new String[] {
              "--job=" + job,
              "--runDate=2026-01-02",
              "--inputs=" + news + "/**",
              "--output=" + tables
            }));
    out = tables.resolve("wire/2026-01-02");
  }

  /** The five metadata cells of a documents.csv row. */
  static List<String> metadata(CSVRecord row) {
    return List.of(
        row.get("published"),
        row.get("url"),
        row.get("outlet"),
        row.get("authors"),
        row.get("warnings"));
  }

  @Test
  void eachJsonArticleIsTheDocumentItsTextFileIsWithItsMetadata() throws IOException {
    Map<String, CSVRecord> docs = NewsNlpEndToEndTest.byDocId(out.resolve("documents.csv"));
    assertEquals(
        List.of("feed/wire/2", "feed/wire/h1", "harbor", "harbor-news-please"),
        docs.keySet().stream().sorted().toList());
    CSVRecord txt = docs.get("harbor");
    for (String id : List.of("harbor-news-please", "feed/wire/h1")) {
      CSVRecord json = docs.get(id);
      for (String column : DocumentStats.header()) {
        if (!JsonLinesCorpusTest.INPUT_COLUMNS.contains(column)) {
          assertEquals(txt.get(column), json.get(column), id + " " + column);
        }
      }
    }
    assertEquals(TITLE, txt.get("headline"));
    assertFalse(txt.get("quotes").equals("0"), "the invented article has quotes");
    assertEquals(List.of("", "", "", "", ""), metadata(txt));
    assertEquals(
        List.of(
            "2019-01-03T10:22:00",
            "https://www.example.com/harbor",
            "example.com",
            "Ann Writer; Bo Reporter",
            ""),
        metadata(docs.get("harbor-news-please")));
    CSVRecord line = docs.get("feed/wire/h1");
    assertEquals("feed/wire.jsonl.gz:1", line.get("path"));
    assertEquals("2019-01-04T10:22:00Z", line.get("published"));
    assertEquals("Example Times", line.get("outlet"));
    CSVRecord undated = docs.get("feed/wire/2");
    assertEquals("", undated.get("published"));
    assertEquals(
        "when \"last Tuesday\" is not a date newsnlp reads (ISO 8601, RFC 1123 or seconds since"
            + " 1970); published is left empty",
        undated.get("warnings"));
  }

  @Test
  void aSpeakerIsFirstAndLastSeenOnTheDatesOfItsDatedDocuments() throws IOException {
    Map<String, List<String>> seen = new java.util.TreeMap<>();
    for (CSVRecord s : CsvRows.read(out.resolve("speakers.csv"))) {
      seen.put(
          s.get("speaker"), List.of(s.get("documents"), s.get("first_seen"), s.get("last_seen")));
    }
    // In harbor (no date), harbor-news-please (2019-01-03) and feed/wire/h1 (2019-01-04 GMT).
    assertEquals(
        Map.of(
            "Ann Lee", List.of("3", "2019-01-03", "2019-01-04"),
            "Tom Park", List.of("3", "2019-01-03", "2019-01-04")),
        seen);
    assertEquals(List.of(), SpeakerTableChecks.check(out).problems());
  }

  @Test
  void theQuotesOfAJsonArticleAreThoseOfItsTextFile() throws IOException {
    List<List<String>> txt = new ArrayList<>();
    List<List<String>> line = new ArrayList<>();
    for (CSVRecord q : CsvRows.read(out.resolve("quotes.csv"))) {
      List<String> row = new ArrayList<>(q.toList().subList(1, q.size()));
      if (q.get("doc_id").equals("harbor")) {
        txt.add(row);
      } else if (q.get("doc_id").equals("feed/wire/h1")) {
        line.add(row);
      }
    }
    assertFalse(txt.isEmpty());
    assertEquals(txt, line);
  }

  @Test
  void theBrokenLineIsTheOnlyErrorRowAndNamesItsLine() throws IOException {
    List<CSVRecord> errors = CsvRows.read(out.resolve("errors.csv"));
    assertEquals(1, errors.size());
    assertEquals("feed/wire.jsonl.gz:4", errors.get(0).get("path"));
    assertEquals("invalid_json", errors.get(0).get("reason"));
  }
}
