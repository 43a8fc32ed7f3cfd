package org.newsnlp.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged jar the way cron does (only Java on the PATH, no Maven, the shipped
 * pipelines/nightly.properties, the crontab line's command) and shows what an operator can rely on:
 * the job runs, a run killed with {@code kill -9} at a random moment leaves the published folder
 * intact and the next run succeeds, and of two runs of the same date started together one runs and
 * the other refuses.
 */
class NightlyJarIT {
  @TempDir Path home;

  @BeforeEach
  void installLikeASysadmin() throws IOException {
    Files.createDirectories(home.resolve("pipelines"));
    Files.copy(
        Path.of("pipelines", "nightly.properties"), home.resolve("pipelines/nightly.properties"));
    Path incoming = home.resolve("incoming");
    Files.createDirectories(incoming);
    try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
      for (Path seed : seeds.toList()) {
        Files.copy(seed, incoming.resolve(seed.getFileName()));
      }
    }
  }

  Process start(String... args) throws IOException {
    // The crontab line: the launcher passes -Xmx on to the worker JVM it starts.
    List<String> command = JarCommand.of(home, "-Xmx1g");
    command.add("--job=pipelines/nightly.properties");
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .directory(home.toFile())
        .redirectErrorStream(true)
        .redirectOutput(home.resolve("log-" + System.nanoTime() + ".txt").toFile())
        .start();
  }

  static int finish(Process p) throws InterruptedException {
    assertTrue(p.waitFor(10, TimeUnit.MINUTES), "the run did not end");
    return p.exitValue();
  }

  Path day(String date) {
    return home.resolve("output").resolve("nightly").resolve(date);
  }

  void addArticles(int n) throws IOException {
    Random random = new Random(7);
    for (int i = 0; i < n; i++) {
      Files.writeString(
          home.resolve("incoming").resolve(String.format("extra-%03d.txt", i)),
          HostileCorpus.article(random, i),
          StandardCharsets.UTF_8);
    }
  }

  List<String> visibleEntries(Path jobDir) throws IOException {
    try (Stream<Path> entries = Files.list(jobDir)) {
      return entries
          .map(p -> p.getFileName().toString())
          .filter(n -> !n.startsWith("."))
          .sorted()
          .toList();
    }
  }

  String logs() throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.list(home)) {
      for (Path log : files.filter(f -> f.getFileName().toString().startsWith("log-")).toList()) {
        all.append(Files.readString(log));
      }
    }
    return all.toString();
  }

  @Test
  void nightlyJobRunsFromTheJarWithOnlyJava() throws Exception {
    assertEquals(0, finish(start("--runDate=2026-04-01")), logs());
    assertEquals(4, Tables.rows(day("2026-04-01").resolve("documents.csv")).size());
    assertTrue(Files.exists(day("2026-04-01").resolve("run.json")));
  }

  @Test
  void killedRunLeavesThePublishedRunIntactAndTheNextRunSucceeds() throws Exception {
    String date = "2026-04-02";
    assertEquals(0, finish(start("--runDate=" + date, "--incremental=false")), logs());
    String published = Tables.sha256(day(date).resolve("documents.csv"));

    addArticles(150);
    Process doomed = start("--runDate=" + date, "--incremental=false");
    long wait = 1000 + new Random().nextInt(6000);
    Thread.sleep(wait);
    List<ProcessHandle> workers = doomed.descendants().toList();
    doomed.destroyForcibly(); // SIGKILL, as kill -9
    doomed.waitFor();
    for (ProcessHandle worker : workers) {
      // The worker JVM the launcher started ends with it.
      worker.onExit().get(5, TimeUnit.MINUTES);
    }

    List<String> visible = visibleEntries(day(date).getParent());
    assertEquals(List.of(date, "seen-inputs.csv"), visible, "killed after " + wait + " ms");
    int rows = Tables.rows(day(date).resolve("documents.csv")).size();
    assertTrue(
        published.equals(Tables.sha256(day(date).resolve("documents.csv"))) || rows == 154,
        "the published run is the old one whole, or (killed after publishing) the new one whole");

    assertEquals(0, finish(start("--runDate=" + date, "--incremental=false")), logs());
    assertEquals(154, Tables.rows(day(date).resolve("documents.csv")).size());
    try (Stream<Path> entries = Files.list(day(date).getParent())) {
      assertTrue(
          entries.noneMatch(p -> p.getFileName().toString().contains(".tmp-")),
          "leftovers of the killed run are removed");
    }
  }

  @Test
  void twoRunsOfTheSameDateStartedTogetherOneRunsTheOtherRefuses() throws Exception {
    addArticles(150);
    Process a = start("--runDate=2026-04-03");
    Process b = start("--runDate=2026-04-03");
    List<Integer> codes = new ArrayList<>(List.of(finish(a), finish(b)));
    codes.sort(null);
    assertEquals(List.of(0, 4), codes, logs());
    assertTrue(logs().contains("is already running"), logs());
    assertEquals(154, Tables.rows(day("2026-04-03").resolve("documents.csv")).size());
  }
}
