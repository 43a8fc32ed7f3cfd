package org.newsnlp.runners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsnlp.NewsNlp;
import org.newsnlp.write.CsvTable;

/**
 * Protects Beam's promise for newsnlp: the direct runner, embedded Flink and local Spark write
 * byte-identical documents.csv, quotes.csv, speakers.csv and errors.csv for the same input, in the
 * single-file mode and in the sharded mode (where speakers.csv stays one file). The input is the
 * seed article plus, when ../shared is present, a few hundred real articles from each news source,
 * a JSON Lines file of invented, dated articles read in parts, and some files and a line the read
 * stage must reject.
 */
class SameTablesOnEveryRunnerTest {
  private static final List<String> TABLES = List.of("documents", "quotes", "errors");

  /** Articles taken from each source when the shared corpus is there: a few hundred in all. */
  private static final int PER_SOURCE = 80;

  @TempDir static Path dir;
  static Path input;
  static int articles;

  @BeforeAll
  static void gatherInput() throws IOException {
    input = dir.resolve("input");
    articles = Commands.gatherInput(input, PER_SOURCE, "SameTablesOnEveryRunnerTest");
  }

  @Test
  void directFlinkAndSparkWriteTheSameSingleFileTables() throws IOException {
    Path direct = run("direct", List.of("--runner=DirectRunner"));
    Path flink = run("flink", flinkArgs());
    Path spark = run("spark", sparkArgs());

    List<String> documents = Files.readAllLines(direct.resolve("documents.csv"));
    assertEquals(articles + 1, documents.size(), "one row per article plus the header");
    assertEquals(
        4,
        Files.readAllLines(direct.resolve("errors.csv")).size(),
        "two rejected inputs and a broken line");
    for (String table : plus(TABLES, List.of("speakers"))) {
      assertSameBytes(direct.resolve(table + ".csv"), flink.resolve(table + ".csv"));
      assertSameBytes(direct.resolve(table + ".csv"), spark.resolve(table + ".csv"));
    }
    // Tom Park is quoted in the seeds (no date) and on every line of the JSON Lines file, dated
    // from 2019-01-01 to 2019-01-28 and spread over its parts: the dates combine across workers.
    assertEquals(
        1,
        Files.readAllLines(direct.resolve("speakers.csv")).stream()
            .filter(row -> row.startsWith("Tom Park,person,"))
            .filter(row -> row.endsWith(",2019-01-01,2019-01-28"))
            .count(),
        "Tom Park first and last seen on the first and last dates of the JSON Lines file");
  }

  @Test
  void shardedTablesAreTheSameOnEveryRunnerAndHoldEveryRow() throws IOException {
    int shards = 3;
    Path single = run("direct-single", List.of("--runner=DirectRunner"));
    List<String> args = new ArrayList<>(List.of("--shards=" + shards));
    Path direct = run("direct-sharded", plus(args, List.of("--runner=DirectRunner")));
    Path flink = run("flink-sharded", plus(args, flinkArgs()));
    Path spark = run("spark-sharded", plus(args, sparkArgs()));
    for (String table : TABLES) {
      List<String> rows = new ArrayList<>();
      for (int i = 0; i < shards; i++) {
        String name = CsvTable.shardName(table, i, shards);
        assertSameBytes(direct.resolve(name), flink.resolve(name));
        assertSameBytes(direct.resolve(name), spark.resolve(name));
        List<String> lines = Files.readAllLines(direct.resolve(name));
        rows.addAll(lines.subList(1, lines.size()));
      }
      List<String> singleLines = Files.readAllLines(single.resolve(table + ".csv"));
      // Lines, not rows: a quoted cell may span lines, but each file is then split the same way.
      assertEquals(
          singleLines.subList(1, singleLines.size()).stream().sorted().toList(),
          rows.stream().sorted().toList(),
          table + ": the shards hold exactly the single file's rows");
    }
    // speakers.csv, a summary of the whole run, stays one file, the same as without shards.
    for (Path sharded : List.of(direct, flink, spark)) {
      assertSameBytes(single.resolve("speakers.csv"), sharded.resolve("speakers.csv"));
    }
  }

  private static List<String> flinkArgs() {
    return List.of("--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2");
  }

  private static List<String> sparkArgs() {
    return List.of("--runner=SparkRunner", "--sparkMaster=local[2]");
  }

  private static List<String> plus(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static Path run(String name, List<String> runnerArgs) {
    Path output = dir.resolve("out-" + name);
    List<String> args = new ArrayList<>();
    args.add("--inputs=" + input);
    args.add("--output=" + output);
    args.addAll(runnerArgs);
    assertEquals(NewsNlp.EXIT_OK, NewsNlp.run(args.toArray(new String[0])), name + " run failed");
    return output;
  }

  private static void assertSameBytes(Path expected, Path actual) throws IOException {
    assertTrue(Files.exists(actual), actual + " was not written");
    assertEquals(
        -1L,
        Files.mismatch(expected, actual),
        actual + " differs from " + expected + " (first differing byte shown)");
  }
}
