package org.newsnlp;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsnlp.model.DocumentStats;

/**
 * Protects what issue 16 promises for JSON Lines on news nobody here wrote: the 293 Wikinews
 * articles and the first 200 Reuters stories of {@code ../shared/corpora/news/}, written at test
 * time as JSON Lines in news-please's field names (a plain file and the same file gzipped, with a
 * broken line and a line without text among them), give one document per good line with the {@code
 * published}, {@code url} and {@code outlet} the manifest gives, and every count, statistic and
 * quotation equal to those of the same articles read as {@code .txt} files; each bad line is one
 * error row naming its file and line; each speaker is first and last seen on the earliest and
 * latest manifest dates of the articles quoting it. Skips itself when {@code ../shared} is absent:
 * the corpora are never part of the repository.
 */
class JsonLinesCorpusTest {
  static final Path NEWS = Path.of("..", "shared", "corpora", "news");
  static final int REUTERS = 200;

  /** The line of the JSON Lines file after which the two bad lines are written. */
  static final int BAD_AFTER = 100;

  /** Columns that describe the input rather than the article: they differ by design. */
  static final Set<String> INPUT_COLUMNS =
      Set.of(
          "doc_id",
          "path",
          "encoding",
          "size_bytes",
          "published",
          "url",
          "outlet",
          "authors",
          "warnings");

  /** One article of the manifest: its id, file, date as news-please writes it, and address. */
  record Entry(String id, Path file, String datePublish, String published, String url) {}

  @TempDir static Path tmp;
  static List<Entry> entries;
  static Path txtOut;
  static Path jsonOut;

  @BeforeAll
  static void runAsTextAndAsJsonLines() throws IOException {
    assumeTrue(
        Files.isRegularFile(NEWS.resolve("manifest.tsv")),
        "../shared/corpora/news/ is absent: the Wikinews and Reuters articles live beside the"
            + " project, not in it, so the JSON Lines comparison of issue 16 cannot run here");
    entries = manifest();
    Path txt = Files.createDirectories(tmp.resolve("txt"));
    for (Entry e : entries) {
      Files.copy(e.file(), txt.resolve(e.id() + ".txt"));
    }
    byte[] lines = jsonLines();
    Path plain = Files.createDirectories(tmp.resolve("json/plain"));
    Files.write(plain.resolve("news.jsonl"), lines);
    Path gz = Files.createDirectories(tmp.resolve("json/gz"));
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(gz.resolve("news.jsonl.gz")))) {
      out.write(lines);
    }
    txtOut = tmp.resolve("out-txt");
    jsonOut = tmp.resolve("out-json");
    assertEquals(0, NewsNlp.run(new String[] {"--inputs=" + txt, "--output=" + txtOut}));
    assertEquals(
        0,
        NewsNlp.run(
            new String[] {"--inputs=" + tmp.resolve("json") + "/**", "--output=" + jsonOut}));
  }

  /** Every Wikinews article and the first {@value #REUTERS} Reuters stories, in manifest order. */
  static List<Entry> manifest() throws IOException {
    List<Entry> wikinews = new ArrayList<>();
    List<Entry> reuters = new ArrayList<>();
    List<String> rows = Files.readAllLines(NEWS.resolve("manifest.tsv"), StandardCharsets.UTF_8);
    List<String> header = List.of(rows.get(0).split("\t", -1));
    for (String row : rows.subList(1, rows.size())) {
      String[] f = row.split("\t", -1);
      String source = f[header.indexOf("source")];
      String id = f[header.indexOf("id")];
      Path file = NEWS.resolve(f[header.indexOf("path")]);
      String date = f[header.indexOf("date")];
      if (source.equals("wikinews")) {
        wikinews.add(new Entry(id, file, date, date, f[header.indexOf("url")]));
      } else if (source.equals("reuters21578") && reuters.size() < REUTERS) {
        // 26-FEB-1987 15:01:01.79 as news-please writes dates: 1987-02-26 15:01:01
        String[] dayMonthYear = date.substring(0, date.indexOf(' ')).split("-");
        String month =
            String.format(
                "%02d",
                List.of(
                            "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT",
                            "NOV", "DEC")
                        .indexOf(dayMonthYear[1])
                    + 1);
        String day = String.format("%02d", Integer.parseInt(dayMonthYear[0]));
        String time = date.substring(date.indexOf(' ') + 1, date.indexOf(' ') + 9);
        String ymd = dayMonthYear[2] + "-" + month + "-" + day;
        reuters.add(new Entry(id, file, ymd + " " + time, ymd + "T" + time, ""));
      }
    }
    assertEquals(293, wikinews.size(), "Wikinews articles in the manifest");
    assertEquals(REUTERS, reuters.size(), "Reuters stories in the manifest");
    List<Entry> all = new ArrayList<>(wikinews);
    all.addAll(reuters);
    return all;
  }

  /**
   * One news-please object a line: the file's first line is the title, the text after the blank
   * line below it the main text; Wikinews articles carry their address (the outlet is then its
   * host), Reuters stories their outlet. A broken line and a line without text follow line {@value
   * #BAD_AFTER}.
   */
  static byte[] jsonLines() throws IOException {
    ObjectMapper json = new ObjectMapper();
    StringBuilder s = new StringBuilder();
    int line = 0;
    for (Entry e : entries) {
      String text = Files.readString(e.file(), StandardCharsets.UTF_8);
      int blank = text.indexOf("\n\n");
      Map<String, Object> article = new LinkedHashMap<>();
      article.put("id", e.id());
      if (blank >= 0) {
        article.put("title", text.substring(0, blank));
      }
      article.put("maintext", blank >= 0 ? text.substring(blank + 2) : text);
      article.put("date_publish", e.datePublish());
      article.put("language", "en");
      if (e.url().isEmpty()) {
        article.put("source_domain", "reuters.com");
      } else {
        article.put("url", e.url());
        article.put("authors", List.of("Wikinews contributors"));
      }
      s.append(json.writeValueAsString(article)).append('\n');
      if (++line == BAD_AFTER) {
        s.append("{\"id\": \"cut\", \"title\": \"A line cut short\", \"maintext\": \"It ends\n");
        s.append("{\"id\": \"title-only\", \"title\": \"A title and no text\"}\n");
      }
    }
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  static Map<String, List<List<String>>> quotesByDoc(Path out) throws IOException {
    Map<String, List<List<String>>> quotes = new HashMap<>();
    for (CSVRecord q : CsvRows.read(out.resolve("quotes.csv"))) {
      List<String> row = new ArrayList<>(q.toList());
      row.remove(0);
      quotes.computeIfAbsent(q.get("doc_id"), k -> new ArrayList<>()).add(row);
    }
    return quotes;
  }

  @Test
  @Timeout(900)
  void eachGoodLineIsTheDocumentItsTextFileIsWithTheManifestsDateAddressAndOutlet()
      throws IOException {
    Map<String, CSVRecord> txt = NewsNlpEndToEndTest.byDocId(txtOut.resolve("documents.csv"));
    Map<String, CSVRecord> json = NewsNlpEndToEndTest.byDocId(jsonOut.resolve("documents.csv"));
    Map<String, List<List<String>>> txtQuotes = quotesByDoc(txtOut);
    Map<String, List<List<String>>> jsonQuotes = quotesByDoc(jsonOut);
    assertEquals(entries.size(), txt.size(), "one document per text file");
    assertEquals(2 * entries.size(), json.size(), "one document per good line of both files");
    List<String> header = DocumentStats.header();
    for (String file : List.of("plain/news", "gz/news")) {
      for (Entry e : entries) {
        CSVRecord t = txt.get(e.id());
        CSVRecord j = json.get(file + "/" + e.id());
        assertNotNull(j, file + "/" + e.id());
        assertAll(
            e.id(),
            () -> assertEquals(e.published(), j.get("published"), "published"),
            () -> assertEquals(e.url(), j.get("url"), "url"),
            () ->
                assertEquals(
                    e.url().isEmpty() ? "reuters.com" : "en.wikinews.org",
                    j.get("outlet"),
                    "outlet"),
            () ->
                assertEquals(
                    e.url().isEmpty() ? "" : "Wikinews contributors", j.get("authors"), "authors"),
            () -> assertEquals("", j.get("warnings"), "warnings"),
            () -> assertEquals("", t.get("published"), "a text file has no date"),
            () -> {
              for (String column : header) {
                if (!INPUT_COLUMNS.contains(column)) {
                  assertEquals(t.get(column), j.get(column), column);
                }
              }
            },
            () ->
                assertEquals(
                    txtQuotes.getOrDefault(e.id(), List.of()),
                    jsonQuotes.getOrDefault(file + "/" + e.id(), List.of()),
                    "quotes"));
      }
    }
  }

  @Test
  void eachSpeakerIsFirstAndLastSeenOnTheManifestDatesOfTheArticlesQuotingIt() throws IOException {
    Map<String, String> dateOfId = new HashMap<>();
    for (Entry e : entries) {
      dateOfId.put(e.id(), e.published().substring(0, "YYYY-MM-DD".length()));
    }
    Map<List<String>, Set<String>> datesOfName = new HashMap<>();
    for (CSVRecord q : CsvRows.read(jsonOut.resolve("quotes.csv"))) {
      if (!q.get("speaker").isEmpty()) {
        String docId = q.get("doc_id");
        datesOfName
            .computeIfAbsent(List.of(q.get("speaker"), q.get("speaker_type")), k -> new TreeSet<>())
            .add(dateOfId.get(docId.substring(docId.lastIndexOf('/') + 1)));
      }
    }
    int spanning = 0;
    List<CSVRecord> speakers = CsvRows.read(jsonOut.resolve("speakers.csv"));
    assertFalse(speakers.isEmpty());
    for (CSVRecord s : speakers) {
      TreeSet<String> dates = new TreeSet<>();
      for (String name : s.get("names").split("; ")) {
        dates.addAll(datesOfName.get(List.of(name, s.get("speaker_type"))));
      }
      assertEquals(
          List.of(dates.first(), dates.last()),
          List.of(s.get("first_seen"), s.get("last_seen")),
          s.get("speaker"));
      spanning += dates.size() > 1 ? 1 : 0;
    }
    assertTrue(spanning > 0, "some speaker is quoted on more than one day");
    for (CSVRecord s : CsvRows.read(txtOut.resolve("speakers.csv"))) {
      assertEquals(List.of("", ""), List.of(s.get("first_seen"), s.get("last_seen")), "text files");
    }
  }

  @Test
  void theBrokenLineAndTheLineWithoutTextAreErrorRowsNamingTheirLine() throws IOException {
    Map<String, String> errors = new HashMap<>();
    for (CSVRecord r : CsvRows.read(jsonOut.resolve("errors.csv"))) {
      errors.put(r.get("path"), r.get("reason") + ": " + r.get("detail"));
    }
    int broken = BAD_AFTER + 1;
    int titleOnly = BAD_AFTER + 2;
    assertEquals(4, errors.size(), errors.toString());
    for (String file : List.of("plain/news.jsonl", "gz/news.jsonl.gz")) {
      assertEquals(
          "invalid_json: line "
              + broken
              + " of "
              + file
              + " is not valid JSON (Unexpected end-of-input in VALUE_STRING at column 64); fix or"
              + " remove the line",
          errors.get(file + ":" + broken));
      assertEquals(
          "no_text: line "
              + titleOnly
              + " of "
              + file
              + " has no article text: none of the fields maintext, text, body, content holds"
              + " text (its fields: id, title); --textField names the field that does",
          errors.get(file + ":" + titleOnly));
    }
  }
}
