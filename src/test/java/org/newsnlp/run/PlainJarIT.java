package org.newsnlp.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged jar as a user types it, {@code java -jar newsnlp.jar --inputs=… --output=…}
 * with no JVM flag, and shows that the work runs in a worker JVM with the tuned settings, and that
 * {@code kill -9} of that command during a plain run leaves the tables of the last finished run
 * byte for byte as they were, stops the worker too, and that the next run succeeds and clears what
 * the killed one left.
 */
class PlainJarIT {
  @TempDir Path home;
  Path news;
  Path out;

  @BeforeEach
  void aFolderOfNews() throws IOException {
    news = home.resolve("news");
    out = home.resolve("tables");
    Files.createDirectories(news);
    try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
      for (Path seed : seeds.toList()) {
        Files.copy(seed, news.resolve(seed.getFileName()));
      }
    }
  }

  /** {@code java -jar newsnlp.jar --inputs=news --output=tables}, only Java on the path. */
  Process start() throws IOException {
    List<String> command = JarCommand.of(home);
    command.add("--inputs=" + news);
    command.add("--output=" + out);
    return new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true).start();
  }

  static String finish(Process p) throws Exception {
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(10, TimeUnit.MINUTES), "the run did not end");
    assertEquals(0, p.exitValue(), log);
    return log;
  }

  Map<String, byte[]> tables() throws IOException {
    Map<String, byte[]> tables = new TreeMap<>();
    try (Stream<Path> files = Files.list(out)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
        tables.put(f.getFileName().toString(), Files.readAllBytes(f));
      }
    }
    return tables;
  }

  @Test
  @Timeout(value = 15, unit = TimeUnit.MINUTES)
  void killedPlainRunLeavesTheFinishedTablesAsTheyWere() throws Exception {
    finish(start());
    Map<String, byte[]> finished = tables();
    assertEquals(4, Tables.rows(out.resolve("documents.csv")).size());

    Random random = new Random(11);
    for (int i = 0; i < 400; i++) {
      Files.writeString(
          news.resolve(String.format("extra-%03d.txt", i)), HostileCorpus.article(random, i));
    }
    Process doomed = start();
    BufferedReader lines =
        new BufferedReader(new InputStreamReader(doomed.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    for (String line; (line = lines.readLine()) != null; ) {
      seen.append(line).append('\n');
      if (line.contains("first document annotated")) {
        break;
      }
    }
    List<ProcessHandle> workers = doomed.descendants().toList();
    assertEquals(1, workers.size(), "one worker JVM: " + seen);
    String worker = workers.get(0).info().commandLine().orElse("");
    assertTrue(
        worker.contains("-XX:TieredStopAtLevel=1") && worker.contains("-XX:+UseParallelGC"),
        "the worker runs with the tuned flags: " + worker);

    doomed.destroyForcibly(); // SIGKILL to the command the user started, as kill -9
    doomed.waitFor();
    workers.get(0).onExit().get(5, TimeUnit.MINUTES);

    Map<String, byte[]> after = tables();
    assertEquals(finished.keySet(), after.keySet());
    for (String table : finished.keySet()) {
      assertArrayEquals(finished.get(table), after.get(table), table + " changed");
    }

    finish(start());
    assertEquals(404, Tables.rows(out.resolve("documents.csv")).size());
    try (Stream<Path> entries = Files.list(out)) {
      assertTrue(
          entries.noneMatch(p -> p.getFileName().toString().startsWith(".newsnlp-run-")),
          "the killed run's staging folder is cleared");
    }
  }
}
