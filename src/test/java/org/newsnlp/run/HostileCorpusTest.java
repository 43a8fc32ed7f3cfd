package org.newsnlp.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsnlp.NewsNlp;

/**
 * Protects "no input ever lost": over 1,000 hostile files (every encoding, line ends, NUL bytes,
 * binary, empty, too large, gzip good and bad, dangling symlinks, a symlink loop) mixed with real
 * articles, the run finishes, every input is in documents.csv or errors.csv exactly once with the
 * expected reason, and the real articles give the same rows as when run alone.
 */
class HostileCorpusTest {
  @TempDir Path tmp;

  @Test
  void everyInputEndsUpExactlyOnceAndRealArticlesAreUnaffected() throws IOException {
    Path in = tmp.resolve("in");
    List<Path> hostile = HostileCorpus.write(in, 1020);
    Files.createDirectories(in.resolve("loop"));
    Files.createSymbolicLink(in.resolve("loop").resolve("again"), in.resolve("loop"));
    List<Path> real = new ArrayList<>();
    for (Path article : HostileCorpus.sharedArticles(60)) {
      Path copy = in.resolve("real-" + article.getFileName());
      Files.copy(article, copy);
      real.add(copy);
    }
    if (real.isEmpty()) {
      System.err.println(
          "HostileCorpusTest: ../shared is absent, so no real articles are mixed in");
    }

    Path out = tmp.resolve("out");
    assertEquals(
        NewsNlp.EXIT_OK,
        NewsNlp.run(
            new String[] {
              "--inputs=" + in + "/**",
              "--output=" + out,
              "--maxDocumentBytes=" + HostileCorpus.MAX_BYTES,
              "--progressSeconds=0"
            }));

    Map<String, Integer> seen = new HashMap<>();
    Map<String, String> reasons = new HashMap<>();
    for (Map<String, String> row : Tables.rows(out.resolve("documents.csv"))) {
      seen.merge(Path.of(row.get("path")).getFileName().toString(), 1, Integer::sum);
    }
    for (Map<String, String> row : Tables.rows(out.resolve("errors.csv"))) {
      String name = Path.of(row.get("path")).getFileName().toString();
      seen.merge(name, 1, Integer::sum);
      reasons.put(name, row.get("reason"));
      assertTrue(row.get("detail").length() > 20, "a reason a person can act on: " + row);
    }
    List<Path> all = new ArrayList<>(hostile);
    all.addAll(real);
    for (Path p : all) {
      String name = p.getFileName().toString();
      assertEquals(1, seen.getOrDefault(name, 0), name + " must appear exactly once");
      String expected = name.startsWith("real-") ? null : HostileCorpus.expectedReason(name);
      assertEquals(expected, reasons.get(name), name);
    }
    assertEquals(all.size(), seen.size(), "nothing but the inputs appears: " + seen.keySet());

    if (!real.isEmpty()) {
      for (var pair :
          HostileCorpus.realRowsAloneAndMixed(in, out, tmp.resolve("alone"), "documents.csv")) {
        assertEquals(pair.get(0), pair.get(1));
      }
    }
  }
}
