package org.newsnlp.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsnlp.CsvRows;
import org.newsnlp.NewsNlp;
import org.newsnlp.run.HostileCorpus;

/**
 * The report of real runs opened in a real headless Chromium: its charts draw (SVG with marks), it
 * shows the run's counts, input text never becomes markup, a dated run shows its job's earlier
 * nights, and a run of dated JSON articles shows them by published day and by outlet. Screenshots
 * are left in {@code target/report-screenshots/}. Skips itself when no Chromium is installed
 * ({@code .ci/run} installs it).
 */
public class ReportInBrowserTest {
  @TempDir Path tmp;

  /** The glance card of {@code label} showing {@code value}, as the DOM has it. */
  static String card(String label, long value) {
    return "data-figure=\"" + label + "\">" + Numbers.count(value) + "<";
  }

  /** What a rendered report must show of the run whose manifest is {@code runJson}. */
  public static String[] counts(Path runJson) throws Exception {
    JsonNode m = new ObjectMapper().readTree(runJson.toFile());
    return new String[] {
      card("inputs matched", m.path("inputs").path("matched").asLong()),
      card("documents", m.path("documents_written").asLong()),
      card("quotes", m.path("quotes_written").asLong()),
      card("rejected", m.path("errors_written").asLong())
    };
  }

  @Test
  @Timeout(600)
  void theSeedRunsReportDrawsItsChartsAndCounts() throws Exception {
    Chromium.require();
    Path out = tmp.resolve("out");
    assertEquals(
        NewsNlp.EXIT_OK,
        NewsNlp.run(new String[] {"--inputs=seeds/*", "--output=" + out, "--progressSeconds=0"}));
    String dom = Chromium.render(out.resolve("report.html"), "seeds");
    Chromium.assertDrawn(dom, 6, counts(out.resolve("run.json")));
    assertTrue(dom.contains("id=\"chart-speakers\""), "the top speakers are drawn");
    assertTrue(dom.contains("Anne Whitaker"), "a speaker of the seeds is named");
  }

  @Test
  @Timeout(600)
  void datedJsonArticlesAreDrawnByPublishedDayAndByOutlet() throws Exception {
    Chromium.require();
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.copy(Path.of("seeds", "001_city_council_budget.txt"), in.resolve("budget.txt"));
    // Invented wire stories over three days from two outlets; budget.txt has no date.
    StringBuilder lines = new StringBuilder();
    String[] days = {"2024-05-02", "2024-05-02", "2024-05-03", "2024-05-05", "2024-05-05"};
    for (int i = 0; i < days.length; i++) {
      lines
          .append("{\"id\": \"w")
          .append(i)
          .append("\", \"title\": \"Ferry timetable changes ")
          .append(i)
          .append("\", \"maintext\": \"The ferry board changed the timetable.\\n\\n")
          .append("\u201CThe morning boats will leave earlier,\u201D said Ingrid Halvorsen.\",")
          .append(" \"date_publish\": \"")
          .append(days[i])
          .append(" 08:00:00\", \"source_domain\": \"")
          .append(i % 2 == 0 ? "harbour-news.example" : "coast-times.example")
          .append("\"}\n");
    }
    Files.writeString(in.resolve("wire.jsonl"), lines.toString(), StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");
    assertEquals(
        NewsNlp.EXIT_OK,
        NewsNlp.run(
            new String[] {"--inputs=" + in + "/*", "--output=" + out, "--progressSeconds=0"}));

    // What the charts must count, from documents.csv: documents and quotes per day and outlet.
    Map<String, int[]> byDay = new TreeMap<>();
    Map<String, Integer> byOutlet = new TreeMap<>();
    for (CSVRecord d : CsvRows.read(out.resolve("documents.csv"))) {
      int quotes = Integer.parseInt(d.get("quotes"));
      if (!d.get("published").isEmpty()) {
        int[] c = byDay.computeIfAbsent(d.get("published").substring(0, 10), k -> new int[2]);
        c[0]++;
        c[1] += quotes;
        byOutlet.merge(d.get("outlet"), quotes, Integer::sum);
      }
    }
    assertEquals(List.of("2024-05-02", "2024-05-03", "2024-05-05"), List.copyOf(byDay.keySet()));
    assertEquals(
        5, byOutlet.values().stream().mapToInt(Integer::intValue).sum(), "a quote a story");
    List<String> expected = new ArrayList<>();
    for (String day : List.of("2024-05-02", "2024-05-03", "2024-05-04", "2024-05-05")) {
      int[] c = byDay.getOrDefault(day, new int[2]);
      expected.add(day + " documents " + c[0]);
      expected.add(day + " quotes " + c[1]);
    }
    JsonNode charts = RunReportTest.charts(Files.readString(out.resolve("report.html")));
    List<String> published = new ArrayList<>();
    for (JsonNode v : charts.get("chart-published").get("data").get("values")) {
      published.add(
          v.get("start").asText() + " " + v.get("series").asText() + " " + v.get("count"));
    }
    assertEquals(expected, published, "the documents and quotes of each day, 4 May empty");
    Map<String, Integer> outlets = new TreeMap<>();
    for (JsonNode v : charts.get("chart-outlets").get("data").get("values")) {
      outlets.put(v.get("outlet").asText(), v.get("quotes").asInt());
    }
    assertEquals(byOutlet, outlets);

    String dom = Chromium.render(out.resolve("report.html"), "dated-json");
    Chromium.assertDrawn(dom, 8, counts(out.resolve("run.json")));
    assertTrue(dom.contains("Documents and quotes by published day"), "the timeline is drawn");
    assertTrue(dom.contains("undated documents left out: 1."), "budget.txt has no date");
    assertTrue(dom.contains("id=\"chart-outlets\""), "the outlets are drawn");
  }

  @Test
  @Timeout(600)
  void hostileInputsStayText() throws Exception {
    Chromium.require();
    Path in = tmp.resolve("in");
    HostileCorpus.write(in, 170);
    Files.writeString(
        in.resolve("crafted.txt"),
        "</script><script>document.title='pwned'</script><b id=\"pwned-headline\">Bold</b>\n\n"
            + "\u201C<img src=x onerror=\"document.title='pwned'\"> We will win <!-- now,\u201D"
            + " said Mayor <i id=\"pwned-speaker\">Ann</i> Lee on Monday.\u2028\n\n"
            + "\u201CThe budget is fair,\u201D said Mayor Ann Lee.\n".repeat(12),
        StandardCharsets.UTF_8);
    Files.write(
        in.resolve("<img src=x onerror=\"document.title='pwned'\" id=pwned-name>.txt"),
        new byte[0]);
    Files.write(in.resolve("<!--<script>document.title='pwned'<script>.txt"), new byte[0]);
    Path out = tmp.resolve("out");
    assertEquals(
        NewsNlp.EXIT_OK,
        NewsNlp.run(
            new String[] {
              "--inputs=" + in + "/*",
              "--output=" + out,
              "--maxDocumentBytes=" + HostileCorpus.MAX_BYTES,
              "--progressSeconds=0"
            }));
    String source = Files.readString(out.resolve("report.html"));
    assertEquals(5, Chromium.count(source.toLowerCase(), "<script"), "only the page's own scripts");
    String dom = Chromium.render(out.resolve("report.html"), "hostile");
    Chromium.assertDrawn(dom, 5, counts(out.resolve("run.json")));
    assertTrue(dom.contains("<title>newsnlp run report</title>"), "the title is the page's own");
    // A text node's < is always serialized as &lt;: a tag here would be an element.
    assertFalse(
        java.util.regex.Pattern.compile("<(b|i|img)\\b[^<]*pwned").matcher(dom).find(),
        "no element of the inputs' markup exists");
    assertTrue(
        dom.contains("&lt;img src=x onerror=\"document.title='pwned'\" id=pwned-name&gt;.txt"),
        "the crafted file name is shown as text");
    assertTrue(
        dom.contains("&lt;/script&gt;&lt;script&gt;document.title='pwned'&lt;/script&gt;"),
        "the crafted headline is shown as text");
  }

  @Test
  @Timeout(600)
  void aDatedRunShowsItsJobsEarlierNights() throws Exception {
    Chromium.require();
    Path job = tmp.resolve("out").resolve("default");
    night(job, "2026-03-01", 120, 340, 2);
    night(job, "2026-03-02", 118, 301, 0);
    Files.createDirectories(job.resolve("2026-03-04"));
    Files.writeString(job.resolve("2026-03-04").resolve("run.json"), "{\"later\": true}");
    Files.createDirectories(job.resolve("notes"));
    assertEquals(
        NewsNlp.EXIT_OK,
        NewsNlp.run(
            new String[] {
              "--inputs=seeds/*",
              "--output=" + tmp.resolve("out"),
              "--runDate=2026-03-03",
              "--progressSeconds=0"
            }));
    Path tonight = job.resolve("2026-03-03");
    String source = Files.readString(tonight.resolve("report.html"));
    assertTrue(source.contains("The job&#39;s last 3 nights"), "two earlier nights and tonight");
    String dom = Chromium.render(tonight.resolve("report.html"), "dated");
    Chromium.assertDrawn(dom, 7, counts(tonight.resolve("run.json")));
    assertTrue(dom.contains("id=\"chart-history\""), "the history chart is drawn");
  }

  /** An earlier night of the job: the manifest fields the history reads. */
  static void night(Path job, String date, int documents, int quotes, int errors)
      throws java.io.IOException {
    Path dir = Files.createDirectories(job.resolve(date));
    Files.writeString(
        dir.resolve("run.json"),
        String.format(
            "{\"job\": \"default\", \"run_date\": \"%s\", \"documents_written\": %d,"
                + " \"quotes_written\": %d, \"errors_written\": %d}",
            date, documents, quotes, errors));
  }
}
