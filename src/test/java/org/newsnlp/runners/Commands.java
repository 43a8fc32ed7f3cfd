package org.newsnlp.runners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The commands of the README run as a user runs them, each as its own process in the project folder
 * with its output in a log file, for the integration tests of the runners.
 */
final class Commands {
  static final Path ROOT = Path.of("").toAbsolutePath();
  static final Path NEWS = Path.of("../shared/corpora/news");

  private Commands() {}

  record Result(int code, String output) {}

  /** Runs {@code command} with {@code env} added to this JVM's environment, for at most limit. */
  static Result run(List<String> command, Map<String, String> env, Path log, Duration limit) {
    try {
      Files.createDirectories(log.getParent());
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(ROOT.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      builder.environment().putAll(env);
      Process process = builder.start();
      if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor();
        return new Result(-1, "timed out after " + limit + ": " + command);
      }
      return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** {@code java -jar jar args…} with this JVM's java. */
  static List<String> javaJar(Path jar, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar.toAbsolutePath().toString());
    command.addAll(args);
    return command;
  }

  /** The last few thousand characters of a command's output, for a failure message. */
  static String tail(String output) {
    return output.length() <= 6000 ? output : output.substring(output.length() - 6000);
  }

  /** Articles in the JSON Lines file {@link #gatherInput} writes: three parts of at most 50. */
  static final int JSON_LINES = 120;

  /**
   * Fills {@code input} with the seed articles, two files the read stage must reject, a JSON Lines
   * file of {@value #JSON_LINES} invented articles and one broken line and, when ../shared is
   * present, the first {@code perSource} articles of each of its three news sources; returns how
   * many articles that is.
   */
  static int gatherInput(Path input, int perSource, String test) throws IOException {
    int articles = 0;
    Files.createDirectories(input);
    try (Stream<Path> seeds = Files.list(ROOT.resolve("seeds"))) {
      for (Path seed : seeds.toList()) {
        Files.copy(seed, input.resolve(seed.getFileName()));
        articles++;
      }
    }
    // Inputs every runner must turn into the same error rows.
    Files.write(input.resolve("empty.txt"), new byte[0]);
    Files.write(input.resolve("blob.bin"), new byte[] {1, 2, 0, 3, 0, 0, 7});
    // A JSON Lines file of invented articles, cut into parts that each runner spreads over its
    // workers, and a broken line among them.
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= JSON_LINES; i++) {
      lines.append("{\"id\": \"n").append(i).append("\", \"title\": \"Report ").append(i);
      lines.append(" on local affairs\", \"maintext\": \"The council approved the budget on day ");
      lines.append(i).append(".\\n\\n\u201CWe will see what happens next,\u201D said Tom Park.");
      lines.append("\\n\\nThe vote was close.\", \"date_publish\": \"2019-01-");
      lines.append(String.format(Locale.ROOT, "%02d", i % 28 + 1)).append("\"}\n");
      if (i == JSON_LINES / 2) {
        lines.append("{\"id\": \"cut\", \"maintext\": \"no end\n");
      }
    }
    Files.writeString(input.resolve("wire.jsonl"), lines);
    articles += JSON_LINES;
    if (perSource == 0) {
      return articles;
    }
    if (!Files.isDirectory(NEWS)) {
      System.err.println(test + ": " + NEWS + " is absent; running the seed articles only");
      return articles;
    }
    for (String source : List.of("bbc", "reuters21578", "wikinews")) {
      try (Stream<Path> files = Files.list(NEWS.resolve(source))) {
        for (Path file : files.sorted().limit(perSource).toList()) {
          Files.copy(file, input.resolve(file.getFileName()));
          articles++;
        }
      }
    }
    return articles;
  }

  /**
   * Every table (*.csv) in {@code expected} must be in {@code actual} with the same bytes: the
   * documents, quotes, errors and inputs, and any table added since.
   */
  static void assertSameTables(Path expected, Path actual) throws IOException {
    List<Path> tables;
    try (Stream<Path> files = Files.list(expected)) {
      tables = files.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
    }
    assertTrue(tables.size() >= 4, "tables of " + expected + ": " + tables);
    for (Path table : tables) {
      Path other = actual.resolve(table.getFileName());
      assertTrue(Files.exists(other), other + " was not written");
      assertEquals(-1L, Files.mismatch(table, other), other + " differs from " + table);
    }
  }
}
