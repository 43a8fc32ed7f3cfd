package org.newsnlp.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsnlp.NewsNlp;

/**
 * Protects what a scheduled job relies on: dated folders published whole, byte-identical reruns
 * (manifest included, timing aside), a held lock refusing a second run, incremental nights skipping
 * unchanged inputs, and the exit codes.
 */
class RunLifecycleTest {
  @TempDir Path tmp;
  Path in;
  Path job;

  @BeforeEach
  void inputsAndJob() throws IOException {
    in = tmp.resolve("incoming");
    Files.createDirectories(in);
    for (String seed : List.of("000_2a0ef4d6d7bdbffd", "001_city_council_budget")) {
      Files.copy(Path.of("seeds", seed + ".txt"), in.resolve(seed + ".txt"));
    }
    job = tmp.resolve("nightly.properties");
    Files.writeString(
        job, "inputs=" + in + "/*\noutput=" + tmp.resolve("out") + "\nprogressSeconds=0\n");
  }

  int run(String... extra) {
    String[] args =
        Stream.concat(Stream.of("--job=" + job), Stream.of(extra)).toArray(String[]::new);
    return NewsNlp.run(args);
  }

  Path day(String date) {
    return tmp.resolve("out").resolve("nightly").resolve(date);
  }

  @Test
  void rerunningADateReplacesItWithIdenticalTablesAndManifest() throws IOException {
    assertEquals(NewsNlp.EXIT_OK, run("--runDate=2026-03-01"));
    Map<String, byte[]> first = snapshot(day("2026-03-01"));
    assertEquals(NewsNlp.EXIT_OK, run("--runDate=2026-03-01"));
    Map<String, byte[]> second = snapshot(day("2026-03-01"));
    assertEquals(first.keySet(), second.keySet());
    for (String table :
        List.of("documents.csv", "quotes.csv", "speakers.csv", "errors.csv", "inputs.csv")) {
      assertArrayEquals(first.get(table), second.get(table), table);
    }
    assertEquals(withoutTiming(first.get("run.json")), withoutTiming(second.get("run.json")));
    try (Stream<Path> entries = Files.list(day("2026-03-01").getParent())) {
      assertEquals(
          List.of(".2026-03-01.lock", "2026-03-01", "seen-inputs.csv"),
          entries.map(p -> p.getFileName().toString()).sorted().toList(),
          "no temporary or old folder is left");
    }
    ObjectNode manifest = (ObjectNode) new ObjectMapper().readTree(first.get("run.json"));
    assertEquals("nightly", manifest.get("job").asText());
    assertEquals("2026-03-01", manifest.get("run_date").asText());
    assertEquals(2, manifest.get("inputs").get("matched").asInt());
    assertEquals(2, manifest.get("documents_written").asInt());
    assertEquals(
        Tables.rows(day("2026-03-01").resolve("quotes.csv")).size(),
        manifest.get("quotes_written").asInt());
    assertEquals(
        Tables.sha256(day("2026-03-01").resolve("documents.csv")),
        manifest.get("tables").get(0).get("sha256").asText());
    assertEquals(5, manifest.get("tables").size());
    assertEquals(
        Tables.rows(day("2026-03-01").resolve("speakers.csv")).size(),
        manifest.get("speakers_written").asInt());
    assertEquals(
        java.util.HexFormat.of().formatHex(Tables.digest().digest(first.get("report.html"))),
        manifest.get("report").get("sha256").asText(),
        "the report is listed with the tables it was written from");
  }

  @Test
  void aHeldLockRefusesTheSecondRun() throws Exception {
    Path lockFile = tmp.resolve("out").resolve("nightly").resolve(".2026-03-02.lock");
    try (RunLock held = RunLock.acquire(lockFile)) {
      assertEquals(NewsNlp.EXIT_LOCKED, run("--runDate=2026-03-02"));
    }
    assertFalse(Files.exists(day("2026-03-02")), "the refused run published nothing");
    assertEquals(NewsNlp.EXIT_OK, run("--runDate=2026-03-02"));
  }

  @Test
  void aStaleLockIsClearedAndReported() throws Exception {
    Path lockFile = tmp.resolve("out").resolve("nightly").resolve(".2026-03-03.lock");
    Files.createDirectories(lockFile.getParent());
    Files.writeString(lockFile, "pid 999999 on elsewhere, started 2026-03-03T02:15:00Z");
    try (RunLock lock = RunLock.acquire(lockFile)) {
      assertEquals("pid 999999 on elsewhere, started 2026-03-03T02:15:00Z", lock.staleHolder());
    }
    assertEquals("", Files.readString(lockFile), "a clean release empties the lock file");
  }

  @Test
  void incrementalNightSkipsWhatAnEarlierNightProcessed() throws IOException {
    assertEquals(NewsNlp.EXIT_OK, run("--runDate=2026-03-04", "--incremental=true"));
    Files.writeString(
        in.resolve("003_new.txt"),
        "Library Hours Extended\n\n\"The branches will open on Sundays,\" said Maria Delgado.\n");
    assertEquals(NewsNlp.EXIT_OK, run("--runDate=2026-03-05", "--incremental=true"));
    List<Map<String, String>> docs = Tables.rows(day("2026-03-05").resolve("documents.csv"));
    assertEquals(List.of("003_new"), docs.stream().map(r -> r.get("doc_id")).toList());
    // The night's speakers are its own: Maria Delgado's two quotations of the first night are
    // not counted again.
    assertEquals(
        List.of(
            "speaker,speaker_type,documents,quotes,direct,mixed,indirect,quoted_words,names,roles,"
                + "first_seen,last_seen",
            "Maria Delgado,person,1,1,1,0,0,6,Maria Delgado,,,"),
        Files.readAllLines(day("2026-03-05").resolve("speakers.csv")));
    ObjectNode manifest =
        (ObjectNode) new ObjectMapper().readTree(day("2026-03-05").resolve("run.json").toFile());
    assertEquals(2, manifest.get("inputs").get("skipped").asInt());
    assertEquals(2, manifest.get("inputs").get("skipped_paths").size());
    assertTrue(
        Files.readString(day("2026-03-05").resolve("report.html"))
            .contains("The job&#39;s last 2 nights"),
        "the second night's report shows the first night beside it");
    // Rerunning the earlier night still processes its own inputs.
    assertEquals(NewsNlp.EXIT_OK, run("--runDate=2026-03-04", "--incremental=true"));
    assertEquals(3, Tables.rows(day("2026-03-04").resolve("documents.csv")).size());
    assertEquals(
        "Maria Delgado,person,2,3,3,0,0,24,Maria Delgado,council president,,",
        Files.readAllLines(day("2026-03-04").resolve("speakers.csv")).get(2));
  }

  @Test
  void rejectedInputsGiveExitCodeThreeOnlyWhenAskedFor() throws IOException {
    Files.write(in.resolve("empty.txt"), new byte[0]);
    assertEquals(NewsNlp.EXIT_OK, run("--runDate=2026-03-06"));
    assertEquals(
        NewsNlp.EXIT_REJECTED_INPUTS, run("--runDate=2026-03-06", "--failOnRejected=true"));
    assertTrue(Files.exists(day("2026-03-06").resolve("errors.csv")), "still published");
    assertEquals(NewsNlp.EXIT_USAGE, run("--runDate=yesterday"));
  }

  static Map<String, byte[]> snapshot(Path dir) throws IOException {
    Map<String, byte[]> files = new java.util.TreeMap<>();
    try (Stream<Path> entries = Files.list(dir)) {
      for (Path p : entries.toList()) {
        files.put(p.getFileName().toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }

  static String withoutTiming(byte[] json) throws IOException {
    ObjectNode node = (ObjectNode) new ObjectMapper().readTree(json);
    // The report shows the run's timing, so its bytes and SHA-256 vary with it.
    node.remove(List.of("started_at", "finished_at", "duration_seconds", "report"));
    return node.toString();
  }
}
