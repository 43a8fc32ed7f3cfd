package org.newsnlp;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsnlp.evaluate.QuoteRowChecks;
import org.newsnlp.evaluate.QuoteRowChecks.Findings;
import org.newsnlp.evaluate.QuoteRowChecks.Row;
import org.newsnlp.evaluate.SpeakerTableChecks;
import org.newsnlp.report.Chromium;
import org.newsnlp.report.ReportInBrowserTest;

/**
 * Protects what issue 12 promises a pivot table of {@code quotes.csv} by speaker, on news nobody
 * here wrote: the real entry point runs over the 2,225 BBC articles in {@code
 * ../shared/corpora/news/bbc/}, and {@link QuoteRowChecks} counts no overlapping rows, no person
 * named by an honorific, day, month or publication, at most 0.5% of person rows with a role inside
 * the name, no short name beside its full form in one article; and {@code documents.csv}'s {@code
 * quotes} counts the document's rows; and {@code speakers.csv} ({@link SpeakerTableChecks}) has no
 * two names that differ only by case, no single-name person left apart from their one full name,
 * and quotes that add up to the attributed rows of {@code quotes.csv}, each in the row naming it.
 * The run's {@code report.html}, opened in headless Chromium when it is installed, draws its charts
 * and shows the run's counts. Skips itself when {@code ../shared} is absent: the corpus is never
 * part of the repository.
 */
class BbcQuoteRowsTest {
  static final Path BBC = Path.of("..", "shared", "corpora", "news", "bbc");

  @TempDir Path out;

  @Test
  @Timeout(600)
  void aPivotBySpeakerCountsEachQuotationOnceUnderOneName() throws Exception {
    assumeTrue(
        Files.isDirectory(BBC),
        "../shared/corpora/news/bbc/ is absent: the BBC articles live beside the project, not in "
            + "it, so the speaker checks of issue 12 cannot run here");
    assertEquals(0, NewsNlp.run(new String[] {"--inputs=" + BBC + "/*", "--output=" + out}));
    List<Row> rows = QuoteRowChecks.read(out.resolve("quotes.csv"));
    Findings f = QuoteRowChecks.check(rows);
    SpeakerTableChecks.Findings speakers = SpeakerTableChecks.check(out);
    String report = f.report() + speakers.report();
    System.out.println(report);
    Map<String, Integer> rowsByDoc = new HashMap<>();
    rows.forEach(r -> rowsByDoc.merge(r.docId(), 1, Integer::sum));
    List<CSVRecord> docs = CsvRows.read(out.resolve("documents.csv"));
    assertAll(
        () -> assertEquals(2225, docs.size(), "one documents.csv row per article"),
        () -> assertTrue(rows.size() > 10_000, "rows: " + rows.size()),
        () -> assertEquals(0, f.overlappingPairs(), report),
        () -> assertEquals(0, f.notAName(), report),
        () -> assertTrue(f.roleInsideShare() <= 0.005, report),
        () -> assertEquals(0, f.tails(), report),
        () -> assertEquals(0, speakers.caseVariants(), report),
        () -> assertEquals(0, speakers.singleApart(), report),
        () -> assertEquals(speakers.attributed(), speakers.quotes(), report),
        () -> assertEquals(List.of(), speakers.problems(), report),
        () -> {
          for (CSVRecord d : docs) {
            assertEquals(
                Integer.toString(rowsByDoc.getOrDefault(d.get("doc_id"), 0)),
                d.get("quotes"),
                "quotes of " + d.get("doc_id"));
          }
        });
    // The same run's report, in a real browser: its charts draw and it shows the run's counts.
    if (Chromium.binary() == null) {
      System.err.println("BbcQuoteRowsTest: no chromium on the PATH, so the report is not opened");
    } else {
      String dom = Chromium.render(out.resolve("report.html"), "bbc");
      Chromium.assertDrawn(dom, 6, ReportInBrowserTest.counts(out.resolve("run.json")));
    }
  }
}
