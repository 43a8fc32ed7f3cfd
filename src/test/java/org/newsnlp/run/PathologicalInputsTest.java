package org.newsnlp.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsnlp.NewsNlp;
import org.newsnlp.bench.PathologicalTexts;

/**
 * Protects "no document can stall a run" (issue 13): text that is valid but shaped unlike news (a
 * megabyte token, deep nesting of every bracket, a paragraph of nothing but quotations, a sentence
 * of half a million words, …; {@link PathologicalTexts}, generated here), run through the job with
 * 200 real articles and the default time budget, finishes with exit code 0; each file has exactly
 * the outcome named here (a document, or the error row of {@link #EXPECTED_ERRORS}), so that a
 * stage that slows down on one of them until the budget stops it ({@code too_slow}) fails this
 * test; and the real articles' rows are the same as in a run of them alone. How fast it goes is the
 * benchmark's business; the timeout only guards against a hang.
 */
class PathologicalInputsTest {
  /**
   * The generated texts that are to become error rows, as {@code "<reason> in stage <stage>"}:
   * none. Each is text a person could have pasted into an article, and each stage takes linear time
   * on it, well within the default {@code --maxDocumentSeconds}.
   */
  private static final Map<String, String> EXPECTED_ERRORS = Map.of();

  @TempDir Path tmp;

  @Test
  @Timeout(900)
  void everyPathologicalFileHasItsOutcomeAndRealArticlesAreUnaffected() throws IOException {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    List<String> pathological = new ArrayList<>();
    for (PathologicalTexts.Text t : PathologicalTexts.suite()) {
      Files.writeString(in.resolve(t.name()), t.text(), StandardCharsets.UTF_8);
      pathological.add(t.name());
    }
    List<String> real = new ArrayList<>();
    for (Path article : HostileCorpus.sharedArticles(200)) {
      Path copy = in.resolve("real-" + article.getFileName());
      Files.copy(article, copy);
      real.add(copy.getFileName().toString());
    }
    if (real.isEmpty()) {
      System.err.println(
          "PathologicalInputsTest: ../shared is absent, so no real articles are mixed in and"
              + " their rows are not compared with a run of them alone");
    }

    Path out = tmp.resolve("out");
    assertEquals(
        NewsNlp.EXIT_OK,
        NewsNlp.run(
            new String[] {"--inputs=" + in + "/*", "--output=" + out, "--progressSeconds=0"}));

    Map<String, Map<String, String>> documents = new HashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Map<String, String> row : Tables.rows(out.resolve("documents.csv"))) {
      String name = Path.of(row.get("path")).getFileName().toString();
      documents.put(name, row);
      seen.merge(name, 1, Integer::sum);
    }
    Map<String, String> errors = new TreeMap<>();
    for (Map<String, String> row : Tables.rows(out.resolve("errors.csv"))) {
      String name = Path.of(row.get("path")).getFileName().toString();
      seen.merge(name, 1, Integer::sum);
      errors.put(name, row.get("reason") + " in stage " + row.get("stage"));
    }
    List<String> all = new ArrayList<>(pathological);
    all.addAll(real);
    for (String name : all) {
      assertEquals(1, seen.getOrDefault(name, 0), name + " must appear exactly once");
    }
    assertEquals(all.size(), seen.size(), "nothing but the inputs appears: " + seen.keySet());
    // a too_slow row here is a stage no longer linear on that shape; an internal_error, a bug
    assertEquals(new TreeMap<>(EXPECTED_ERRORS), errors, "the error rows, by file");
    for (String name : all) {
      if (!EXPECTED_ERRORS.containsKey(name)) {
        assertTrue(documents.containsKey(name), name + " is a document");
      }
    }

    // What the rules for long chunks and long sentences make of some, exactly.
    expect(documents, "single-token.txt", "tokens", "1");
    expect(documents, "single-token.txt", "words", "1");
    for (String bracket : List.of("parentheses", "brackets", "braces", "angles")) {
      expect(documents, "nested-" + bracket + ".txt", "tokens", "200000");
      expect(documents, "nested-" + bracket + ".txt", "words", "0");
    }
    expect(documents, "half-million-words.txt", "sentences", "1");
    expect(documents, "half-million-words.txt", "words", "500000");

    if (!real.isEmpty()) {
      for (var pair :
          HostileCorpus.realRowsAloneAndMixed(
              in, out, tmp.resolve("alone"), "documents.csv", "quotes.csv")) {
        assertEquals(pair.get(0), pair.get(1));
      }
    }
  }

  /**
   * A document still being analysed when its time is up is an error row {@code too_slow} naming its
   * stage, and the run goes on to the end and exits 0: here a short article and the megabyte
   * paragraph of quotations. A budget too small to measure stops every document at the first check,
   * so the outcome does not depend on the machine's speed.
   */
  @Test
  void documentsOverTheirTimeAreTooSlowRowsAndTheRunSucceeds() throws IOException {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    Files.writeString(in.resolve("a.txt"), "Council Backs Plan\n\nThe council met.\n\nIt voted.\n");
    // and a pathological text: the budget stops it as it stops any document
    Files.writeString(in.resolve("b.txt"), PathologicalTexts.quotationDense(1 << 20));
    Path out = tmp.resolve("out");
    assertEquals(
        NewsNlp.EXIT_OK,
        NewsNlp.run(
            new String[] {
              "--inputs=" + in + "/*",
              "--output=" + out,
              "--progressSeconds=0",
              "--maxDocumentSeconds=0.000000001"
            }));
    assertEquals(List.of(), Tables.rows(out.resolve("documents.csv")));
    List<Map<String, String>> errors = Tables.rows(out.resolve("errors.csv"));
    assertEquals(2, errors.size());
    for (Map<String, String> row : errors) {
      assertEquals("annotate", row.get("stage"));
      assertEquals("too_slow", row.get("reason"));
      assertEquals(
          "newsnlp stopped this document in stage annotate when it had taken 0.000000001 s"
              + " (--maxDocumentSeconds); it is probably not prose (a table, a log, encoded"
              + " data): check the file, or raise the limit",
          row.get("detail"));
    }
    String manifest = Files.readString(out.resolve("run.json"));
    assertTrue(manifest.contains("\"too_slow\" : 2"), manifest);
  }

  private static void expect(
      Map<String, Map<String, String>> documents, String name, String column, String value) {
    assertEquals(value, documents.get(name).get(column), name + " " + column);
  }
}
