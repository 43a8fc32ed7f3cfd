package org.newsnlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a new user's first mistakes get: exit code 2 and a message that names the culprit and says
 * what to do, before any work (no output folder is created, no pipeline built); and {@code -h},
 * {@code --help} and {@code --version} answered with exit code 0.
 */
class FrontDoorTest {
  @TempDir Path tmp;
  Path news;
  Path out;

  @BeforeEach
  void aFolderOfNews() throws IOException {
    news = tmp.resolve("news");
    Files.createDirectories(news);
    Files.writeString(news.resolve("a.txt"), "Storm Hits Coast\n\nThe storm hit.\n\nMore.\n");
    out = tmp.resolve("out");
  }

  static void write(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, "Storm Hits Coast\n\nThe storm hit.\n\nMore.\n");
  }

  /** A run's exit code with what it wrote to standard output and standard error. */
  record Answer(int code, String out, String err) {}

  static Answer run(String... args) {
    PrintStream err = System.err;
    PrintStream stdout = System.out;
    ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
    System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
    try {
      int code = NewsNlp.run(args);
      return new Answer(
          code,
          outBytes.toString(StandardCharsets.UTF_8),
          errBytes.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(err);
      System.setOut(stdout);
    }
  }

  void assertRefused(Answer answer, String... said) {
    assertEquals(NewsNlp.EXIT_USAGE, answer.code(), answer.err());
    for (String s : said) {
      assertTrue(answer.err().contains(s), "expected '" + s + "' in: " + answer.err());
    }
    assertFalse(Files.exists(out), "nothing was created before the options were checked");
  }

  @Test
  void aMissingInputFolderIsNamed() {
    Path missing = tmp.resolve("incoming");
    assertRefused(
        run("--inputs=" + missing + "/**", "--output=" + out),
        "--inputs=" + missing + "/**: the folder " + missing + " does not exist");
  }

  @Test
  void aJsonFieldOptionNamingNoFieldIsRefused() {
    assertRefused(
        run("--inputs=" + news, "--output=" + out, "--textField= , "),
        "--textField names no JSON field: give one or more field names, comma-separated");
  }

  @Test
  void aTildeTheShellDidNotExpandIsExplained() {
    assertRefused(
        run("--inputs=~/no-such-news-folder", "--output=" + out),
        "does not exist",
        "the shell does not expand ~ after --inputs=: write $HOME/no-such-news-folder");
  }

  @Test
  void aPatternMatchingNothingStopsUnlessEmptyInputsAreAllowed() throws IOException {
    Path empty = tmp.resolve("empty");
    Files.createDirectories(empty.resolve(".cache"));
    Files.writeString(empty.resolve(".DS_Store"), "x");
    Files.writeString(empty.resolve(".cache/a.txt"), "Hidden Story\n\nNot read.\n");
    assertRefused(
        run("--inputs=" + empty, "--output=" + out),
        "--inputs=" + empty + " matches no file to read",
        "--allowEmptyInputs=true");
    assertRefused(run("--inputs=" + news + "/*.md", "--output=" + out), "matches no file");
    Path dated = tmp.resolve("dated");
    write(dated.resolve("2026-03-01/a.txt"));
    assertRefused(
        run("--inputs=" + dated, "--output=" + out),
        "(it has sub-folders: --inputs=" + dated + "/** reads the files in them)");

    assertEquals(
        NewsNlp.EXIT_OK,
        run("--inputs=" + empty, "--output=" + out, "--allowEmptyInputs=true").code());
    assertEquals(
        List.of(String.join(",", org.newsnlp.model.DocumentStats.header())),
        Files.readAllLines(out.resolve("documents.csv")),
        "an allowed empty run writes empty tables");
  }

  @Test
  void anOutputThatIsAFileOrInsideTheInputsIsRefused() throws IOException {
    Path file = tmp.resolve("tables.csv");
    Files.writeString(file, "not a folder");
    Answer answer = run("--inputs=" + news, "--output=" + file);
    assertEquals(NewsNlp.EXIT_USAGE, answer.code());
    assertTrue(answer.err().contains(file + " is a file, not a folder"), answer.err());

    Path inside = news.resolve("tables");
    answer = run("--inputs=" + news, "--output=" + inside);
    assertEquals(NewsNlp.EXIT_USAGE, answer.code());
    assertTrue(answer.err().contains("is inside the input folder " + news), answer.err());
    assertFalse(Files.exists(inside));
  }

  @Test
  void anOutputThatCannotBeWrittenIsRefused() throws IOException {
    Path locked = tmp.resolve("locked");
    Files.createDirectories(locked);
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
    assumeFalse(Files.isWritable(locked), "running as root, who can write anywhere");
    Answer answer = run("--inputs=" + news, "--output=" + locked.resolve("out"));
    assertEquals(NewsNlp.EXIT_USAGE, answer.code());
    assertTrue(answer.err().contains("cannot write in " + locked), answer.err());
  }

  @Test
  void numbersOutOfRangeAreNamed() {
    assertRefused(
        run(
            "--inputs=" + news,
            "--output=" + out,
            "--shards=-1",
            "--maxDocumentBytes=0",
            "--maxDocumentSeconds=-1",
            "--progressSeconds=-5"),
        "--shards=-1 is negative",
        "--maxDocumentBytes=0 would reject every file",
        "--maxDocumentSeconds=-1 is negative",
        "--progressSeconds=-5 is negative");
    assertRefused(
        run("--inputs=" + news, "--output=" + out, "--maxDocumentSeconds=NaN"),
        "--maxDocumentSeconds=NaN is not a number");
  }

  @Test
  void unknownOptionsAndBadDatesAreRefused() {
    assertRefused(run("--inptus=" + news, "--output=" + out), "inptus");
    assertRefused(
        run("--inputs=" + news, "--output=" + out, "--runDate=2026-13-01"),
        "--runDate=2026-13-01 is not a date");
    assertRefused(
        run("--inputs=" + news, "--output=" + out, "--incremental=true"),
        "--incremental=true needs a dated run");
    assertRefused(
        run("--inputs=" + news, "--output=" + out, "--report=maybe"),
        "--report=maybe is neither true nor false");
  }

  @Test
  void helpListsNewsnlpsOwnOptionsByPurposeThenExamplesAndExitCodes() {
    for (String flag : List.of("-h", "--help")) {
      Answer answer = run(flag);
      assertEquals(NewsNlp.EXIT_OK, answer.code());
      String help = answer.out();
      assertTrue(help.startsWith("Usage: java -jar newsnlp.jar"), help);
      int inputs = help.indexOf("\nInputs:\n  --inputs=...   (default seeds/*)\n");
      int outputs = help.indexOf("\nOutputs:\n  --output=...   (default output/)\n");
      int runs = help.indexOf("\nScheduled and repeated runs:\n  --job=...\n");
      int runners = help.indexOf("\nRunners:\n");
      int examples = help.indexOf("\nExamples:\n");
      int codes = help.indexOf("\nExit codes:\n  0  ");
      assertTrue(
          0 < inputs
              && inputs < outputs
              && outputs < runs
              && runs < runners
              && runners < examples
              && examples < codes,
          help);
      assertTrue(help.contains("  --allowEmptyInputs=true|false   (default false)\n"), help);
      assertTrue(help.contains("  --shards=N   (default 0)\n"), help);
      assertTrue(help.contains("  --report=true|false   (default true)\n"), help);
      assertFalse(help.contains("--jobName"), "Beam's own options come with --help=beam");
      assertTrue(help.contains("--help=beam"), help);
    }
    Answer beam = run("--help=beam");
    assertEquals(NewsNlp.EXIT_OK, beam.code());
    assertTrue(beam.out().contains("--jobName"), beam.out());
  }

  @Test
  void versionNamesNewsnlpOpenNlpBeamAndTheModels() {
    Answer answer = run("--version");
    assertEquals(NewsNlp.EXIT_OK, answer.code());
    assertTrue(answer.out().startsWith("newsnlp 0.1.0\nApache OpenNLP 2.5.6\n"), answer.out());
    assertTrue(answer.out().contains("Apache Beam 2.62.0\n"), answer.out());
    assertTrue(
        answer
            .out()
            .contains(
                "models: OpenNLP English UD EWT 1.3.0 (sentence, tokenizer, pos, lemmatizer),"
                    + " OpenNLP language detector 1.0.0\n"),
        answer.out());
  }
}
