package org.newsnlp.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsnlp.NewsNlp;

/**
 * A plain run is as safe as a dated one: it stages its tables and publishes them only when it has
 * finished, removes the tables of earlier runs it did not write, leaves other files alone, writes
 * its log beside its tables, and the leftovers of a killed run are cleared (or, when it was killed
 * while publishing, completed) by the next run.
 */
class FlatRunTest {
  static final List<String> TABLES =
      List.of("documents.csv", "quotes.csv", "errors.csv", "inputs.csv");
  @TempDir Path tmp;

  static List<String> entries(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  int run(Path out, String... extra) {
    List<String> args = new ArrayList<>(List.of("--inputs=seeds", "--output=" + out));
    args.addAll(List.of(extra));
    return NewsNlp.run(args.toArray(new String[0]));
  }

  @Test
  void aRunReplacesTheTablesOfTheLastRunAndOnlyThose() throws IOException {
    Path out = tmp.resolve("out");
    Files.createDirectories(out);
    Files.writeString(out.resolve("notes.txt"), "the analyst's own notes");
    assertEquals(NewsNlp.EXIT_OK, run(out, "--emitTokens=true", "--shards=2"));
    assertTrue(entries(out).contains("tokens-00001-of-00002.csv"), entries(out).toString());
    assertTrue(entries(out).contains("report.html"), entries(out).toString());

    assertEquals(NewsNlp.EXIT_OK, run(out, "--report=false"));
    assertEquals(
        List.of(
            ".newsnlp.lock",
            "documents.csv",
            "errors.csv",
            "inputs.csv",
            "notes.txt",
            "quotes.csv",
            "run.json",
            "run.log",
            "speakers.csv"),
        entries(out),
        "no table or report of the earlier run is left, no staging folder either");
    JsonNode manifest = new ObjectMapper().readTree(out.resolve("run.json").toFile());
    List<String> listed = new ArrayList<>();
    manifest.get("tables").forEach(t -> listed.add(t.get("file").asText()));
    assertEquals(
        List.of("documents.csv", "errors.csv", "inputs.csv", "quotes.csv", "speakers.csv"), listed);
    assertFalse(manifest.has("report"), "a run without a report lists none");
    String log = Files.readString(out.resolve("run.log"));
    assertTrue(log.contains("INFO NewsNlp - 4 inputs, 0 skipped, 4 documents"), log);
  }

  /** A staging folder as a run leaves it when killed: tables written, maybe marked complete. */
  static Path staging(RunFolder.Flat folder, String marker) throws IOException {
    Path staging = folder.newStaging();
    for (String table : TABLES) {
      Files.writeString(staging.resolve(table), "new " + table);
    }
    Files.writeString(staging.resolve("run.json"), "{}");
    if (marker != null) {
      Files.writeString(staging.resolve(RunFolder.Flat.COMPLETE), marker);
    }
    return staging;
  }

  /** The flat folder of a run that can write the five tables. */
  static RunFolder.Flat flat(Path out) {
    return new RunFolder.Flat(
        out, List.of("documents.csv", "quotes.csv", "tokens.csv", "errors.csv", "inputs.csv"));
  }

  static void finishedTables(Path out) throws IOException {
    Files.createDirectories(out);
    for (String table :
        List.of("documents.csv", "quotes.csv", "errors.csv", "inputs.csv", "tokens.csv")) {
      Files.writeString(out.resolve(table), "old " + table);
    }
  }

  @Test
  void aRunKilledBeforePublishingLeavesTheTablesAsTheyWere() throws IOException {
    Path out = tmp.resolve("out");
    finishedTables(out);
    RunFolder.Flat folder = flat(out);
    staging(folder, null);
    assertEquals(1, folder.clearLeftovers());
    for (String table : TABLES) {
      assertEquals("old " + table, Files.readString(out.resolve(table)));
    }
    assertEquals("old tokens.csv", Files.readString(out.resolve("tokens.csv")));
    assertTrue(entries(out).stream().noneMatch(n -> n.startsWith(".newsnlp-run-")));
  }

  @Test
  void aRunKilledWhilePublishingIsCompletedByTheNext() throws IOException {
    Path out = tmp.resolve("out");
    finishedTables(out);
    RunFolder.Flat folder = flat(out);
    Path staging = staging(folder, "documents.csv\nerrors.csv\ninputs.csv\nquotes.csv\nrun.json\n");
    // Killed after moving two of the five files into place.
    Files.move(
        staging.resolve("documents.csv"),
        out.resolve("documents.csv"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.move(
        staging.resolve("errors.csv"),
        out.resolve("errors.csv"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);

    assertEquals(1, folder.clearLeftovers());
    for (String table : TABLES) {
      assertEquals("new " + table, Files.readString(out.resolve(table)));
    }
    assertFalse(Files.exists(out.resolve("tokens.csv")), "the killed run did not write tokens.csv");
    assertEquals(
        List.of("documents.csv", "errors.csv", "inputs.csv", "quotes.csv", "run.json"),
        entries(out));
  }

  @Test
  void aFailedRunKeepsItsLogAndNothingElse() throws IOException {
    Path out = tmp.resolve("out");
    finishedTables(out);
    RunFolder.Flat folder = new RunFolder.Flat(out, List.of("documents.csv"));
    Path staging = staging(folder, null);
    Files.writeString(staging.resolve(RunFolder.LOG), "ERROR the run failed\n");
    assertEquals(out.resolve("run-failed.log"), folder.discard(staging));
    assertEquals("ERROR the run failed\n", Files.readString(out.resolve("run-failed.log")));
    assertEquals("old documents.csv", Files.readString(out.resolve("documents.csv")));
    assertFalse(Files.exists(staging));
  }
}
