package org.newsnlp.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Runs the job in a fresh JVM ({@link TimedRun}) with a capped heap and the job's JVM flags, on the
 * direct runner (with the class-data archive once {@link #shareClasses} made it) or on Flink, and
 * measures it: the wall time from outside, the CPU time and peak heap from inside, the start-up
 * from the line the job prints when its first document is annotated.
 */
final class JobRuns {
  /**
   * The line the job prints when its first document is annotated ({@code ArticleSteps.annotate}).
   */
  private static final String FIRST_DOCUMENT = "first document annotated";

  private final Path work;
  private final String heap;
  private final List<String> jobJvmFlags;

  /** The direct runner's class path: this JVM's without Flink, as jars when sharing classes. */
  private String directClassPath = classPath(false);

  /** Flags that map the class-data archive of the direct runner's classes, when made. */
  private List<String> sharedClassFlags = List.of();

  /**
   * Runs writing under {@code work}, with the heap cap {@code heap} (e.g. {@code 1536m}) and the
   * JVM flags {@code jobJvmFlags}.
   */
  JobRuns(Path work, String heap, List<String> jobJvmFlags) {
    this.work = work;
    this.heap = heap;
    this.jobJvmFlags = jobJvmFlags;
  }

  List<String> jobJvmFlags() {
    return jobJvmFlags;
  }

  /**
   * Runs the job in a fresh JVM on {@code input}; the wall time is the whole process's, and the
   * start-up is the time from starting the process to reading the first-document line.
   */
  Measured run(String name, Path input, List<String> extra) throws Exception {
    return run(name, input, extra, false);
  }

  /** As {@link #run(String, Path, List)}; with {@code defaultJit}, the JVM's default flags. */
  Measured run(String name, Path input, List<String> extra, boolean defaultJit) throws Exception {
    boolean flink = extra.stream().anyMatch(a -> a.startsWith("--runner=Flink"));
    List<String> jvm = new ArrayList<>(defaultJit ? List.of() : jobJvmFlags);
    if (!flink) {
      // The archive holds the direct runner's class path; Flink's differs.
      jvm.addAll(sharedClassFlags);
    }
    return run(name, input, extra, jvm, flink ? classPath(true) : directClassPath);
  }

  private Measured run(
      String name, Path input, List<String> extra, List<String> jvm, String classPath)
      throws Exception {
    Path output = work.resolve("out-" + name);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + heap);
    command.addAll(jvm);
    // Flink's and Spark's memory code reaches into JDK internals that Java 17 closes.
    for (String pkg : List.of("java.lang", "java.nio", "sun.nio.ch", "java.util")) {
      command.add("--add-opens=java.base/" + pkg + "=ALL-UNNAMED");
    }
    command.add("-cp");
    command.add(classPath);
    command.add(TimedRun.class.getName());
    // A folder with sub-folders: match every file below it.
    command.add("--inputs=" + input + "/**");
    command.add("--output=" + output);
    command.addAll(extra);
    Benchmark.log("running " + name);
    long t0 = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String timed = null;
    double firstDocument = -1;
    StringBuilder tail = new StringBuilder();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = out.readLine()) != null; ) {
        if (line.startsWith(TimedRun.PREFIX)) {
          timed = line;
        } else {
          if (line.contains("Unable to use shared archive")) {
            Benchmark.log(name + ": the class-data archive was not used: " + line);
          }
          if (firstDocument < 0 && line.contains(FIRST_DOCUMENT)) {
            firstDocument = (System.nanoTime() - t0) / 1e9;
          }
          tail.append(line).append('\n');
          if (tail.length() > 20_000) {
            tail.delete(0, tail.length() - 10_000);
          }
        }
      }
    }
    int exit = process.waitFor();
    double wall = (System.nanoTime() - t0) / 1e9;
    if (exit != 0 || timed == null) {
      throw new IllegalStateException(name + " failed with exit code " + exit + ":\n" + tail);
    }
    Map<String, Long> figures = new LinkedHashMap<>();
    for (String field : timed.split(" ")) {
      if (field.contains("=")) {
        figures.put(
            field.substring(0, field.indexOf('=')),
            Long.parseLong(field.substring(field.indexOf('=') + 1)));
      }
    }
    long[] counted = documentsAndTokens(output);
    return new Measured(
        (int) counted[0],
        counted[1],
        wall,
        figures.get("cpu_ms") / 1000.0,
        figures.get("peak_heap_mb"),
        firstDocument);
  }

  /** The rows of a run's {@code documents.csv} and the sum of its {@code tokens} column. */
  static long[] documentsAndTokens(Path output) throws IOException {
    long documents = 0;
    long tokens = 0;
    try (Reader reader = Files.newBufferedReader(output.resolve("documents.csv"))) {
      for (CSVRecord record :
          CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
        documents++;
        tokens += Long.parseLong(record.get("tokens"));
      }
    }
    return new long[] {documents, tokens};
  }

  /**
   * Application class-data sharing, as the README describes it for scheduled runs: the direct
   * runner's class path as jars (an archive cannot hold classes from a directory), then one run of
   * the job on one article that writes the archive of the classes it loaded, which every later
   * direct-runner run maps instead of loading and verifying those classes again.
   */
  void shareClasses(Path oneArticle) throws Exception {
    List<String> entries = new ArrayList<>();
    int n = 0;
    for (String entry : classPath(false).split(File.pathSeparator)) {
      Path path = Path.of(entry);
      if (Files.isDirectory(path)) {
        Path jar = work.resolve("classpath-" + n++ + ".jar");
        jarOf(path, jar);
        entries.add(jar.toString());
      } else {
        entries.add(entry);
      }
    }
    directClassPath = String.join(File.pathSeparator, entries);
    Path archive = work.resolve("newsnlp.jsa");
    List<String> jvm = new ArrayList<>(jobJvmFlags);
    jvm.add("-XX:ArchiveClassesAtExit=" + archive);
    run("class-data-archive", oneArticle, List.of(), jvm, directClassPath);
    sharedClassFlags = List.of("-XX:SharedArchiveFile=" + archive);
  }

  /** A jar of the files under {@code dir}. */
  private static void jarOf(Path dir, Path jar) throws IOException {
    try (var out = new JarOutputStream(Files.newOutputStream(jar));
        var walk = Files.walk(dir)) {
      for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
        out.putNextEntry(new JarEntry(dir.relativize(file).toString().replace('\\', '/')));
        Files.copy(file, out);
        out.closeEntry();
      }
    }
  }

  /**
   * This JVM's class path; without the Flink runner's jars unless the run is on Flink, so that a
   * direct-runner run has the class path of the job's own jar (the runner's option registrars alone
   * add a second to Beam's start-up).
   */
  private static String classPath(boolean flink) {
    String all = System.getProperty("java.class.path");
    if (flink) {
      return all;
    }
    List<String> kept = new ArrayList<>();
    for (String entry : all.split(File.pathSeparator)) {
      if (!entry.contains("beam-runners-flink") && !entry.contains("/org/apache/flink/")) {
        kept.add(entry);
      }
    }
    return String.join(File.pathSeparator, kept);
  }
}
