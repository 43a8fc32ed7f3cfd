package org.newsnlp.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsnlp.CsvRows;
import org.newsnlp.NewsNlp;
import org.newsnlp.model.Quote;

/**
 * Protects spreadsheet users from CSV injection: over articles whose headlines and quotations start
 * with {@code =}, {@code +}, {@code -} and {@code @}, no text cell of any table starts a formula,
 * and LibreOffice opens quotes.csv with the right shape and no formula cell.
 */
class SpreadsheetSafetyTest {
  @TempDir static Path tmp;
  static Path out;
  static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

  @BeforeAll
  static void runOnInjectionCorpus() throws IOException {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    String[] starts = {"=cmd|' /C calc'!A0", "+1+1 cmd", "-2+3 cmd", "@SUM(1+1)*cmd"};
    for (int i = 0; i < starts.length; i++) {
      Files.writeString(
          in.resolve("inject" + i + ".txt"),
          starts[i]
              + " Headline\n\n"
              + "\u201C"
              + starts[i]
              + " is what they typed into the form,\u201D said John Smith.\n\n"
              + "\""
              + starts[i]
              + " again, and again,\" Mr. Smith added.\n\n"
              + "The end of the story.\n",
          StandardCharsets.UTF_8);
    }
    out = tmp.resolve("out");
    assertEquals(
        0, NewsNlp.run(new String[] {"--inputs=" + in, "--output=" + out, "--progressSeconds=0"}));
  }

  @Test
  void noTextCellStartsAFormula() throws IOException {
    int checked = 0;
    for (String table :
        List.of("documents.csv", "quotes.csv", "speakers.csv", "errors.csv", "inputs.csv")) {
      for (CSVRecord row : CsvRows.read(out.resolve(table))) {
        for (Map.Entry<String, String> cell : row.toMap().entrySet()) {
          String v = cell.getValue();
          if (v.isEmpty() || PLAIN_NUMBER.matcher(v).matches()) {
            continue;
          }
          checked++;
          assertFalse(
              "=+-@\t\r".indexOf(v.charAt(0)) >= 0,
              table + " " + cell.getKey() + " starts a formula: " + v);
        }
      }
    }
    assertTrue(checked > 20);
    List<CSVRecord> quotes = CsvRows.read(out.resolve("quotes.csv"));
    assertTrue(quotes.stream().anyMatch(q -> q.get("quote_text").startsWith("'=cmd")), "" + quotes);
    assertTrue(
        CsvRows.read(out.resolve("documents.csv")).stream()
            .anyMatch(d -> d.get("headline").startsWith("'@SUM")));
  }

  @Test
  void libreOfficeOpensQuotesWithTheRightShapeAndNoFormula() throws Exception {
    assumeTrue(
        new ProcessBuilder("sh", "-c", "command -v soffice || command -v libreoffice")
                .start()
                .waitFor()
            == 0,
        "LibreOffice is not installed (apt-get install libreoffice-calc-nogui; .ci/run does)");
    Path converted = tmp.resolve("converted");
    Process p =
        new ProcessBuilder(
                "soffice",
                "--headless",
                "-env:UserInstallation=file://" + tmp.resolve("lo-profile"),
                "--convert-to",
                "ods",
                "--outdir",
                converted.toString(),
                out.resolve("quotes.csv").toString())
            .redirectErrorStream(true)
            .start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "LibreOffice did not finish: " + log);
    Path ods = converted.resolve("quotes.ods");
    assertTrue(Files.exists(ods), "no quotes.ods: " + log);
    String content;
    try (ZipFile zip = new ZipFile(ods.toFile());
        InputStream in = zip.getInputStream(zip.getEntry("content.xml"))) {
      content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertFalse(content.contains("table:formula"), "a cell became a formula");
    int expectedRows = CsvRows.read(out.resolve("quotes.csv")).size() + 1;
    assertEquals(expectedRows, count(content, "<table:table-row"), "rows");
    Matcher firstRow = Pattern.compile("<table:table-row.*?</table:table-row>").matcher(content);
    assertTrue(firstRow.find());
    assertEquals(
        Quote.header().size(), count(firstRow.group(), "<table:table-cell"), "header columns");
  }

  private static int count(String s, String needle) {
    int n = 0;
    for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
