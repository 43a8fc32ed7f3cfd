package org.newsnlp.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsnlp.model.DocumentStats;
import org.newsnlp.model.InputFile;
import org.newsnlp.model.Quote;
import org.newsnlp.model.RejectedInput;
import org.newsnlp.model.SpeakerStats;

/**
 * The report written from hand-made tables, no pipeline: the figures it shows are the tables',
 * crafted headlines, speakers, paths and details stay text in the HTML and in the inlined JSON,
 * rejected inputs past the first 100 are counted, and it loads nothing from the network.
 */
class RunReportTest {
  static final String SCRIPT = "</script><script>document.title='pwned'</script>";
  static final String TAG = "<img src=x onerror=alert(1) id=pwned>";

  @TempDir Path tmp;

  @Test
  void figuresAreTheTablesAndCraftedTextStaysText() throws IOException {
    Path run = tmp.resolve("run");
    Files.createDirectories(run);
    List<List<String>> docs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      docs.add(
          document(
              "d" + i, i == 0 ? SCRIPT + " <!-- headline" : "Plain " + i, 100 * (i + 1), 2 - i));
    }
    write(run.resolve("documents.csv"), DocumentStats.header(), docs);
    write(
        run.resolve("quotes.csv"),
        Quote.header(),
        List.of(
            quote("d0", "direct", TAG + "\u2028Ann"),
            quote("d0", "indirect", TAG + "\u2028Ann"),
            quote("d1", "direct", "Tom Park"),
            quote("d1", "direct", "")));
    write(
        run.resolve("speakers.csv"),
        SpeakerStats.header(),
        List.of(speaker(TAG + "\u2028Ann", 2, 1, 0, 1), speaker("Tom Park", 1, 1, 0, 0)));
    List<List<String>> errors = new ArrayList<>();
    for (int i = 0; i < 105; i++) {
      errors.add(List.of(String.format("%03d", i) + TAG + ".txt", "read", "empty_file", SCRIPT));
    }
    write(run.resolve("errors.csv"), RejectedInput.header(), errors);
    write(
        run.resolve("inputs.csv"),
        InputFile.header(),
        List.of(
            List.of("d0.txt", "", "2000", "processed"), List.of("d1.txt", "", "500", "skipped")));
    Files.writeString(
        run.resolve("run.json"),
        """
        {"job": "", "run_date": "", "started_at": "2026-03-01T02:00:00Z",
         "finished_at": "2026-03-01T02:00:10Z", "duration_seconds": 10.0,
         "runner": "DirectRunner", "options": {"output": "<b>out</b>"},
         "input_folder": "/news/</script>/", "inputs": {"matched": 108, "skipped": 1},
         "documents_written": 3, "quotes_written": 4, "errors_written": 105,
         "errors_by_reason": {"empty_file": 105}}
        """);

    Path report = RunReport.write(run, null);
    String html = Files.readString(report, StandardCharsets.UTF_8);

    assertEquals(5, Chromium.count(html.toLowerCase(Locale.ROOT), "<script"), "the page's own");
    assertEquals(5, Chromium.count(html.toLowerCase(Locale.ROOT), "</script"), "the page's own");
    assertFalse(html.contains("<!--"), "no comment opened by the inputs");
    assertFalse(html.contains(TAG), "the tag is nowhere as markup");
    assertTrue(html.contains("&lt;img src=x onerror=alert(1) id=pwned&gt;"), "shown as text");
    assertFalse(html.matches("(?s).*(src|href)=\"https?:.*"), "nothing loaded from the network");
    assertTrue(html.contains("default-src 'none'"), "and the page forbids it");

    assertTrue(html.contains("data-figure=\"inputs matched\">108<"), html);
    assertTrue(html.contains("data-figure=\"rejected\">105<"));
    assertTrue(html.contains("and 5 more in errors.csv."), "past the first 100, counted");
    assertEquals(100, Chromium.count(html, "<td>read</td>"), "the first 100 listed");
    assertTrue(html.contains("<td class=\"n\">2</td><td class=\"n\">50%</td>"), "Ann's shares");
    assertTrue(html.contains("200 B/s read"), "2,000 bytes read of the processed input in 10 s");

    int start = html.indexOf("id=\"report-charts\">") + "id=\"report-charts\">".length();
    assertFalse(
        html.substring(start, html.indexOf("</script>", start)).contains("\u2028"),
        "no raw line separator in the inlined JSON");
    JsonNode charts =
        new ObjectMapper().readTree(html.substring(start, html.indexOf("</script>", start)));
    JsonNode speakers = charts.get("chart-speakers").get("data").get("values");
    assertEquals(TAG + "\u2028Ann", speakers.get(0).get("speaker").asText(), "the same text");
    assertEquals("Tom Park", speakers.get(3).get("speaker").asText(), "second speaker");
    assertEquals(6, speakers.size(), "two speakers by three types");
    assertFalse(charts.has("chart-published"), "no document has a date");
    assertFalse(charts.has("chart-outlets"), "no document names an outlet");
    JsonNode words = charts.get("chart-words").get("layer");
    assertEquals(200.0, words.get(1).get("data").get("values").get(0).get("median").asDouble());
  }

  @Test
  void documentsAndQuotesByPublishedDayAndQuotesByOutlet() throws IOException {
    Path run = Files.createDirectories(tmp.resolve("dated"));
    write(
        run.resolve("documents.csv"),
        DocumentStats.header(),
        List.of(
            dated("a", "2019-01-04T23:10:00-05:00", "example.com", 3),
            dated("b", "2019-01-06", TAG, 2),
            dated("c", "2019-01-06", "example.com", 1),
            dated("d", "", "", 4)));
    Files.writeString(run.resolve("run.json"), "{\"documents_written\": 4}");
    String html = Files.readString(RunReport.write(run, null), StandardCharsets.UTF_8);
    assertTrue(html.contains("Documents and quotes by published day"), "within 62 days: days");
    assertTrue(html.contains("undated documents left out: 1."), "d has no date");
    assertFalse(html.contains(TAG), "the outlet is text");
    JsonNode charts = charts(html);
    List<String> published = new ArrayList<>();
    for (JsonNode v : charts.get("chart-published").get("data").get("values")) {
      published.add(
          v.get("start").asText() + " " + v.get("series").asText() + " " + v.get("count"));
    }
    assertEquals(
        List.of(
            "2019-01-04 documents 1",
            "2019-01-04 quotes 3",
            "2019-01-05 documents 0",
            "2019-01-05 quotes 0",
            "2019-01-06 documents 2",
            "2019-01-06 quotes 3"),
        published,
        "a's date as its outlet printed it; the empty day shown as zero");
    JsonNode outlets = charts.get("chart-outlets").get("data").get("values");
    assertEquals(2, outlets.size());
    assertEquals("example.com", outlets.get(0).get("outlet").asText());
    assertEquals(4, outlets.get(0).get("quotes").asInt());
    assertEquals(TAG, outlets.get(1).get("outlet").asText(), "the same text in the JSON");
    assertEquals(2, outlets.get(1).get("quotes").asInt());
  }

  /** The charts' specifications inlined in a report, by id. */
  static JsonNode charts(String html) throws IOException {
    int start = html.indexOf("id=\"report-charts\">") + "id=\"report-charts\">".length();
    return new ObjectMapper().readTree(html.substring(start, html.indexOf("</script>", start)));
  }

  /** A documents.csv row with a date, an outlet and its quotation rows. */
  static List<String> dated(String id, String published, String outlet, int quotes) {
    List<String> row = document(id, "Headline " + id, 100, quotes);
    List<String> header = DocumentStats.header();
    row.set(header.indexOf("published"), published);
    row.set(header.indexOf("outlet"), outlet);
    return row;
  }

  @Test
  void theTopSpeakersAreTheFirstRowsOfSpeakersCsv() throws IOException {
    Path run = Files.createDirectories(tmp.resolve("speakers"));
    write(
        run.resolve("quotes.csv"),
        Quote.header(),
        List.of(quote("d0", "direct", "Ann Lee"), quote("d0", "direct", "Ann Lee")));
    assertEquals(List.of(), TopSpeakers.of(run, 20), "no speakers.csv, no speakers");
    write(
        run.resolve("speakers.csv"),
        SpeakerStats.header(),
        List.of(
            speaker("Michael Howard", 5, 1, 1, 3),
            speaker("Ann Lee", 2, 2, 0, 0),
            speaker("officials", 1, 0, 0, 1)));
    assertEquals(
        List.of(
            new TopSpeakers.SpeakerCount("Michael Howard", "person", 5, 1, 1, 3),
            new TopSpeakers.SpeakerCount("Ann Lee", "person", 2, 2, 0, 0)),
        TopSpeakers.of(run, 2),
        "the table's first rows, as it counted them");
  }

  @Test
  void historyReadsTheEarlierNightsOfTheJobOnly() throws IOException {
    Path job = tmp.resolve("nightly");
    ReportInBrowserTest.night(job, "2026-02-27", 10, 20, 1);
    ReportInBrowserTest.night(job, "2026-02-28", 11, 21, 0);
    Files.createDirectories(job.resolve("2026-03-01"));
    Files.writeString(job.resolve("2026-03-01").resolve("run.json"), "{ cut sh");
    Files.createDirectories(job.resolve(".2026-03-02.tmp-1234"));
    ReportInBrowserTest.night(job, "2026-03-03", 99, 99, 99);
    List<RunHistory.Night> nights =
        RunHistory.read(job, new RunHistory.Night("2026-03-02", 12, 22, 2, true));
    assertEquals(
        List.of(
            new RunHistory.Night("2026-02-27", 10, 20, 1, true),
            new RunHistory.Night("2026-02-28", 11, 21, 0, true),
            new RunHistory.Night("2026-03-01", 0, 0, 0, false),
            new RunHistory.Night("2026-03-02", 12, 22, 2, true)),
        nights);
  }

  static List<String> document(String id, String headline, int words, int quotes) {
    List<String> header = DocumentStats.header();
    List<String> row = new ArrayList<>();
    for (String column : header) {
      row.add(
          switch (column) {
            case "doc_id" -> id;
            case "headline" -> headline;
            case "words" -> Integer.toString(words);
            case "quotes" -> Integer.toString(quotes);
            case "flesch_reading_ease" -> "55.5";
            case "flesch_kincaid_grade" -> "9.25";
            case "language" -> "eng";
            default -> "";
          });
    }
    return row;
  }

  /** A speakers.csv row of a person in one document, without dates. */
  static List<String> speaker(String name, int quotes, int direct, int mixed, int indirect) {
    return new SpeakerStats(
            name, "person", 1, quotes, direct, mixed, indirect, 0, List.of(name), List.of(), "", "")
        .toCsv();
  }

  static List<String> quote(String doc, String type, String speaker) {
    List<String> row = new ArrayList<>();
    for (String column : Quote.header()) {
      row.add(
          switch (column) {
            case "doc_id" -> doc;
            case "quote_type" -> type;
            case "speaker" -> speaker;
            case "speaker_type" -> speaker.isEmpty() ? "" : "person";
            default -> "0";
          });
    }
    return row;
  }

  static void write(Path file, List<String> header, List<List<String>> rows) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter p =
            CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get().print(w)) {
      for (List<String> row : rows) {
        p.printRecord(row);
      }
    }
  }
}
