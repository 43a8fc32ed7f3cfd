package org.newsnlp.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsnlp.NewsNlp;
import org.newsnlp.run.HostileCorpus;

/**
 * The report of real runs opened in a real headless Chromium: its charts draw (SVG with marks), it
 * shows the run's counts, input text never becomes markup, and a dated run shows its job's earlier
 * nights. Screenshots are left in {@code target/report-screenshots/}. Skips itself when no Chromium
 * is installed ({@code .ci/run} installs it).
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
